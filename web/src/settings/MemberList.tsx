import { useRef, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { MemberListQuery } from '../__generated__/graphql';
import { Button, Empty, formatDate, Loading, Problems } from '../ui';
import { MemberRoleSelect } from './MemberRoleSelect';
import { useCan } from '../permissions';
import { TenantRolesQuery } from './roles-query';

const PAGE_SIZE = 50;

const MemberListQueryDocument = graphql(`
  query MemberList($first: Int!, $after: String) {
    members(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          role
          createdAt
          user {
            id
            name
            email
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The tenant's members, oldest first: name, e-mail, role and when they joined. With
 * `identity.role:write` each role is a picker that changes it in place (refusals show on that row).
 */
export function MemberList() {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: MemberListQueryDocument,
    variables: { first: PAGE_SIZE, after },
    // Members also join by accepting an invitation elsewhere: look again whenever the list shows.
    requestPolicy: 'cache-and-network',
  });
  const canAssign = useCan('identity.role:write');
  const [roles] = useQuery({ query: TenantRolesQuery, pause: !canAssign });
  const shown = useRef<MemberListQuery | undefined>(undefined);
  if (data) shown.current = data;
  const members = shown.current?.members;

  if (!members) return fetching ? <Loading what="members" /> : <Problems error={error} />;
  if (members.edges.length === 0) return <Empty>No members yet.</Empty>;
  const roleNames = roles.data?.roles.map((role) => role.name) ?? [];
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" className="mb-2 text-sm text-slate-500">
        {members.totalCount === 1 ? '1 member' : `${members.totalCount} members`}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {members.edges.map(({ node: member }) => {
          const nameId = `member-${member.id}-name`;
          return (
            <li
              key={member.id}
              className="grid gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_12rem_8rem] sm:items-center"
            >
              <div className="min-w-0">
                <p id={nameId} className="truncate font-medium">
                  {member.user.name}
                </p>
                <p className="truncate text-sm text-slate-600">{member.user.email}</p>
              </div>
              {canAssign && roleNames.length > 0 ? (
                <MemberRoleSelect
                  userId={member.user.id}
                  role={member.role}
                  roleNames={roleNames}
                  describedBy={nameId}
                />
              ) : (
                <p className="text-sm">
                  <span className="text-slate-500">Role </span>
                  <span className="font-medium">{member.role}</span>
                </p>
              )}
              <p className="text-sm text-slate-600">Joined {formatDate(member.createdAt)}</p>
            </li>
          );
        })}
      </ul>
      <Problems error={error ?? roles.error} />
      {members.pageInfo.hasNextPage && (
        <Button
          variant="secondary"
          className="mt-3"
          disabled={fetching}
          onClick={() => setAfter(members.pageInfo.endCursor ?? null)}
        >
          {fetching ? 'Loading…' : 'Load more'}
        </Button>
      )}
    </section>
  );
}
