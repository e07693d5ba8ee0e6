import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';
import { sessionOf } from './session-fields';

const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      session {
        ...SessionFields
      }
      verificationRequired
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * A new account and its organisation (the tenant it owns); signs in on success, or (EMAIL_VERIFICATION=
 * required) says where the link that finishes it was mailed.
 */
export function SignUpForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { fields, bind } = useFields({ name: '', email: '', password: '', tenantName: '' });
  const [result, signUp] = useMutation(SignUpMutation);
  // With e-mail verification on, the account exists once the mailed link is opened (VerifyEmail).
  const [mailedTo, setMailedTo] = useState<string | null>(null);

  const submit = async () => {
    const payload = (await signUp({ input: fields })).data?.signUp;
    if (payload?.session) onSignedIn(sessionOf(payload.session));
    else if (payload?.verificationRequired) setMailedTo(fields.email);
  };

  if (mailedTo) {
    return (
      <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200">
        Check your e-mail: we sent a link to {mailedTo} to finish creating your account.
      </p>
    );
  }

  return (
    <AuthForm
      label="Create an account"
      submitLabel="Create account"
      busyLabel="Creating…"
      result={result}
      userErrors={result.data?.signUp.userErrors}
      onSubmit={() => void submit()}
    >
      <TextField label="Your name" autoComplete="name" required {...bind('name')} />
      <TextField label="Work e-mail" type="email" autoComplete="email" required {...bind('email')} />
      <TextField
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        placeholder="At least 10 characters"
        required
        {...bind('password')}
      />
      <TextField label="Organisation" autoComplete="organization" required {...bind('tenantName')} />
    </AuthForm>
  );
}
