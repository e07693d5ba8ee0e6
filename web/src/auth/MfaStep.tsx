import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { AuthForm } from './AuthForm';
import { NO_SECOND_FACTOR, proofOf, SecondFactorField, secondFactorProblems } from './second-factor';
import { sessionOf } from './session-fields';

const CompleteMfaLoginMutation = graphql(`
  mutation CompleteMfaLogin($input: CompleteMfaLoginInput!) {
    completeMfaLogin(input: $input) {
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

/** The challenge can no longer be completed (expired, already used, unknown): the password comes first again. */
const CHALLENGE_GONE = new Set(['MFA_CHALLENGE_EXPIRED', 'MFA_CHALLENGE_USED', 'MFA_CHALLENGE_INVALID']);

/**
 * The second step of signing in to an account with MFA: the code of the authenticator app (or a
 * recovery code) completes the challenge `login` gave. A challenge that is gone sends the person back
 * to the password with the server's reason (`onRestart`).
 */
export function MfaStep({
  challengeToken,
  onSignedIn,
  onRestart,
}: {
  challengeToken: string;
  onSignedIn: (session: Session) => void;
  onRestart: (reason: string | null) => void;
}) {
  const [factor, setFactor] = useState(NO_SECOND_FACTOR);
  const [result, complete] = useMutation(CompleteMfaLoginMutation);
  const payload = result.data?.completeMfaLogin;
  const problems = secondFactorProblems(factor, result, payload?.userErrors);

  const submit = async () => {
    const answer = (await complete({ input: { challengeToken, ...proofOf(factor) } })).data?.completeMfaLogin;
    if (answer?.session) {
      onSignedIn(sessionOf(answer.session));
      return;
    }
    const gone = answer?.userErrors.find((userError) => CHALLENGE_GONE.has(userError.code));
    if (gone) onRestart(gone.message);
  };

  return (
    <div className="flex flex-col gap-3">
      <AuthForm
        label="Two-factor sign-in"
        submitLabel="Verify"
        busyLabel="Verifying…"
        result={{ fetching: result.fetching, error: problems.error }}
        userErrors={problems.rest}
        onSubmit={() => void submit()}
      >
        <p className="text-sm text-slate-700">
          {factor.kind === 'code'
            ? 'Enter the 6-digit code from your authenticator app.'
            : 'Enter one of the recovery codes you saved when you turned on two-factor sign-in. Each code works once.'}
        </p>
        <SecondFactorField factor={factor} onChange={setFactor} error={problems.inputError} autoFocus />
      </AuthForm>
      <button
        type="button"
        className="self-center text-sm text-slate-600 underline"
        onClick={() => onRestart(null)}
      >
        Start over with the password
      </button>
    </div>
  );
}
