import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../__generated__';
import { Button, Card, Problems, SelectField, TextField } from '../ui';
import { TenantRolesQuery } from './roles-query';
import { InvitationToken } from './InvitationToken';

const InviteMemberMutation = graphql(`
  mutation InviteMemberForm($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitation {
        id
        email
        role
        expiresAt
      }
      invitationToken
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/**
 * Invites an e-mail address with a role. The server returns the invitation's token once (it keeps only
 * a hash), so it is shown here once, to copy and send to the invitee; leaving the screen forgets it.
 */
export function InviteMemberForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('member');
  const [roles] = useQuery({ query: TenantRolesQuery });
  const [inviting, inviteMember] = useMutation(InviteMemberMutation);
  const [sent, setSent] = useState<{ email: string; role: string; token: string; expiresAt: string } | null>(
    null,
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(null);
    const result = await inviteMember({ input: { email: email.trim(), role } });
    const payload = result.data?.inviteMember;
    if (payload?.invitation && payload.invitationToken) {
      setSent({ ...payload.invitation, token: payload.invitationToken });
      setEmail('');
    }
  };

  return (
    <Card title="Invite a member" className="mb-4">
      <form
        aria-label="Invite a member"
        onSubmit={(event) => void submit(event)}
        className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem_auto] sm:items-end"
      >
        <TextField
          label="E-mail"
          type="email"
          required
          autoComplete="off"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SelectField label="Role" value={role} onChange={(event) => setRole(event.target.value)}>
          {(roles.data?.roles ?? [{ name: 'member' }]).map((option) => (
            <option key={option.name} value={option.name}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={inviting.fetching}>
          {inviting.fetching ? 'Inviting…' : 'Send invitation'}
        </Button>
      </form>
      <div className="mt-3">
        <Problems error={inviting.error ?? roles.error} userErrors={inviting.data?.inviteMember.userErrors} />
      </div>
      {sent && <InvitationToken {...sent} onDone={() => setSent(null)} />}
    </Card>
  );
}
