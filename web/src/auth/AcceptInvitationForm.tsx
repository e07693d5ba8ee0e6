import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { getFragmentData, graphql } from '../__generated__';
import { type Session, sessionFrom } from '../session';
import { Button, Problems, TextField } from '../ui';
import { SessionFields } from './session-fields';

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** The invitation token of an accept link (`#/accept-invitation?token=…`), if this is one. */
export function invitationTokenOf(hash: string): string | null {
  const match = /^#\/accept-invitation\?(.*)$/.exec(hash);
  return match ? new URLSearchParams(match[1]).get('token') : null;
}

/**
 * Joining an organisation from an invitation link: a new account chooses its name and password; an
 * existing account confirms with its password. Signs in to that organisation on success.
 */
export function AcceptInvitationForm({
  token,
  onSignedIn,
}: {
  token: string;
  onSignedIn: (session: Session) => void;
}) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [result, accept] = useMutation(AcceptInvitationMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await accept({ input: { token, password, name: name || null } });
    const session = answer.data?.acceptInvitation.session;
    if (session) {
      history.replaceState(null, '', '/');
      onSignedIn(sessionFrom(getFragmentData(SessionFields, session)));
    }
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Accept the invitation">
      <p className="text-sm text-slate-600">
        New to NEXORA? Choose your name and a password. Already have an account? Enter its password.
      </p>
      <TextField
        label="Your name"
        autoComplete="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Problems error={result.error} userErrors={result.data?.acceptInvitation.userErrors} />
      <Button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Joining…' : 'Join the organisation'}
      </Button>
    </form>
  );
}
