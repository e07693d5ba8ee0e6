import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { fieldErrors } from '../../field-errors';
import { useSession } from '../../permissions';
import { FormActions, Problems, TextField } from '../../ui';
import { useFields } from '../../use-fields';
import { groupBySubgraph } from '../permissions';
import { endOfDayIso } from './expiry';

const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      apiKey {
        ...ApiKeyFields
      }
      secret
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const INPUTS = ['name', 'scopes', 'expiresAt', 'requestsPerMinute', 'costPerMinute'] as const;

/** A key just made: its name and scopes, and the secret shown once. */
export interface CreatedApiKey {
  name: string;
  scopes: string[];
  secret: string;
}

/** A number typed in a limit field, or null when left empty (no limit of the key's own). */
function limitOf(typed: string): number | null {
  return typed.trim() === '' ? null : Number(typed);
}

/**
 * A new API key: a name, its scopes (the caller's own permissions, by subgraph: a key never does
 * more than its creator), and optionally an expiry day and per-minute limits. The server's
 * userErrors show under the input they name.
 */
export function CreateApiKeyForm({
  onCreated,
  onCancel,
}: {
  onCreated: (created: CreatedApiKey) => void;
  onCancel: () => void;
}) {
  const held = [...(useSession()?.permissions ?? [])].sort();
  const [creating, createApiKey] = useMutation(CreateApiKeyMutation);
  const errors = fieldErrors(creating.data?.createApiKey.userErrors, INPUTS);
  const { fields, bind } = useFields(
    { name: '', expiresOn: '', requestsPerMinute: '', costPerMinute: '' },
    errors,
  );
  const [scopes, setScopes] = useState<ReadonlySet<string>>(new Set());
  const scopesError = errors.of('scopes');
  const expiresError = errors.of('expiresAt');

  const toggle = (scope: string, on: boolean) => {
    const next = new Set(scopes);
    if (on) next.add(scope);
    else next.delete(scope);
    setScopes(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = held.filter((scope) => scopes.has(scope));
    const result = await createApiKey({
      input: {
        name: fields.name,
        scopes: chosen,
        expiresAt: endOfDayIso(fields.expiresOn),
        requestsPerMinute: limitOf(fields.requestsPerMinute),
        costPerMinute: limitOf(fields.costPerMinute),
      },
    });
    const payload = result.data?.createApiKey;
    if (payload?.apiKey && payload.secret) {
      onCreated({ name: fields.name.trim(), scopes: chosen, secret: payload.secret });
    }
  };

  return (
    <form aria-label="New API key" onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <Problems error={creating.error} userErrors={errors.rest} />
      <div className="max-w-md">
        <TextField
          label="Name"
          required
          maxLength={100}
          placeholder="ERP sync (Acme)"
          autoComplete="off"
          aria-describedby="api-key-name-hint"
          {...bind('name')}
        />
        <p id="api-key-name-hint" className="mt-1 text-xs text-slate-500">
          What the key is for, so you know which one to revoke later.
        </p>
      </div>

      <fieldset
        aria-describedby={scopesError ? 'api-key-scopes-hint api-key-scopes-error' : 'api-key-scopes-hint'}
        className="flex flex-col gap-2"
      >
        <legend className="text-sm font-medium">Scopes</legend>
        <p id="api-key-scopes-hint" className="text-xs text-slate-500">
          What the key may do, from your own permissions. Partners read companies, people and invoices through
          the partner graph.
        </p>
        {scopesError && (
          <p id="api-key-scopes-error" role="alert" className="text-sm text-red-700">
            {scopesError}
          </p>
        )}
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {groupBySubgraph(held).map(([subgraph, permissions]) => (
            <fieldset key={subgraph} className="rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-medium text-slate-700">{subgraph}</legend>
              <div className="flex flex-col gap-1.5">
                {permissions.map((permission) => (
                  <label key={permission} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={scopes.has(permission)}
                      onChange={(event) => toggle(permission, event.target.checked)}
                    />
                    <span className="font-mono text-xs break-all">{permission}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <TextField
            label="Expires on (optional)"
            type="date"
            aria-describedby="api-key-expiry-hint"
            {...bind('expiresOn')}
            error={expiresError}
          />
          <p id="api-key-expiry-hint" className="mt-1 text-xs text-slate-500">
            It stops working at the end of that day. Empty: it works until revoked.
          </p>
        </div>
        <TextField
          label="Requests per minute (optional)"
          type="number"
          inputMode="numeric"
          min={1}
          max={1_000_000}
          step={1}
          {...bind('requestsPerMinute')}
        />
        <TextField
          label="Query cost per minute (optional)"
          type="number"
          inputMode="numeric"
          min={1}
          max={1_000_000_000}
          step={1}
          {...bind('costPerMinute')}
        />
      </div>
      <FormActions
        submit="Create API key"
        busyLabel="Creating…"
        busy={creating.fetching}
        onCancel={onCancel}
      />
    </form>
  );
}
