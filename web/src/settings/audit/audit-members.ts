import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { useCan } from '../../permissions';

/** The most members the filter offers (the API's largest page). */
const MEMBERS_SHOWN = 100;

const AuditMembersQuery = graphql(`
  query AuditMembers($first: Int!) {
    members(first: $first) {
      edges {
        node {
          id
          user {
            id
            name
            email
          }
        }
      }
    }
  }
`);

export interface AuditMember {
  id: string;
  name: string;
  email: string;
}

/**
 * The tenant's members as the audit log uses them: to filter by one, and to name the users events
 * were done to. Empty for a role that cannot read members (the filter is then not offered).
 */
export function useAuditMembers(): { members: AuditMember[]; names: ReadonlyMap<string, string> } {
  const canRead = useCan('identity.member:read');
  const [{ data }] = useQuery({
    query: AuditMembersQuery,
    variables: { first: MEMBERS_SHOWN },
    pause: !canRead,
  });
  const members = data?.members.edges.map((edge) => edge.node.user) ?? [];
  return { members, names: new Map(members.map((member) => [member.id, member.name])) };
}
