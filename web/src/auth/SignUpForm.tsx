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
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** A new account and its organisation (the tenant it owns); signs in on success. */
export function SignUpForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { fields, bind } = useFields({ name: '', email: '', password: '', tenantName: '' });
  const [result, signUp] = useMutation(SignUpMutation);

  const submit = async () => {
    const session = (await signUp({ input: fields })).data?.signUp.session;
    if (session) onSignedIn(sessionOf(session));
  };

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
