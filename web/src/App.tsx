import { useMemo, useRef, useState } from 'react';
import { Provider } from 'urql';
import { LoginForm } from './auth/LoginForm';
import { createApiClient } from './client';
import { CompanyList } from './crm/CompanyList';
import { loadSession, saveSession, type Session } from './session';

/** Signed out: the login form. Signed in: the CRM's companies. */
export function App() {
  const [session, setSession] = useState<Session | null>(loadSession);
  const [search, setSearch] = useState('');
  const current = useRef(session);
  const signIn = (next: Session | null) => {
    current.current = next;
    saveSession(next);
    setSession(next);
  };
  // One client per signed-in session; a token refresh keeps the client (and its cache).
  const client = useMemo(
    () =>
      createApiClient({
        current: () => current.current,
        renewed: (next) => {
          current.current = next;
          saveSession(next);
        },
        expired: () => signIn(null),
      }),
    [session?.email],
  );
  return (
    <Provider value={client}>
      {session ? (
        <main className="mx-auto max-w-3xl p-4">
          <header className="mb-4 flex items-center justify-between">
            <h1 className="text-lg font-semibold">NEXORA</h1>
            <div className="flex items-center gap-3 text-sm">
              <span>{session.email}</span>
              <button type="button" className="underline" onClick={() => signIn(null)}>
                Sign out
              </button>
            </div>
          </header>
          <label className="mb-4 flex flex-col gap-1 text-sm">
            Search companies
            <input
              className="rounded border border-slate-300 px-3 py-2"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
          </label>
          <CompanyList search={search} />
        </main>
      ) : (
        <LoginForm onSignedIn={signIn} />
      )}
    </Provider>
  );
}
