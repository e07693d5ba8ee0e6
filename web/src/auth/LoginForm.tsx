import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { getFragmentData, graphql } from '../__generated__';
import { type Session, sessionFrom } from '../session';
import { Button, Problems, TextField } from '../ui';
import { SessionFields } from './session-fields';

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
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(LoginMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await login({ input: { email, password } });
    const signedIn = answer.data?.login.session;
    if (signedIn) onSignedIn(sessionFrom(getFragmentData(SessionFields, signedIn)));
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Sign in">
      <TextField
        label="E-mail"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Problems error={result.error} userErrors={result.data?.login.userErrors} />
      <Button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
