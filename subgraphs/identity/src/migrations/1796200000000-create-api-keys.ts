import type { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
/** Set (transaction-locally) only by the gateway's key check, to the public id of the key presented. */
const PRESENTED_KEY = `nullif(current_setting('app.api_key_public_id', true), '')`;

/**
 * API keys (issue 9): tenant rows, fenced by row-level security like memberships. A key is stored as
 * its public id (the part after `nxk_` that finds the row) and the SHA-256 of the whole key: the
 * check constraint refuses anything in `secret_hash` that is not a hex digest, so a plain key can
 * never be written there by mistake.
 */
export class CreateApiKeys1796200000000 implements MigrationInterface {
  name = 'CreateApiKeys1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table identity.api_keys (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references identity.tenants (id),
        name text not null,
        public_id text not null,
        secret_hash text not null,
        scopes text[] not null,
        requests_per_minute integer,
        cost_per_minute integer,
        created_by uuid references identity.users (id),
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid references identity.users (id),
        constraint api_keys_public_id_key unique (public_id),
        constraint api_keys_public_id_shape check (public_id ~ '^[a-z2-7]{12}$'),
        constraint api_keys_secret_hash_shape check (secret_hash ~ '^[0-9a-f]{64}$'),
        constraint api_keys_name_length check (char_length(name) between 1 and 100),
        constraint api_keys_limits_positive check (
          (requests_per_minute is null or requests_per_minute > 0) and (cost_per_minute is null or cost_per_minute > 0)
        )
      )`,
      // The list, newest first, and its keyset cursor.
      `create index api_keys_tenant_created_idx on identity.api_keys (tenant_id, created_at desc, id desc)`,
      `alter table identity.api_keys enable row level security`,
      `alter table identity.api_keys force row level security`,
      `create policy tenant_isolation on identity.api_keys using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
      // The gateway's check learns the tenant from the key: before that it may read (never write)
      // exactly the one row whose public id it was presented, then binds the transaction to its tenant.
      `create policy presented_key_lookup on identity.api_keys for select using (public_id = ${PRESENTED_KEY})`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table if exists identity.api_keys`);
  }
}
