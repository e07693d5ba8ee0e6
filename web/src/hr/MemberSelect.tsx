import type { ComponentProps } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { SelectField } from '../ui';

const MemberOptions = graphql(`
  query MemberOptions {
    members(first: 100) {
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

/** A member of the tenant (the first 100) whose account the employee signs in with, or none. */
export function MemberSelect(props: { label: string; error?: string } & ComponentProps<'select'>) {
  const [{ data, fetching }] = useQuery({ query: MemberOptions });
  const users = data?.members.edges.map((edge) => edge.node.user) ?? [];
  return (
    <SelectField {...props}>
      <option value="">{fetching && !data ? 'Loading members…' : 'Not linked'}</option>
      {users.map((user) => (
        <option key={user.id} value={user.id}>
          {user.name} ({user.email})
        </option>
      ))}
    </SelectField>
  );
}
