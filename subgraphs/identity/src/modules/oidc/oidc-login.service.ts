import { userError, type SubgraphContext, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { withActor } from '../auth/request-actor';
import { mfaChallengeFor, type LoginResult } from '../mfa/mfa-login.service';
import { findMemberAccess } from '../role/role.service';
import { issueSession } from '../session/session.service';
import { randomToken, tokenHash } from '../session/token-hash';
import { UserEntity } from '../user/user.entity';
import { exchangeCode, fetchUserInfoEmail } from './code-exchange';
import { validateIdToken, type IdTokenClaims } from './id-token';
import { providerMetadata, ProviderUnavailableError, type ProviderMetadata } from './oidc-discovery';
import type { OidcProviderConfig } from './oidc.config';
import { deriveSignInSecrets } from './pkce';

export interface StartOidcLoginResult {
  authorizationUrl: string | null;
  expiresAt: string | null;
  userErrors: UserError[];
}

const refusedStart = (error: UserError): StartOidcLoginResult => ({
  authorizationUrl: null,
  expiresAt: null,
  userErrors: [error],
});
const refusedLogin = (code: string, message: string, field?: string[]): LoginResult => ({
  session: null,
  userErrors: [userError(code, message, field)],
});
const providerUnavailable = () =>
  userError('OIDC_PROVIDER_UNAVAILABLE', 'The sign-in provider cannot be reached; try again in a moment.');

function findProvider(id: string): OidcProviderConfig | undefined {
  return identityRuntime().config.OIDC_PROVIDERS.find((provider) => provider.id === id);
}

async function metadataOf(provider: OidcProviderConfig): Promise<ProviderMetadata | null> {
  try {
    return await providerMetadata(provider);
  } catch (error) {
    if (error instanceof ProviderUnavailableError) return null;
    throw error;
  }
}

/** See the SDL of `startOidcLogin`. */
export async function startOidcLogin(
  ctx: SubgraphContext,
  input: { provider: string; redirectUri: string },
): Promise<StartOidcLoginResult> {
  const { config } = identityRuntime();
  const provider = findProvider(input.provider);
  if (!provider) {
    return refusedStart(
      userError('OIDC_PROVIDER_UNKNOWN', 'There is no sign-in provider with this name.', [
        'input',
        'provider',
      ]),
    );
  }
  // Exact string comparison: an open redirect would hand the code to whoever picked the URI.
  if (!config.OIDC_REDIRECT_URIS.includes(input.redirectUri)) {
    return refusedStart(
      userError('OIDC_REDIRECT_URI_NOT_ALLOWED', 'This redirect URI is not allowed for sign-in.', [
        'input',
        'redirectUri',
      ]),
    );
  }
  const metadata = await metadataOf(provider);
  if (!metadata) return refusedStart(providerUnavailable());

  const state = randomToken();
  const secrets = deriveSignInSecrets(state, config.MFA_ENCRYPTION_KEY);
  const expiresAt = await ctx.db.run(async (manager) => {
    // Sign-ins abandoned a day ago have no further use (until then a spent one answers OIDC_STATE_USED).
    await manager.query(`delete from identity.oidc_logins where expires_at < now() - interval '1 day'`);
    const [row]: Array<{ expiresAt: Date }> = await manager.query(
      `insert into identity.oidc_logins (state_hash, provider_id, redirect_uri, expires_at)
       values ($1, $2, $3, now() + make_interval(secs => $4)) returning expires_at as "expiresAt"`,
      [tokenHash(state), provider.id, input.redirectUri, config.OIDC_LOGIN_TTL_SECONDS],
    );
    return row.expiresAt;
  });
  const url = new URL(metadata.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: provider.clientId,
    redirect_uri: input.redirectUri,
    scope: provider.scopes.join(' '),
    state,
    nonce: secrets.nonce,
    code_challenge: secrets.codeChallenge,
    code_challenge_method: 'S256',
  }).toString();
  return { authorizationUrl: url.toString(), expiresAt: expiresAt.toISOString(), userErrors: [] };
}

interface PendingLogin {
  id: string;
  providerId: string;
  redirectUri: string;
  expired: boolean;
  usedAt: Date | null;
}

const STATE_FIELD = ['input', 'state'];

/**
 * Spends the started sign-in in its own transaction, so it is spent whatever happens next (a code
 * exchange that fails still uses up the state). Locked: of two completions with one state, one wins.
 */
async function spendState(ctx: SubgraphContext, state: string): Promise<PendingLogin | UserError> {
  return ctx.autonomous.run(async (manager) => {
    const [login]: PendingLogin[] = await manager.query(
      `select id, provider_id as "providerId", redirect_uri as "redirectUri",
              expires_at <= now() as expired, used_at as "usedAt"
         from identity.oidc_logins where state_hash = $1 for update`,
      [tokenHash(state)],
    );
    if (!login)
      return userError('OIDC_STATE_INVALID', 'This sign-in is not valid; start it again.', STATE_FIELD);
    if (login.usedAt)
      return userError(
        'OIDC_STATE_USED',
        'This sign-in has already been completed; start it again.',
        STATE_FIELD,
      );
    await manager.query(`update identity.oidc_logins set used_at = now() where id = $1`, [login.id]);
    if (login.expired)
      return userError('OIDC_STATE_EXPIRED', 'This sign-in has expired; start it again.', STATE_FIELD);
    return login;
  });
}

