import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { MfaProofForm } from './MfaProofForm';

const DisableMfaMutation = graphql(`
  mutation DisableMfa($input: MfaProofInput!) {
    disableMfa(input: $input) {
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

/** Turning two-factor sign-in off, proven with a code; `onDisabled` once it is off. */
export function DisableMfaForm({ onDisabled, onCancel }: { onDisabled: () => void; onCancel: () => void }) {
  const [result, disable] = useMutation(DisableMfaMutation);
  return (
    <MfaProofForm
      title="Turn off two-factor sign-in"
      explanation="Your password alone will sign you in again, and your recovery codes stop working. Confirm with the code from your authenticator app or a recovery code."
      submit="Turn off"
      busyLabel="Turning off…"
      result={result}
      userErrors={result.data?.disableMfa.userErrors}
      onProve={(input) =>
        void disable({ input }).then((answer) => {
          if (answer.data?.disableMfa.mfa) onDisabled();
        })
      }
      onCancel={onCancel}
    />
  );
}
