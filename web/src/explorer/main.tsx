import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadSession, saveSession } from '../session';

/**
 * The GraphQL explorer (GraphiQL, bundled by the web build: nothing loads from the internet),
 * signed in as the app's user of this tab: the access token from the app's session goes on every
 * request and in the live socket's connection params; a refused token is refreshed once, like the
 * app does. Without a session it sends the user to sign in first.
 */

const REFRESH = `mutation ExplorerRefresh($input: RefreshSessionInput!) {
  refreshSession(input: $input) { session { accessToken refreshToken } }
}`;

async function refreshSession(): Promise<boolean> {
  const session = loadSession();
  if (!session) return false;
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: REFRESH, variables: { input: { refreshToken: session.refreshToken } } }),
  });
  const renewed = (await response.json())?.data?.refreshSession?.session;
  if (!renewed) {
    saveSession(null);
    return false;
  }
  saveSession({ ...session, ...renewed });
  return true;
}

function refused(status: number, body: unknown): boolean {
  const errors = (body as { errors?: Array<{ extensions?: { code?: string } }> } | null)?.errors ?? [];
  return status === 401 || errors.some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

/** fetch with the session's token; one refresh and retry when the token is refused. */
const signedFetch: typeof fetch = async (input, init = {}) => {
  const send = () => {
    const headers = new Headers(init.headers);
    const session = loadSession();
    if (session && !headers.has('authorization'))
      headers.set('authorization', `Bearer ${session.accessToken}`);
    return fetch(input, { ...init, headers });
  };
  const response = await send();
  if (!(response.headers.get('content-type') ?? '').includes('json')) return response;
  const body = await response
    .clone()
    .json()
    .catch(() => null);
  if (refused(response.status, body) && (await refreshSession())) return send();
  return response;
};

const origin = `${location.protocol}//${location.host}`;
const fetcher = createGraphiQLFetcher({
  url: `${origin}/graphql`,
  subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  wsConnectionParams: () => {
    const session = loadSession();
    return session ? { authorization: `Bearer ${session.accessToken}` } : {};
  },
  fetch: signedFetch,
});

const DEFAULT_QUERY = `# Queries run as you, in your organisation.
# Ctrl-Enter runs, Ctrl-Space completes.
query Me {
  me {
    user { email }
    tenant { name }
    role
  }
}
`;

function SignInFirst() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 480, margin: '96px auto', padding: 16 }}>
      <h1>Sign in first</h1>
      <p>
        The explorer runs queries as the signed-in user. <a href="/">Sign in to NEXORA</a>, then open the
        explorer from the app’s menu (Developers → GraphQL explorer).
      </p>
    </main>
  );
}

const root = document.getElementById('explorer');
if (!root) throw new Error('explorer.html has no #explorer');
createRoot(root).render(
  <StrictMode>
    {loadSession() ? (
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />
    ) : (
      <SignInFirst />
    )}
  </StrictMode>,
);
