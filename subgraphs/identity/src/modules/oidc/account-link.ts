import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import type { ProviderIdentity } from './sign-in-provider';

/**
 * The account linked to the provider account (issuer, subject), linking it by a verified e-mail on
 * first sign-in, for every kind of provider alike. Never creates an account.
 */
export async function linkedAccount(
  manager: EntityManager,
  issuer: string,
  identity: ProviderIdentity,
): Promise<UserEntity | UserError> {
  const linked: UserEntity[] = await manager.query(
    `select u.id, u.email, u.name, u.created_at as "createdAt"
       from identity.oidc_identities i join identity.users u on u.id = i.user_id
      where i.issuer = $1 and i.subject = $2`,
    [issuer, identity.subject],
  );
  if (linked[0]) {
    await manager.query(
      `update identity.oidc_identities set last_login_at = now() where issuer = $1 and subject = $2`,
      [issuer, identity.subject],
    );
    return Object.assign(new UserEntity(), linked[0]);
  }
  if (!identity.email || !identity.emailVerified) {
    return userError(
      'OIDC_EMAIL_NOT_VERIFIED',
      'The provider has not verified your e-mail address, so it cannot be linked to an account.',
    );
  }
  const [found]: Array<UserEntity & { emailVerifiedAt: Date | null }> = await manager.query(
    `select id, email, name, created_at as "createdAt", email_verified_at as "emailVerifiedAt"
       from identity.users where email = $1`,
    [identity.email.trim().toLowerCase()],
  );
  if (!found) {
    return userError(
      'OIDC_ACCOUNT_NOT_FOUND',
      'No account uses this e-mail address; sign up or accept an invitation first.',
    );
  }
  // Both sides must have proven the address: otherwise whoever registered it first (with e-mail
  // verification off, anyone) would receive the provider account's sign-ins.
  if (!found.emailVerifiedAt) {
    return userError(
      'OIDC_ACCOUNT_EMAIL_NOT_VERIFIED',
      "Your NEXORA account's e-mail address is not verified yet: verify it (or reset your password once, which proves it), then sign in with the provider again.",
    );
  }
  const { emailVerifiedAt: _verified, ...user } = found;
  await manager.query(
    `insert into identity.oidc_identities (issuer, subject, user_id) values ($1, $2, $3)
     on conflict (issuer, subject) do nothing`,
    [issuer, identity.subject, user.id],
  );
  return Object.assign(new UserEntity(), user);
}
