import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { Card, FormActions, Problems, TextField } from '../ui';
import { usePermissions } from '../permissions';
import { groupBySubgraph } from './permissions';

const CreateRoleMutation = graphql(`
  mutation CreateRoleForm($input: CreateRoleInput!) {
    createRole(input: $input) {
      role {
        id
        name
        builtIn
        permissions
        createdAt
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * A new custom role: a name and permissions from the catalogue, grouped by subgraph. Permissions the
 * caller's own role lacks cannot be granted (the server refuses them), so they are shown but disabled.
 */
export function CreateRoleForm({ catalogue }: { catalogue: readonly string[] }) {
  const can = usePermissions();
  const [name, setName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [created, setCreated] = useState<string | null>(null);
  const [creating, createRole] = useMutation(CreateRoleMutation);

  const toggle = (permission: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(permission);
    else next.delete(permission);
    setChosen(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const result = await createRole({
      input: { name: name.trim(), permissions: catalogue.filter((permission) => chosen.has(permission)) },
    });
    const role = result.data?.createRole.role;
    if (role) {
      setCreated(role.name);
      setName('');
      setChosen(new Set());
    }
  };

  return (
    <Card title="Create a custom role">
      <form
        aria-label="Create a custom role"
        onSubmit={(event) => void submit(event)}
        className="flex flex-col gap-3"
      >
        <div className="max-w-sm">
          <TextField
            label="Role name"
            required
            value={name}
            aria-describedby="role-name-hint"
            onChange={(event) => setName(event.target.value)}
          />
          <p id="role-name-hint" className="mt-1 text-xs text-slate-500">
            2–40 lower-case letters, digits, - or _, starting with a letter (e.g. <code>auditor</code>).
          </p>
        </div>
        <div className="grid gap-3 md:grid-cols-2">
          {groupBySubgraph(catalogue).map(([subgraph, permissions]) => (
            <fieldset key={subgraph} className="rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium text-slate-700">{subgraph}</legend>
              <div className="flex flex-col gap-1.5">
                {permissions.map((permission) => {
                  const held = can(permission);
                  return (
                    <label
                      key={permission}
                      className={`flex items-center gap-2 text-sm ${held ? '' : 'text-slate-400'}`}
                    >
                      <input
                        type="checkbox"
                        checked={chosen.has(permission)}
                        disabled={!held}
                        onChange={(event) => toggle(permission, event.target.checked)}
                      />
                      <span className="font-mono text-xs">{permission}</span>
                      {!held && <span className="text-xs">(your role lacks it)</span>}
                    </label>
                  );
                })}
              </div>
            </fieldset>
          ))}
        </div>
        <Problems error={creating.error} userErrors={creating.data?.createRole.userErrors} />
        {created && (
          <p role="status" className="text-sm text-emerald-800">
            Role {created} created.
          </p>
        )}
        <FormActions submit="Create role" busyLabel="Creating…" busy={creating.fetching} />
      </form>
    </Card>
  );
}
