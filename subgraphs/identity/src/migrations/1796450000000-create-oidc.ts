import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in with OpenID Connect providers (issue 9). Both tables are global, like `users` and
 * `login_attempts`: they are read before anyone is signed in, by (state) or (issuer, subject).
 *
 * - `oidc_logins`: started sign-ins, by the SHA-256 of their `state` only (nonce and PKCE verifier
 *   are derived from the state with a server key, see pkce.ts); spent once (`used_at`), short-lived.
 * - `oidc_identities`: the provider account (issuer, subject) an account is linked to.
 */
export class CreateOidc1796450000000 implements MigrationInterface {
  name = 'CreateOidc1796450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table identity.oidc_logins (
        id uuid primary key default gen_random_uuid(),
        state_hash text not null,
        provider_id text not null,
        redirect_uri text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint oidc_logins_state_hash_key unique (state_hash),
        constraint oidc_logins_hash_shape check (state_hash ~ '^[0-9a-f]{64}$')
      )`,
      `create index oidc_logins_expires_idx on identity.oidc_logins (expires_at)`,
      `create table identity.oidc_identities (
        issuer text not null,
        subject text not null,
        user_id uuid not null references identity.users (id) on delete cascade,
        created_at timestamptz not null default now(),
        last_login_at timestamptz not null default now(),
        primary key (issuer, subject)
      )`,
      `create index oidc_identities_user_idx on identity.oidc_identities (user_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table if exists identity.oidc_identities`);
    await queryRunner.query(`drop table if exists identity.oidc_logins`);
  }
}
