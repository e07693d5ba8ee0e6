import { useState } from 'react';
import type { Session } from '../session';
import { AcceptInvitationForm, invitationTokenOf } from './AcceptInvitationForm';
import { LoginForm } from './LoginForm';
import { SignUpForm } from './SignUpForm';

/** Signed out: sign in, create an account (and its organisation), or accept an invitation link. */
export function AuthScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  const [invitation, setInvitation] = useState(() => invitationTokenOf(location.hash));
  if (invitation) {
    return (
      <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 px-4">
        <div className="rounded-lg bg-white p-6 shadow">
          <h1 className="mb-4 text-xl font-semibold">You are invited to NEXORA</h1>
          <AcceptInvitationForm token={invitation} onSignedIn={onSignedIn} />
        </div>
        <p className="text-center text-sm text-slate-600">
          <button
            type="button"
            className="font-medium text-indigo-700 underline"
            onClick={() => {
              history.replaceState(null, '', '/');
              setInvitation(null);
            }}
          >
            Sign in without accepting
          </button>
        </p>
      </main>
    );
  }
  return (
    <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 px-4">
      <div className="rounded-lg bg-white p-6 shadow">
        <h1 className="mb-4 text-xl font-semibold">
          {mode === 'login' ? 'Sign in to NEXORA' : 'Create your NEXORA account'}
        </h1>
        {mode === 'login' ? <LoginForm onSignedIn={onSignedIn} /> : <SignUpForm onSignedIn={onSignedIn} />}
      </div>
      <p className="text-center text-sm text-slate-600">
        {mode === 'login' ? 'New to NEXORA? ' : 'Already have an account? '}
        <button
          type="button"
          className="font-medium text-indigo-700 underline"
          onClick={() => setMode(mode === 'login' ? 'signup' : 'login')}
        >
          {mode === 'login' ? 'Create an account' : 'Sign in'}
        </button>
      </p>
    </main>
  );
}
