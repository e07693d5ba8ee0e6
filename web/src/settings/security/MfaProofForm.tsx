import { useState } from 'react';
import type { CombinedError } from 'urql';
import {
  NO_SECOND_FACTOR,
  proofOf,
  SecondFactorField,
  secondFactorProblems,
  type SecondFactor,
} from '../../auth/second-factor';
import type { FieldedError } from '../../field-errors';
import { FormActions, Problems } from '../../ui';

/**
 * A change to two-factor sign-in that must be proven with a second factor (turning it off, new
 * recovery codes): a stolen session alone cannot make it. `onProve` sends the proof; the server's
 * refusals show where they belong.
 */
export function MfaProofForm({
  title,
  explanation,
  submit,
  busyLabel,
  result,
  userErrors,
  onProve,
  onCancel,
}: {
  title: string;
  explanation: string;
  submit: string;
  busyLabel: string;
  result: { fetching: boolean; error?: CombinedError };
  userErrors: ReadonlyArray<FieldedError> | undefined;
  onProve: (proof: ReturnType<typeof proofOf>) => void;
  onCancel: () => void;
}) {
  const [factor, setFactor] = useState<SecondFactor>(NO_SECOND_FACTOR);
  const problems = secondFactorProblems(factor, result, userErrors);
  return (
    <form
      aria-label={title}
      className="flex flex-col gap-3 rounded border border-slate-200 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        onProve(proofOf(factor));
      }}
    >
      <h3 className="font-semibold">{title}</h3>
      <p className="text-sm text-slate-700">{explanation}</p>
      <SecondFactorField factor={factor} onChange={setFactor} error={problems.inputError} autoFocus />
      <Problems error={problems.error} userErrors={problems.rest} />
      <FormActions submit={submit} busy={result.fetching} busyLabel={busyLabel} onCancel={onCancel} />
    </form>
  );
}
