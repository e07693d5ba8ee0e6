import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { Button, TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';

const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      accepted
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Asks for a password reset link by e-mail. The answer is the same whether or not the address has an
 * account (the API never tells), so the confirmation says just that.
 */
export function ForgotPasswordForm({ email, onBack }: { email: string; onBack: () => void }) {
  const { fields, bind } = useFields({ email });
  const [result, request] = useMutation(RequestPasswordResetMutation);

  if (result.data?.requestPasswordReset.accepted) {
    return (
      <div className="flex flex-col gap-3">
        <p
          role="status"
          className="rounded bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200"
        >
          If an account uses this address, we sent it a link to choose a new password. The link works once,
          for a limited time.
        </p>
        <Button variant="secondary" onClick={onBack}>
          Back to sign in
        </Button>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-base font-medium">Reset your password</h2>
      <p className="text-sm text-slate-600">Enter the e-mail address of your account: we mail it a link.</p>
      <AuthForm
        label="Request a password reset"
        submitLabel="Send the link"
        busyLabel="Sending…"
        result={result}
        userErrors={result.data?.requestPasswordReset.userErrors}
        onSubmit={() => void request({ input: { email: fields.email } })}
      >
        <TextField label="E-mail" type="email" autoComplete="username" required {...bind('email')} />
      </AuthForm>
      <button type="button" className="text-sm font-medium text-indigo-700 underline" onClick={onBack}>
        Back to sign in
      </button>
    </div>
  );
}
