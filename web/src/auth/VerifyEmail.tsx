import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { Button, Problems } from '../ui';
import { sessionOf } from './session-fields';

const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input) {
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

/**
 * Sends the mailed sign-up token once, on opening (it works once: never twice, whatever re-renders or
 * React's development double effects do), and hands the new account's session to `onVerified`.
 */
export function useVerifyEmailOnce(token: string, onVerified: (session: Session) => void) {
  const [result, verify] = useMutation(VerifyEmailMutation);
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void verify({ input: { token } }).then((answer) => {
      const session = answer.data?.verifyEmail.session;
      if (session) onVerified(sessionOf(session));
    });
  }, [token, verify, onVerified]);

  return {
    result,
    refused: Boolean(result.error ?? (result.data && !result.data.verifyEmail.session)),
  };
}

/**
 * The mailed sign-up link (`#/verify-email?token=…`), signed out: confirms the address and signs in
 * to the new account; or shows why it was refused, with the way back to sign in.
 */
export function VerifyEmail({
  token,
  onSignedIn,
  onBack,
}: {
  token: string;
  onSignedIn: (session: Session) => void;
  onBack: () => void;
}) {
  const { result, refused } = useVerifyEmailOnce(token, onSignedIn);
  if (!refused) {
    return (
      <p role="status" className="text-sm text-slate-700">
        Confirming your e-mail address…
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3">
      <Problems error={result.error} userErrors={result.data?.verifyEmail.userErrors} />
      <Button variant="secondary" onClick={onBack}>
        Back to sign in
      </Button>
    </div>
  );
}
