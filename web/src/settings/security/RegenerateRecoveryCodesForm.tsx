import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { MfaProofForm } from './MfaProofForm';

const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: MfaProofInput!) {
    regenerateRecoveryCodes(input: $input) {
      recoveryCodes
      mfa {
        ...MfaStatusFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** New recovery codes in place of all the current ones, proven with a code; `onCreated` gets them. */
export function RegenerateRecoveryCodesForm({
  onCreated,
  onCancel,
}: {
  onCreated: (recoveryCodes: string[]) => void;
  onCancel: () => void;
}) {
  const [result, regenerate] = useMutation(RegenerateRecoveryCodesMutation);
  return (
    <MfaProofForm
      title="New recovery codes"
      explanation="The new codes replace all your current ones, used or not. Confirm with the code from your authenticator app or a recovery code."
      submit="Create new codes"
      busyLabel="Creating…"
      result={result}
      userErrors={result.data?.regenerateRecoveryCodes.userErrors}
      onProve={(input) =>
        void regenerate({ input }).then((answer) => {
          const codes = answer.data?.regenerateRecoveryCodes.recoveryCodes;
          if (codes) onCreated(codes);
        })
      }
      onCancel={onCancel}
    />
  );
}
