import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../__generated__';
import type { Session } from '../session';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      session {
        accessToken
        refreshToken
        user {
          email
        }
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
  const userErrors = result.data?.login.userErrors ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await login({ input: { email, password } });
    const session = answer.data?.login.session;
    if (session)
      onSignedIn({
        accessToken: session.accessToken,
        refreshToken: session.refreshToken,
        email: session.user.email,
      });
  };

  return (
    <form
      onSubmit={submit}
      className="mx-auto mt-24 flex max-w-sm flex-col gap-3 rounded-lg bg-white p-6 shadow"
    >
      <h1 className="text-xl font-semibold">Sign in to NEXORA</h1>
      <label className="flex flex-col gap-1 text-sm">
        E-mail
        <input
          className="rounded border border-slate-300 px-3 py-2"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </label>
      <label className="flex flex-col gap-1 text-sm">
        Password
        <input
          className="rounded border border-slate-300 px-3 py-2"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      {[...userErrors.map((error) => error.message), ...(result.error ? [result.error.message] : [])].map(
        (message) => (
          <p key={message} role="alert" className="text-sm text-red-700">
            {message}
          </p>
        ),
      )}
      <button
        type="submit"
        disabled={result.fetching}
        className="rounded bg-indigo-600 px-3 py-2 font-medium text-white disabled:opacity-50"
      >
        {result.fetching ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
