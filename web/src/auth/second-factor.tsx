import type { CombinedError } from 'urql';
import { fieldErrors, type FieldedError } from '../field-errors';
import { TextField } from '../ui';

/**
 * The second factor as a person gives it, wherever one is asked for (signing in, turning MFA off,
 * new recovery codes): the 6-digit code of the authenticator app, or one recovery code instead.
 */
export interface SecondFactor {
  kind: 'code' | 'recoveryCode';
  code: string;
  recoveryCode: string;
}

export const NO_SECOND_FACTOR: SecondFactor = { kind: 'code', code: '', recoveryCode: '' };

/** The API's proof (`MfaProofInput`, the same fields in `CompleteMfaLoginInput`): exactly one of the two. */
export function proofOf(factor: SecondFactor): { code: string } | { recoveryCode: string } {
  return factor.kind === 'code' ? { code: factor.code } : { recoveryCode: factor.recoveryCode };
}

/**
 * The throttle's refusal (wrong codes count like wrong passwords) with the wait it names in
 * `extensions.retryAfterSeconds`, or null for any other outcome.
 */
export function tooManyAttemptsMessage(error: CombinedError | undefined): string | null {
  const refusal = error?.graphQLErrors.find(
    (graphQLError) => graphQLError.extensions?.code === 'TOO_MANY_REQUESTS',
  );
  if (!refusal) return null;
  const seconds = Number(refusal.extensions.retryAfterSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return 'Too many wrong codes. Wait a moment and try again.';
  const wait = seconds < 90 ? `${Math.ceil(seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many wrong codes. Try again in ${wait}.`;
}

/**
 * What a second-factor form shows about its answer: the message under the input it concerns (the
 * visible one), and the rest (the throttle, errors of other inputs) for `Problems` above the button.
 */
export function secondFactorProblems(
  factor: SecondFactor,
  result: { error?: CombinedError },
  userErrors: ReadonlyArray<FieldedError> | undefined,
): { inputError?: string; error?: CombinedError; rest: Array<{ message: string; code?: string | null }> } {
  const errors = fieldErrors(userErrors, [factor.kind]);
  const tooMany = tooManyAttemptsMessage(result.error);
  return {
    inputError: errors.of(factor.kind),
    error: tooMany ? undefined : result.error,
    rest: [...errors.rest, ...(tooMany ? [{ message: tooMany, code: 'TOO_MANY_REQUESTS' }] : [])],
  };
}

/**
 * The input for the current kind of second factor and the button switching to the other kind. The
 * code field is what browsers and password managers fill from an authenticator (`one-time-code`)
 * and opens a number pad on a phone.
 */
export function SecondFactorField({
  factor,
  onChange,
  error,
  codeLabel = 'Authentication code',
  autoFocus = false,
  codeOnly = false,
}: {
  factor: SecondFactor;
  onChange: (factor: SecondFactor) => void;
  error?: string;
  codeLabel?: string;
  autoFocus?: boolean;
  /** Only the app's code will do (confirming an enrolment): no recovery code to switch to. */
  codeOnly?: boolean;
}) {
  const usingCode = factor.kind === 'code';
  return (
    <div className="flex flex-col gap-2">
      {usingCode ? (
        <TextField
          key="code"
          label={codeLabel}
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9 ]*"
          maxLength={8}
          placeholder="123 456"
          required
          autoFocus={autoFocus}
          value={factor.code}
          error={error}
          onChange={(event) => onChange({ ...factor, code: event.target.value })}
        />
      ) : (
        <TextField
          key="recoveryCode"
          label="Recovery code"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          placeholder="abcd-efgh-ijkl-mnop"
          required
          autoFocus={autoFocus}
          value={factor.recoveryCode}
          error={error}
          onChange={(event) => onChange({ ...factor, recoveryCode: event.target.value })}
        />
      )}
      {!codeOnly && (
        <button
          type="button"
          className="self-start text-sm font-medium text-indigo-700 underline"
          onClick={() => onChange({ ...factor, kind: usingCode ? 'recoveryCode' : 'code' })}
        >
          {usingCode ? 'Use a recovery code instead' : 'Use the code from your app instead'}
        </button>
      )}
    </div>
  );
}
