import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';
import { TextField } from '../ui';
import { useFields } from '../use-fields';
import { AuthForm } from './AuthForm';
import { sessionOf } from './session-fields';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

/** Sign in with e-mail and password; errors are shown where they happen. */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const { fields, bind } = useFields({ email: '', password: '' });
  const [result, login] = useMutation(LoginMutation);

  const submit = async () => {
    const session = (await login({ input: fields })).data?.login.session;
    if (session) onSignedIn(sessionOf(session));
  };

  return (
    <AuthForm
      label="Sign in"
      submitLabel="Sign in"
      busyLabel="Signing in…"
      result={result}
      userErrors={result.data?.login.userErrors}
      onSubmit={() => void submit()}
    >
      <TextField label="E-mail" type="email" autoComplete="username" required {...bind('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        {...bind('password')}
      />
    </AuthForm>
  );
}
