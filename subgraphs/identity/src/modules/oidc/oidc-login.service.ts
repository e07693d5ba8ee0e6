import { userError, type SubgraphContext, type UserError } from '@nexora/kit';
import { identityRuntime } from '../../identity-runtime';
import { recordAuditEvent } from '../audit/audit.recorder';
import { withActor } from '../auth/request-actor';
import { mfaChallengeFor, type LoginResult } from '../mfa/mfa-login.service';
import { findMemberAccess } from '../role/role.service';
import { issueSession } from '../session/session.service';
import { randomToken, tokenHash } from '../session/token-hash';
import { UserEntity } from '../user/user.entity';
import { linkedAccount } from './account-link';
import { deriveSignInSecrets } from './pkce';
import { findProviderConfig, signInProviderOf } from './provider-registry';
import { isProviderIdentity, providerUnavailable } from './sign-in-provider';

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
const refusedLogin = (error: UserError): LoginResult => ({ session: null, userErrors: [error] });

/** See the SDL of `startOidcLogin`. */
export async function startOidcLogin(
  ctx: SubgraphContext,
  input: { provider: string; redirectUri: string },
): Promise<StartOidcLoginResult> {
  const { config } = identityRuntime();
  const providerConfig = findProviderConfig(input.provider);
  if (!providerConfig) {
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
  const provider = await signInProviderOf(providerConfig);
  if (!provider) return refusedStart(providerUnavailable());

  const state = randomToken();
  const secrets = deriveSignInSecrets(state, config.MFA_ENCRYPTION_KEY);
  const expiresAt = await ctx.db.run(async (manager) => {
    // Sign-ins abandoned a day ago have no further use (until then a spent one answers OIDC_STATE_USED).
    await manager.query(`delete from identity.oidc_logins where expires_at < now() - interval '1 day'`);
    const [row]: Array<{ expiresAt: Date }> = await manager.query(
      `insert into identity.oidc_logins (state_hash, provider_id, redirect_uri, expires_at)
       values ($1, $2, $3, now() + make_interval(secs => $4)) returning expires_at as "expiresAt"`,
      [tokenHash(state), providerConfig.id, input.redirectUri, config.OIDC_LOGIN_TTL_SECONDS],
    );
    return row.expiresAt;
  });
  return {
    authorizationUrl: provider.authorizationUrl({ redirectUri: input.redirectUri, state, secrets }),
    expiresAt: expiresAt.toISOString(),
    userErrors: [],
  };
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

/** See the SDL of `completeOidcLogin`. */
export async function completeOidcLogin(
  ctx: SubgraphContext,
  input: { state: string; code: string; redirectUri: string },
): Promise<LoginResult> {
  const state = input.state.trim();
  const login = await spendState(ctx, state);
  if (!('providerId' in login)) return refusedLogin(login);
  if (login.redirectUri !== input.redirectUri) {
    return refusedLogin(
      userError('OIDC_REDIRECT_URI_MISMATCH', 'This sign-in was started for another redirect URI.', [
        'input',
        'redirectUri',
      ]),
    );
  }
  const providerConfig = findProviderConfig(login.providerId);
  const provider = providerConfig ? await signInProviderOf(providerConfig) : null;
  if (!providerConfig || !provider) return refusedLogin(providerUnavailable());

  const identity = await provider.identify({
    code: input.code,
    redirectUri: login.redirectUri,
    secrets: deriveSignInSecrets(state, identityRuntime().config.MFA_ENCRYPTION_KEY),
  });
  if (!isProviderIdentity(identity)) return refusedLogin(identity);

  const account = await ctx.db.run((manager) => linkedAccount(manager, provider.issuer, identity));
  if (!(account instanceof UserEntity)) return refusedLogin(account);
  return signInLinkedAccount(ctx, account, providerConfig.id);
}

/** The session (or MFA challenge) for the account the provider vouched for, in its oldest tenant. */
async function signInLinkedAccount(
  ctx: SubgraphContext,
  user: UserEntity,
  providerId: string,
): Promise<LoginResult> {
  const tenantId = await withActor(ctx, { tenantId: null, userId: user.id }, async (bound) => {
    // The oldest membership is the default tenant, as for `login`.
    const rows: Array<{ tenantId: string }> = await bound.query(
      `select tenant_id as "tenantId" from identity.memberships where user_id = $1 order by created_at, id limit 1`,
      [user.id],
    );
    return rows[0]?.tenantId ?? null;
  });
  if (!tenantId) return refusedLogin(userError('NO_TENANT', 'This account is not a member of any tenant.'));

  return withActor(ctx, { tenantId, userId: user.id }, async (bound): Promise<LoginResult> => {
    const access = await findMemberAccess(bound, tenantId, user.id);
    if (!access) return refusedLogin(userError('NOT_A_MEMBER', 'You are not a member of this tenant.'));
    // The provider stands in for the password, not for the second factor.
    const mfaChallenge = await mfaChallengeFor(bound, { userId: user.id, tenantId });
    if (mfaChallenge) return { session: null, userErrors: [], mfaChallenge };
    await recordAuditEvent(ctx, {
      type: 'LOGIN_SUCCEEDED',
      actorUserId: user.id,
      target: { type: 'USER', id: user.id },
      details: { method: 'oidc', provider: providerId },
    });
    return { session: await issueSession(bound, { user, tenantId, access }), userErrors: [] };
  });
}
