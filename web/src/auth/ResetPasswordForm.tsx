import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import { Button, TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';

const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ok
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * A new password from a mailed reset link (`#/reset-password?token=…`), typed twice (compared here);
 * the server checks its strength and the token. Every session of the account ends: sign in again.
 */
export function ResetPasswordForm({
  token,
  onDone,
}: {
  token: string;
  /** Back to the sign-in form: after the change, or without changing (a used link, ...). */
  onDone: () => void;
}) {
  const { fields, bind } = useFields({ newPassword: '', confirmation: '' });
  const [mismatch, setMismatch] = useState(false);
  const [result, reset] = useMutation(ResetPasswordMutation);

  if (result.data?.resetPassword.ok) {
    return (
      <div className="flex flex-col gap-3">
        <p
          role="status"
          className="rounded bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200"
        >
          Password changed: sign in with your new password. You were signed out everywhere else.
        </p>
        <Button onClick={onDone}>Sign in</Button>
      </div>
    );
  }

  const submit = () => {
    const differ = fields.newPassword !== fields.confirmation;
    setMismatch(differ);
    if (!differ) void reset({ input: { token, newPassword: fields.newPassword } });
  };

  return (
    <div className="flex flex-col gap-3">
      <AuthForm
        label="Choose a new password"
        submitLabel="Change password"
        busyLabel="Changing…"
        result={result}
        userErrors={result.data?.resetPassword.userErrors}
        onSubmit={submit}
      >
        <TextField
          label="New password"
          type="password"
          autoComplete="new-password"
          placeholder="At least 10 characters"
          required
          {...bind('newPassword')}
        />
        <TextField
          label="Confirm the new password"
          type="password"
          autoComplete="new-password"
          required
          {...bind('confirmation')}
          error={mismatch ? 'The two passwords differ: type the same one twice.' : null}
        />
      </AuthForm>
      <button type="button" className="text-sm font-medium text-indigo-700 underline" onClick={onDone}>
        Back to sign in
      </button>
    </div>
  );
}
