import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * E-mail verification and password reset (issue 9). Both tables hold single-use tokens mailed to an
 * address, stored only as SHA-256 (hex; the check constraints refuse anything else), with an expiry
 * and the moment they were used. Looked up by token before anyone is signed in, so no row-level
 * security: like `users`, they are reachable only through identity's own queries.
 *
 * - `pending_sign_ups`: a sign-up waiting for its address to be proven. It carries what `signUp` was
 *   given (the password as its argon2 hash, never in the clear); `verifyEmail` creates the account.
 * - `password_resets`: a reset requested for an existing account.
 */
export class CreateEmailTokens1796400000000 implements MigrationInterface {
  name = 'CreateEmailTokens1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table identity.pending_sign_ups (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        name text not null,
        tenant_name text not null,
        password_hash text not null,
        token_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint pending_sign_ups_token_hash_key unique (token_hash),
        constraint pending_sign_ups_hash_shape check (token_hash ~ '^[0-9a-f]{64}$'),
        constraint pending_sign_ups_password_hashed check (password_hash like '$argon2%')
      )`,
      `create index pending_sign_ups_email_idx on identity.pending_sign_ups (email)`,
      `create table identity.password_resets (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.users (id) on delete cascade,
        token_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint password_resets_token_hash_key unique (token_hash),
        constraint password_resets_hash_shape check (token_hash ~ '^[0-9a-f]{64}$')
      )`,
      `create index password_resets_user_idx on identity.password_resets (user_id)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table if exists identity.password_resets`);
    await queryRunner.query(`drop table if exists identity.pending_sign_ups`);
  }
}
