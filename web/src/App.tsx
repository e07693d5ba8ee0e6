import { useEffect, useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Shell } from './app/Shell';
import { AuthScreen } from './auth/AuthScreen';
import { SignInCallback } from './auth/SignInCallback';
import { takeSignInCallback } from './auth/sign-in-callback';
import { createApiClient } from './client';
import { SessionContext } from './permissions';
import { loadSession, saveSession, type Session } from './session';

/**
 * Signed out: sign in or sign up. Signed in: the app. Opened at the sign-in callback (back from a
 * provider): completing that sign-in, signed in or not. One API client (and cache, and live socket)
 * per user and tenant: switching tenants or users starts with nothing cached.
 */
export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [callback, setCallback] = useState(takeSignInCallback);
  const current = useRef(session);
  const signIn = (next: Session | null) => {
    current.current = next;
    saveSession(next);
    setSession(next);
  };
  const api = useMemo(
    () =>
      createApiClient({
        current: () => current.current,
        renewed: (next) => {
          const before = current.current?.permissions.join(' ');
          current.current = next;
          saveSession(next);
          // A role changed since the last token: the screens and actions follow the new one.
          if (next.permissions.join(' ') !== before) setSession(next);
        },
        expired: () => signIn(null),
      }),
    // A token refresh keeps the client; a new user or tenant gets a new one.
    [session?.email, session?.tenantId],
  );
  useEffect(() => () => api.dispose(), [api]);

  return (
    <Provider value={api.client}>
      <Router hook={useHashLocation}>
        {callback ? (
          <SignInCallback
            callback={callback}
            signedInAs={session?.email ?? null}
            onSignedIn={(next) => {
              setCallback(null);
              signIn(next);
            }}
            onDone={() => setCallback(null)}
          />
        ) : session ? (
          <SessionContext.Provider value={session}>
            <Shell session={session} onSwitched={signIn} onSignOut={() => signIn(null)} />
          </SessionContext.Provider>
        ) : (
          <AuthScreen onSignedIn={signIn} />
        )}
      </Router>
    </Provider>
  );
}
