import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import {
  postGraphQL,
  subgraphTestHarness,
  uniqueEmail,
  type RunningSubgraph,
  type SignedHeaders,
  type TestHeaders,
} from '@nexora/kit';
import { identitySubgraph } from '../src';

export const PASSWORD = 'correct horse battery staple';
export const ISSUER = 'nexora-identity';
export const AUDIENCE = 'nexora-api';

/**
 * identity as its tests start and call it. Its anonymous callers (signUp, login) come from the
 * harness's own address unless told otherwise, so login throttling counts only this test file's
 * attempts, never those of another file or an earlier run in the same window.
 */
export const identityHarness = subgraphTestHarness(identitySubgraph);
export const { start: startIdentity, anonymous } = identityHarness;

export function jwksUrl(subgraph: RunningSubgraph): string {
  return subgraph.url.replace(/\/graphql$/, '/.well-known/jwks.json');
}

export interface TokenClaims extends JWTPayload {
  sub: string;
  tid: string;
  perms: string[];
  role: string;
}

/** Verifies an access token the way the gateway does: JWKS, ES256 only, issuer and audience. */
export async function verifyAccessToken(subgraph: RunningSubgraph, token: string): Promise<TokenClaims> {
  const keySet = (await (await fetch(jwksUrl(subgraph))).json()) as JSONWebKeySet;
  const { payload } = await jwtVerify(token, createLocalJWKSet(keySet), {
    algorithms: ['ES256'],
    issuer: ISSUER,
    audience: AUDIENCE,
  });
  return payload as TokenClaims;
}

/** Signed gateway headers for the caller an access token describes (what the gateway would send). */
export async function headersFor(subgraph: RunningSubgraph, accessToken: string): Promise<SignedHeaders> {
  const claims = await verifyAccessToken(subgraph, accessToken);
  return identityHarness.headers({ tenantId: claims.tid, userId: claims.sub, permissions: claims.perms });
}

export const SESSION_FIELDS = `
  accessToken tokenType accessTokenExpiresAt refreshToken refreshTokenExpiresAt
  user { id email name createdAt } tenant { id name slug createdAt } role permissions`;
export const USER_ERRORS = 'userErrors { field message code }';

export interface UserErrorResult {
  field: string[] | null;
  message: string;
  code: string;
}

export interface SessionResult {
  accessToken: string;
  tokenType: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string; name: string; createdAt: string };
  tenant: { id: string; name: string; slug: string; createdAt: string };
  role: string;
  permissions: string[];
}

export interface SessionPayload {
  session: SessionResult | null;
  userErrors: UserErrorResult[];
}

type Variables = Record<string, unknown>;

export async function mutateSession(
  subgraph: RunningSubgraph,
  field: string,
  inputType: string,
  input: Variables,
  headers: TestHeaders = anonymous(),
) {
  const query = `mutation ($input: ${inputType}!) { ${field}(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} } }`;
  const response = await postGraphQL<Record<string, SessionPayload>>(subgraph.url, query, { input }, headers);
  return { ...response, payload: response.body.data?.[field] ?? null };
}

export const signUp = (subgraph: RunningSubgraph, input: Variables) =>
  mutateSession(subgraph, 'signUp', 'SignUpInput', input);
export const login = (subgraph: RunningSubgraph, input: Variables) =>
  mutateSession(subgraph, 'login', 'LoginInput', input);
export const refresh = (subgraph: RunningSubgraph, refreshToken: string) =>
  mutateSession(subgraph, 'refreshSession', 'RefreshSessionInput', { refreshToken });

/** Signs up a fresh account and tenant; fails the test if that does not work. */
export async function signUpFresh(
  subgraph: RunningSubgraph,
  prefix = 'user',
): Promise<SessionResult & { password: string }> {
  const email = uniqueEmail(prefix);
  const { payload } = await signUp(subgraph, {
    email,
    password: PASSWORD,
    name: `${prefix} person`,
    tenantName: `${prefix} ${email}`,
  });
  if (!payload?.session) throw new Error(`signUp failed: ${JSON.stringify(payload)}`);
  return { ...payload.session, password: PASSWORD };
}
