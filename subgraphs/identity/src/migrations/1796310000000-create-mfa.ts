import type { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_USER = `nullif(current_setting('app.user_id', true), '')::uuid`;

/** An account's rows, readable and writable only by a transaction bound to that account. */
function ownerIsolation(table: string): string[] {
  return [
    `alter table identity.${table} enable row level security`,
    `alter table identity.${table} force row level security`,
    `create policy account_isolation on identity.${table} using (user_id = ${CURRENT_USER}) with check (user_id = ${CURRENT_USER})`,
  ];
}

/**
 * TOTP second factors (issue 9). MFA belongs to the account, not to a tenant, so these tables are
 * fenced by the account instead: row-level security on `app.user_id`, which login binds once the
 * password matched and every signed-in request binds to its caller. Nothing secret is stored in the
 * clear, and check constraints refuse anything else:
 *
 * - `mfa_factors.secret_ciphertext`: the TOTP secret sealed with AES-256-GCM (`v1.` format, see
 *   mfa-secret-box.ts); a plain base32 secret cannot match the pattern.
 * - `mfa_recovery_codes.code_hash`: HMAC-SHA256 of each recovery code (hex).
 * - `mfa_challenges.token_hash`: SHA-256 of the challenge token between password and code (hex).
 *
 * `session_tenant_id` is the tenant the pending sign-in is for, not an RLS key (as in refresh_tokens).
 */
export class CreateMfa1796310000000 implements MigrationInterface {
  name = 'CreateMfa1796310000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table identity.mfa_factors (
        user_id uuid primary key references identity.users (id) on delete cascade,
        secret_ciphertext text not null,
        enabled_at timestamptz,
        last_used_step bigint,
        created_at timestamptz not null default now(),
        constraint mfa_factors_secret_sealed check (secret_ciphertext ~ '^v1\\.[0-9a-f]{8}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$')
      )`,
      ...ownerIsolation('mfa_factors'),
      `create table identity.mfa_recovery_codes (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.users (id) on delete cascade,
        code_hash text not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint mfa_recovery_codes_user_hash_key unique (user_id, code_hash),
        constraint mfa_recovery_codes_hash_shape check (code_hash ~ '^[0-9a-f]{64}$')
      )`,
      ...ownerIsolation('mfa_recovery_codes'),
      `create table identity.mfa_challenges (
        id uuid primary key default gen_random_uuid(),
        user_id uuid not null references identity.users (id) on delete cascade,
        session_tenant_id uuid not null references identity.tenants (id),
        token_hash text not null,
        expires_at timestamptz not null,
        used_at timestamptz,
        created_at timestamptz not null default now(),
        constraint mfa_challenges_token_hash_key unique (token_hash),
        constraint mfa_challenges_hash_shape check (token_hash ~ '^[0-9a-f]{64}$')
      )`,
      `create index mfa_challenges_user_idx on identity.mfa_challenges (user_id, created_at)`,
      ...ownerIsolation('mfa_challenges'),
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['mfa_challenges', 'mfa_recovery_codes', 'mfa_factors']) {
      await queryRunner.query(`drop table if exists identity.${table}`);
    }
  }
}