/** The account linked to the provider account, linking it by a verified e-mail on first sign-in. */
async function linkedAccount(
  manager: EntityManager,
  issuer: string,
  claims: IdTokenClaims,
): Promise<UserEntity | LoginResult> {
  const linked: UserEntity[] = await manager.query(
    `select u.id, u.email, u.name, u.created_at as "createdAt"
       from identity.oidc_identities i join identity.users u on u.id = i.user_id
      where i.issuer = $1 and i.subject = $2`,
    [issuer, claims.subject],
  );
  if (linked[0]) {
    await manager.query(
      `update identity.oidc_identities set last_login_at = now() where issuer = $1 and subject = $2`,
      [issuer, claims.subject],
    );
    return Object.assign(new UserEntity(), linked[0]);
  }
  if (!claims.email || !claims.emailVerified) {
    return refusedLogin(
      'OIDC_EMAIL_NOT_VERIFIED',
      'The provider has not verified your e-mail address, so it cannot be linked to an account.',
    );
  }
  const [found]: Array<UserEntity & { emailVerifiedAt: Date | null }> = await manager.query(
    `select id, email, name, created_at as "createdAt", email_verified_at as "emailVerifiedAt"
       from identity.users where email = $1`,
    [claims.email.trim().toLowerCase()],
  );
  if (!found) {
    return refusedLogin(
      'OIDC_ACCOUNT_NOT_FOUND',
      'No account uses this e-mail address; sign up or accept an invitation first.',
    );
  }
  // Both sides must have proven the address: otherwise whoever registered it first (with e-mail
  // verification off, anyone) would receive the provider account's sign-ins.
  if (!found.emailVerifiedAt) {
    return refusedLogin(
      'OIDC_ACCOUNT_EMAIL_NOT_VERIFIED',
      "Your NEXORA account's e-mail address is not verified yet: verify it (or reset your password once, which proves it), then sign in with the provider again.",
    );
  }
  const { emailVerifiedAt: _verified, ...user } = found;
  await manager.query(
    `insert into identity.oidc_identities (issuer, subject, user_id) values ($1, $2, $3)
     on conflict (issuer, subject) do nothing`,
    [issuer, claims.subject, user.id],
  );
  return Object.assign(new UserEntity(), user);
}

/** See the SDL of `completeOidcLogin`. */
export async function completeOidcLogin(
  ctx: SubgraphContext,
  input: { state: string; code: string; redirectUri: string },
): Promise<LoginResult> {
  const login = await spendState(ctx, input.state.trim());
  if (!('providerId' in login)) return { session: null, userErrors: [login] };
  if (login.redirectUri !== input.redirectUri) {
    return refusedLogin('OIDC_REDIRECT_URI_MISMATCH', 'This sign-in was started for another redirect URI.', [
      'input',
      'redirectUri',
    ]);
  }
  const provider = findProvider(login.providerId);
  const metadata = provider ? await metadataOf(provider) : null;
  if (!provider || !metadata) return { session: null, userErrors: [providerUnavailable()] };

  const secrets = deriveSignInSecrets(input.state.trim(), identityRuntime().config.MFA_ENCRYPTION_KEY);
  const exchanged = await exchangeCode(provider, metadata, {
    code: input.code,
    redirectUri: login.redirectUri,
    codeVerifier: secrets.codeVerifier,
  });
  if (exchanged.kind === 'unavailable') return { session: null, userErrors: [providerUnavailable()] };
  if (exchanged.kind === 'refused') {
    return refusedLogin('OIDC_CODE_REJECTED', 'The provider refused this sign-in code; start again.', [
      'input',
      'code',
    ]);
  }
  const claims = await validateIdToken(exchanged.idToken, {
    issuer: metadata.issuer,
    clientId: provider.clientId,
    nonce: secrets.nonce,
    algorithms: metadata.idTokenAlgorithms,
    keys: metadata.keys,
  });
  if (!claims) {
    return refusedLogin('OIDC_ID_TOKEN_INVALID', 'The provider answered with an identity that is not valid.');
  }
  if (!claims.email && exchanged.accessToken) {
    const info = await fetchUserInfoEmail(metadata, exchanged.accessToken, claims.subject);
    if (info) Object.assign(claims, info);
  }

  const account = await ctx.db.run((manager) => linkedAccount(manager, metadata.issuer, claims));
  if (!(account instanceof UserEntity)) return account;
  const user = account;
  const tenantId = await withActor(ctx, { tenantId: null, userId: user.id }, async (bound) => {
    // The oldest membership is the default tenant, as for `login`.
    const rows: Array<{ tenantId: string }> = await bound.query(
      `select tenant_id as "tenantId" from identity.memberships where user_id = $1 order by created_at, id limit 1`,
      [user.id],
    );
    return rows[0]?.tenantId ?? null;
  });
  if (!tenantId) return refusedLogin('NO_TENANT', 'This account is not a member of any tenant.');

  return withActor(ctx, { tenantId, userId: user.id }, async (bound): Promise<LoginResult> => {
    const access = await findMemberAccess(bound, tenantId, user.id);
    if (!access) return refusedLogin('NOT_A_MEMBER', 'You are not a member of this tenant.');
    // The provider stands in for the password, not for the second factor.
    const mfaChallenge = await mfaChallengeFor(bound, { userId: user.id, tenantId });
    if (mfaChallenge) return { session: null, userErrors: [], mfaChallenge };
    await recordAuditEvent(ctx, {
      type: 'LOGIN_SUCCEEDED',
      actorUserId: user.id,
      target: { type: 'USER', id: user.id },
      details: { method: 'oidc', provider: provider.id },
    });
    return { session: await issueSession(bound, { user, tenantId, access }), userErrors: [] };
  });
}
