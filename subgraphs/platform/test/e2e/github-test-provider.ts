import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local GitHub-shaped OAuth server for github-login.test.ts, laid out like GitHub Enterprise Server
 * (`/login/oauth/authorize`, `/login/oauth/access_token`, REST API under `/api/v3`), on 127.0.0.1 and
 * a free port. It is as strict as GitHub where our side could go wrong: the client secret, the
 * registered redirect URI, single-use codes bound to their redirect URI, PKCE S256 (a verifier whose
 * SHA-256 is not the challenge gets `bad_verification_code`, status 200 as GitHub answers), bearer
 * tokens on the API.
 */

/** One GitHub account; the test changes its addresses between sign-ins, as its owner could. */
export interface GitHubTestUser {
  id: number;
  login: string;
  name: string | null;
  /** The public profile address `GET /user` shows (never used for sign-in). */
  email: string | null;
  emails: Array<{
    email: string;
    primary: boolean;
    verified: boolean;
    visibility?: 'public' | 'private' | null;
  }>;
}

/** How the server fails, for the unavailability cases: a 503 or a dropped connection. */
export interface GitHubOutage {
  on: 'token' | 'api' | 'everything';
  as: 503 | 'dropped connection';
}

export interface GitHubTestProvider {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  apiBase: string;
  /** The account signed in at "GitHub" in the browser: authorize approves for it without asking. */
  signIn(user: GitHubTestUser): void;
  outage: GitHubOutage | null;
  /** Every access token and code this server handed out, to check none is stored by us. */
  issued: string[];
  stop(): Promise<void>;
}

interface PendingCode {
  userId: number;
  redirectUri: string;
  codeChallenge: string;
  used: boolean;
}

const json = (response: ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

async function formOf(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startGitHubTestProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}): Promise<GitHubTestProvider> {
  const users = new Map<number, GitHubTestUser>();
  const codes = new Map<string, PendingCode>();
  const tokens = new Map<string, number>();
  let session: number | null = null;

  const provider: Omit<GitHubTestProvider, 'authorizationEndpoint' | 'tokenEndpoint' | 'apiBase' | 'stop'> = {
    signIn: (user) => {
      users.set(user.id, user);
      session = user.id;
    },
    outage: null,
    issued: [],
  };

  /** GET /login/oauth/authorize: approves at once for the signed-in account, redirects with code + state. */
  function authorize(url: URL, response: ServerResponse) {
    const redirectUri = url.searchParams.get('redirect_uri') ?? '';
    const challenge = url.searchParams.get('code_challenge');
    if (url.searchParams.get('client_id') !== client.clientId || !client.redirectUris.includes(redirectUri))
      return json(response, 400, { error: 'redirect_uri_mismatch' });
    if (!challenge || url.searchParams.get('code_challenge_method') !== 'S256' || session === null)
      return json(response, 400, { error: 'invalid_request' });
    const code = randomBytes(10).toString('hex');
    codes.set(code, { userId: session, redirectUri, codeChallenge: challenge, used: false });
    provider.issued.push(code);
    const back = new URL(redirectUri);
    back.searchParams.set('code', code);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    response.writeHead(302, { location: back.toString() });
    response.end();
  }

  /** POST /login/oauth/access_token: GitHub's answers, errors included, with status 200. */
  async function accessToken(request: IncomingMessage, response: ServerResponse) {
    const form = await formOf(request);
    if (form.get('client_id') !== client.clientId || form.get('client_secret') !== client.clientSecret)
      return json(response, 200, { error: 'incorrect_client_credentials' });
    const pending = codes.get(form.get('code') ?? '');
    if (!pending || pending.used) return json(response, 200, { error: 'bad_verification_code' });
    pending.used = true;
    if (form.get('redirect_uri') !== pending.redirectUri)
      return json(response, 200, { error: 'redirect_uri_mismatch' });
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== pending.codeChallenge)
      return json(response, 200, { error: 'bad_verification_code' });
    const token = `gho_${randomBytes(18).toString('base64url')}`;
    tokens.set(token, pending.userId);
    provider.issued.push(token);
    json(response, 200, { access_token: token, token_type: 'bearer', scope: 'read:user,user:email' });
  }

  /** GET /api/v3/user and /api/v3/user/emails, for a bearer token this server issued. */
  function api(request: IncomingMessage, path: string, response: ServerResponse) {
    const token = /^(?:Bearer|token) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    const user = users.get(tokens.get(token ?? '') ?? -1);
    if (!user) return json(response, 401, { message: 'Bad credentials' });
    if (path === '/api/v3/user')
      return json(response, 200, { id: user.id, login: user.login, name: user.name, email: user.email });
    if (path === '/api/v3/user/emails') return json(response, 200, user.emails);
    json(response, 404, { message: 'Not Found' });
  }

  function isDown(path: string): GitHubOutage | null {
    const outage = provider.outage;
    if (!outage) return null;
    if (outage.on === 'everything') return outage;
    if (outage.on === 'token' && path === '/login/oauth/access_token') return outage;
    if (outage.on === 'api' && path.startsWith('/api/v3/')) return outage;
    return null;
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const outage = isDown(url.pathname);
    if (outage?.as === 'dropped connection') return request.socket.destroy();
    if (outage) return json(response, 503, { message: 'Service unavailable' });
    if (request.method === 'GET' && url.pathname === '/login/oauth/authorize')
      return authorize(url, response);
    if (request.method === 'POST' && url.pathname === '/login/oauth/access_token')
      return void accessToken(request, response);
    if (request.method === 'GET') return api(request, url.pathname, response);
    json(response, 404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(provider, {
    authorizationEndpoint: `${origin}/login/oauth/authorize`,
    tokenEndpoint: `${origin}/login/oauth/access_token`,
    apiBase: `${origin}/api/v3`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
