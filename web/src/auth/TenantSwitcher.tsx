import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { Problems } from '../ui';
import { sessionOf } from './session-fields';

const MembershipsQuery = graphql(`
  query Memberships {
    me {
      memberships {
        id
        role
        tenant {
          id
          name
        }
      }
    }
  }
`);

const SwitchTenantMutation = graphql(`
  mutation SwitchTenant($input: SwitchTenantInput!) {
    switchTenant(input: $input) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * The organisations the user belongs to (with their role in each); choosing one signs in there with
 * a new session, and the app starts over with an empty cache (nothing of one tenant shows in another).
 */
export function TenantSwitcher({
  session,
  onSwitched,
}: {
  session: Session;
  onSwitched: (next: Session) => void;
}) {
  const [{ data, error }] = useQuery({ query: MembershipsQuery });
  const [switching, switchTenant] = useMutation(SwitchTenantMutation);
  const memberships = data?.me?.memberships ?? [];

  const choose = async (tenantId: string) => {
    if (tenantId === session.tenantId) return;
    const answer = await switchTenant({ input: { tenantId } });
    const next = answer.data?.switchTenant.session;
    if (next) onSwitched(sessionOf(next));
  };

  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-xs text-slate-300">
        Organisation
        <select
          className="rounded bg-slate-800 px-2 py-1 text-sm text-white"
          value={session.tenantId}
          disabled={switching.fetching}
          onChange={(event) => void choose(event.target.value)}
        >
          {memberships.length === 0 && <option value={session.tenantId}>{session.tenantName}</option>}
          {memberships.map((membership) => (
            <option key={membership.id} value={membership.tenant.id}>
              {membership.tenant.name} ({membership.role})
            </option>
          ))}
        </select>
      </label>
      <Problems error={error ?? switching.error} userErrors={switching.data?.switchTenant.userErrors} />
    </div>
  );
}
