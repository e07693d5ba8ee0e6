import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { countOf, PagedList, Rows, usePagedQuery } from '../paged-list';
import { formatDate, Problems } from '../ui';
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
        ...NextPage
      }
    }
  }
`);

/**
 * The tenant's members, oldest first: name, e-mail, role and when they joined. With
 * `identity.role:write` each role is a picker that changes it in place (refusals show on that row).
 */
export function MemberList() {
  const paged = usePagedQuery({
    query: MemberListQueryDocument,
    variables: {},
    first: PAGE_SIZE,
    connection: (data) => data.members,
    // Members also join by accepting an invitation elsewhere: look again whenever the list shows.
    requestPolicy: 'cache-and-network',
  });
  const canAssign = useCan('identity.role:write');
  const [roles] = useQuery({ query: TenantRolesQuery, pause: !canAssign });
  const roleNames = roles.data?.roles.map((role) => role.name) ?? [];
  return (
    <>
      <PagedList
        paged={paged}
        label="Members"
        loading="members"
        empty="No members yet."
        count={(total) => countOf(total, 'member', 'members')}
      >
        {(members) => (
          <Rows>
            {members.map((member) => {
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
          </Rows>
        )}
      </PagedList>
      <Problems error={roles.error} />
    </>
  );
}
