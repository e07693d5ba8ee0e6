import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { getFragmentData, graphql } from '../__generated__';
import { type Session, sessionFrom } from '../session';
import { Button, Problems, TextField } from '../ui';
import { SessionFields } from './session-fields';

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
  const [input, setInput] = useState({ name: '', email: '', password: '', tenantName: '' });
  const [result, signUp] = useMutation(SignUpMutation);
  const set = (field: keyof typeof input) => (event: { target: { value: string } }) =>
    setInput((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await signUp({ input });
    const session = answer.data?.signUp.session;
    if (session) onSignedIn(sessionFrom(getFragmentData(SessionFields, session)));
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Create an account">
      <TextField label="Your name" autoComplete="name" required value={input.name} onChange={set('name')} />
      <TextField
        label="Work e-mail"
        type="email"
        autoComplete="email"
        required
        value={input.email}
        onChange={set('email')}
      />
      <TextField
        label="Choose a password"
        type="password"
        autoComplete="new-password"
        placeholder="At least 10 characters"
        required
        value={input.password}
        onChange={set('password')}
      />
      <TextField
        label="Organisation"
        autoComplete="organization"
        required
        value={input.tenantName}
        onChange={set('tenantName')}
      />
      <Problems error={result.error} userErrors={result.data?.signUp.userErrors} />
      <Button type="submit" disabled={result.fetching}>
        {result.fetching ? 'Creating…' : 'Create account'}
      </Button>
    </form>
  );
}
