import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';
import { ForgotPasswordForm } from './ForgotPasswordForm';
import { MfaStep } from './MfaStep';
import { sessionOf } from './session-fields';
import { SignInProviders } from './SignInProviders';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
      }
      mfaChallenge {
        token
        expiresAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/**
 * Sign in with e-mail and password, or with a provider below (when identity has any); errors are
 * shown where they happen. An account with two-factor sign-in answers with a challenge instead of a
 * session: the second step (MfaStep) asks for its code, and sends the person back here, with its
 * reason, when the challenge is gone.
 */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { fields, setFields, bind } = useFields({ email: '', password: '' });
  const [result, login] = useMutation(LoginMutation);
  const [challengeToken, setChallengeToken] = useState<string | null>(null);
  const [restartReason, setRestartReason] = useState<string | null>(null);
  const [forgot, setForgot] = useState(false);

  const submit = async () => {
    setRestartReason(null);
    const payload = (await login({ input: fields })).data?.login;
    if (payload?.session) onSignedIn(sessionOf(payload.session));
    else if (payload?.mfaChallenge) setChallengeToken(payload.mfaChallenge.token);
  };

  if (challengeToken) {
    return (
      <MfaStep
        challengeToken={challengeToken}
        onSignedIn={onSignedIn}
        onRestart={(reason) => {
          setChallengeToken(null);
          setRestartReason(reason);
          setFields((current) => ({ ...current, password: '' }));
        }}
      />
    );
  }

  if (forgot) return <ForgotPasswordForm email={fields.email} onBack={() => setForgot(false)} />;

  return (
    <>
      <AuthForm
        label="Sign in"
        submitLabel="Sign in"
        busyLabel="Signing in…"
        result={result}
        userErrors={restartReason ? [{ message: restartReason }] : result.data?.login.userErrors}
        onSubmit={() => void submit()}
      >
        <TextField label="E-mail" type="email" autoComplete="username" required {...bind('email')} />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          {...bind('password')}
        />
        <button
          type="button"
          className="self-start text-sm font-medium text-indigo-700 underline"
          onClick={() => setForgot(true)}
        >
          Forgot your password?
        </button>
      </AuthForm>
      <SignInProviders />
    </>
  );
}
