import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { Button, Problems } from '../ui';
import { MfaStep } from './MfaStep';
import { sessionOf } from './session-fields';
import { signInRedirectUri, type SignInCallback as Callback } from './sign-in-callback';

const CompleteOidcLoginMutation = graphql(`
  mutation CompleteOidcLogin($input: CompleteOidcLoginInput!) {
    completeOidcLogin(input: $input) {
      session {
        ...SessionFields
      }
      mfaChallenge {
        token
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Refusals that concern the link itself, in the words of the person who sees an address come back
 * from the provider (they never saw a "state"); other refusals keep identity's own message.
 */
const LINK_REFUSALS: Record<string, string> = {
  OIDC_STATE_USED: 'This sign-in link has already been used; sign in again.',
  OIDC_STATE_EXPIRED: 'This sign-in link has expired; sign in again.',
  OIDC_STATE_INVALID: 'This sign-in link is not valid; sign in again.',
};

/** The provider's own refusal (`?error=…`), as a sentence. */
function providerRefusal(error: string, description: string | null): string {
  if (error === 'access_denied')
    return 'The sign-in was cancelled or refused at the provider; sign in again.';
  if (error === 'incomplete') return 'This sign-in link is incomplete; sign in again.';
  return `The provider could not sign you in (${description ?? error}); sign in again.`;
}

/**
 * The page a sign-in provider returns to: completes the sign-in once (the state works once; see
 * takeSignInCallback for the address), then signs in, asks for the second factor of an MFA account
 * (as the password sign-in does), or shows why it failed with the way back. Signed in already (a used
 * link opened again), a failure leaves that session as it was.
 */
export function SignInCallback({
  callback,
  signedInAs,
  onSignedIn,
  onDone,
}: {
  callback: Callback;
  /** The e-mail of the session this tab has, if any. */
  signedInAs: string | null;
  onSignedIn: (session: Session) => void;
  /** Back to the sign-in form, or to the app when signed in. */
  onDone: () => void;
}) {
  const [result, complete] = useMutation(CompleteOidcLoginMutation);
  const [challengeToken, setChallengeToken] = useState<string | null>(null);
  const [restartReason, setRestartReason] = useState<string | null>(null);
  // Never sent twice (a re-render, React's development double effects): a second try is refused.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current || callback.kind !== 'grant') return;
    sent.current = true;
    const { code, state } = callback;
    void complete({ input: { code, state, redirectUri: signInRedirectUri() } }).then((answer) => {
      const payload = answer.data?.completeOidcLogin;
      if (payload?.session) onSignedIn(sessionOf(payload.session));
      else if (payload?.mfaChallenge) setChallengeToken(payload.mfaChallenge.token);
    });
  }, [callback, complete, onSignedIn]);

  const userErrors = (result.data?.completeOidcLogin.userErrors ?? []).map((userError) => ({
    ...userError,
    message: LINK_REFUSALS[userError.code] ?? userError.message,
  }));
  const payload = result.data?.completeOidcLogin;
  const answeredNothing = payload && !payload.session && !payload.mfaChallenge && userErrors.length === 0;
  const problems =
    callback.kind === 'refused'
      ? [{ message: providerRefusal(callback.error, callback.description) }]
      : restartReason
        ? [{ message: restartReason }]
        : answeredNothing
          ? [{ message: 'The sign-in could not be completed; sign in again.' }]
          : userErrors;

  let body;
  if (challengeToken) {
    body = (
      <MfaStep
        challengeToken={challengeToken}
        onSignedIn={onSignedIn}
        onRestart={(reason) => {
          setChallengeToken(null);
          if (reason) setRestartReason(reason);
          else onDone();
        }}
      />
    );
  } else if (problems.length > 0 || result.error) {
    body = (
      <div className="flex flex-col gap-3">
        <Problems error={result.error} userErrors={problems} />
        {signedInAs && <p className="text-sm text-slate-700">You are still signed in as {signedInAs}.</p>}
        <Button variant="secondary" onClick={onDone}>
          {signedInAs ? 'Continue to the app' : 'Back to sign in'}
        </Button>
      </div>
    );
  } else {
    body = (
      <p role="status" className="text-sm text-slate-700">
        Signing you in…
      </p>
    );
  }

  return (
    <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 px-4">
      <div className="rounded-lg bg-white p-6 shadow">
        <h1 className="mb-4 text-xl font-semibold">Sign in to NEXORA</h1>
        {body}
      </div>
    </main>
  );
}
