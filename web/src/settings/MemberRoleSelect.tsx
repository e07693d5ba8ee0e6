import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { Problems, SelectField } from '../ui';

const AssignRoleMutation = graphql(`
  mutation AssignMemberRole($input: AssignRoleInput!) {
    assignRole(input: $input) {
      membership {
        id
        role
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * A member's role as a picker: choosing another role asks the server at once. While it answers the
 * picker shows the choice; when refused (the last owner, a role above the caller's) it goes back to
 * the role the member still has and says why, on this row.
 */
export function MemberRoleSelect({
  userId,
  role,
  roleNames,
  describedBy,
}: {
  userId: string;
  role: string;
  roleNames: readonly string[];
  describedBy: string;
}) {
  const [assigning, assignRole] = useMutation(AssignRoleMutation);
  const [chosen, setChosen] = useState<string | null>(null);
  const names = roleNames.includes(role) ? roleNames : [role, ...roleNames];

  const choose = async (next: string) => {
    if (next === role) return;
    setChosen(next);
    await assignRole({ input: { userId, role: next } });
    setChosen(null);
  };

  return (
    <div className="flex flex-col gap-1">
      <SelectField
        label="Role"
        value={chosen ?? role}
        disabled={assigning.fetching}
        aria-describedby={describedBy}
        onChange={(event) => void choose(event.target.value)}
      >
        {names.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </SelectField>
      <Problems error={assigning.error} userErrors={assigning.data?.assignRole.userErrors} />
    </div>
  );
}
