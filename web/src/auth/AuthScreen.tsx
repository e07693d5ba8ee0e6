import { useState } from 'react';
import type { Session } from '../session';
import { AcceptInvitationForm, invitationTokenOf } from './AcceptInvitationForm';
import { leaveLink, linkTokenOf } from './email-links';
import { LoginForm } from './LoginForm';
import { ResetPasswordForm } from './ResetPasswordForm';
import { SignUpForm } from './SignUpForm';
import { VerifyEmail } from './VerifyEmail';

/**
 * Signed out: sign in, create an account (and its organisation), or open a mailed link: accept an
 * invitation, confirm a sign-up's e-mail address, or choose a new password.
 */
export function AuthScreen({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const [mode, setMode] = useState<'login' | 'signup'>('login');
  const [invitation, setInvitation] = useState(() => invitationTokenOf(location.hash));
  const [verification, setVerification] = useState(() => linkTokenOf(location.hash, 'verify-email'));
  const [reset, setReset] = useState(() => linkTokenOf(location.hash, 'reset-password'));
  if (verification) {
    return (
      <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 px-4">
        <div className="rounded-lg bg-white p-6 shadow">
          <h1 className="mb-4 text-xl font-semibold">Confirm your e-mail address</h1>
          <VerifyEmail
            token={verification}
            onSignedIn={(session) => {
              leaveLink();
              onSignedIn(session);
            }}
            onBack={() => {
              leaveLink();
              setVerification(null);
            }}
          />
        </div>
      </main>
    );
  }
  if (reset) {
    return (
      <main className="mx-auto mt-16 flex max-w-sm flex-col gap-4 px-4">
        <div className="rounded-lg bg-white p-6 shadow">
          <h1 className="mb-4 text-xl font-semibold">Choose a new password</h1>
          <ResetPasswordForm
            token={reset}
            onDone={() => {
              leaveLink();
              setReset(null);
              setMode('login');
            }}
          />
        </div>
      </main>
    );
  }
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
