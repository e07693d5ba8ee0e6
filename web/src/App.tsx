import { useEffect, useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { Shell } from './app/Shell';
import { AuthScreen } from './auth/AuthScreen';
import { createApiClient } from './client';
import { SessionContext } from './permissions';
import { loadSession, saveSession, type Session } from './session';

/**
 * Signed out: sign in or sign up. Signed in: the app. One API client (and cache, and live socket)
 * per user and tenant: switching tenants or users starts with nothing cached.
 */
export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
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
        {session ? (
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
