import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { Button, Problems, TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';
import { LoginForm } from './LoginForm';
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
 * existing account confirms with its password. Signs in to that organisation on success. An account
 * with two-factor sign-in cannot accept with its password alone (MFA_REQUIRED): it signs in here with
 * both steps, and the invitation is accepted as that signed-in account.
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
  const [mfaRequired, setMfaRequired] = useState<string | null>(null);
  // Signed in with both steps, but the invitation was refused after all (expired meanwhile, ...).
  const [signedInWithoutJoining, setSignedInWithoutJoining] = useState<Session | null>(null);
  const [joiningSignedIn, setJoiningSignedIn] = useState(false);

  const joined = (session: Parameters<typeof sessionOf>[0]) => {
    history.replaceState(null, '', '/');
    onSignedIn(sessionOf(session));
  };

  const submit = async () => {
    const answer = await accept({ input: { token, password: fields.password, name: fields.name || null } });
    const payload = answer.data?.acceptInvitation;
    if (payload?.session) joined(payload.session);
    const refusal = payload?.userErrors.find((userError) => userError.code === 'MFA_REQUIRED');
    if (refusal) setMfaRequired(refusal.message);
  };

  const acceptSignedIn = async (session: Session) => {
    setJoiningSignedIn(true);
    const answer = await accept(
      { input: { token } },
      { fetchOptions: { headers: { authorization: `Bearer ${session.accessToken}` } } },
    );
    const joinedSession = answer.data?.acceptInvitation.session;
    if (joinedSession) joined(joinedSession);
    else setSignedInWithoutJoining(session);
  };

  if (signedInWithoutJoining) {
    return (
      <div className="flex flex-col gap-3">
        <p className="text-sm text-slate-700">You are signed in, but the invitation could not be accepted.</p>
        <Problems error={result.error} userErrors={result.data?.acceptInvitation.userErrors} />
        <Button
          onClick={() => {
            history.replaceState(null, '', '/');
            onSignedIn(signedInWithoutJoining);
          }}
        >
          Continue to {signedInWithoutJoining.tenantName}
        </Button>
      </div>
    );
  }

  if (joiningSignedIn) {
    return (
      <p role="status" className="text-sm text-slate-700">
        Joining the organisation…
      </p>
    );
  }

  if (mfaRequired) {
    return (
      <div className="flex flex-col gap-3">
        <div
          role="status"
          className="rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          <p>{mfaRequired}</p>
          <p className="mt-1">
            Sign in below with your e-mail, password and the code from your authenticator app: you join the
            organisation right after.
          </p>
        </div>
        <LoginForm onSignedIn={(session) => void acceptSignedIn(session)} />
      </div>
    );
  }

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
