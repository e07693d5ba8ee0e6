import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';
import { sessionOf } from './session-fields';

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
  const { fields, bind } = useFields({ name: '', password: '' });
  const [result, accept] = useMutation(AcceptInvitationMutation);

  const submit = async () => {
    const answer = await accept({ input: { token, password: fields.password, name: fields.name || null } });
    const session = answer.data?.acceptInvitation.session;
    if (session) {
      history.replaceState(null, '', '/');
      onSignedIn(sessionOf(session));
    }
  };

  return (
    <AuthForm
      label="Accept the invitation"
      submitLabel="Join the organisation"
      busyLabel="Joining…"
      result={result}
      userErrors={result.data?.acceptInvitation.userErrors}
      onSubmit={() => void submit()}
    >
      <p className="text-sm text-slate-600">
        New to NEXORA? Choose your name and a password. Already have an account? Enter its password.
      </p>
      <TextField label="Your name" autoComplete="name" {...bind('name')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        {...bind('password')}
      />
    </AuthForm>
  );
}
