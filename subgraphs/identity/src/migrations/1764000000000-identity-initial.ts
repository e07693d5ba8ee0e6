import type { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const CURRENT_USER = `nullif(current_setting('app.user_id', true), '')::uuid`;

function tenantIsolation(table: string): string[] {
  return [
    `alter table identity.${table} enable row level security`,
    `alter table identity.${table} force row level security`,
    `create policy tenant_isolation on identity.${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
  ];
}

/**
 * The identity schema. Users, tenants, refresh tokens, signing keys and login attempts are global
 * (an account spans tenants; the service checks access to them explicitly). Memberships, custom roles
 * and invitations belong to a tenant and are fenced by row-level security.
 */
export class IdentityInitial1764000000000 implements MigrationInterface {
  name = 'IdentityInitial1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table identity.tenants (
        id uuid primary key default gen_random_uuid(),
        name text not null,
        slug text not null,
        created_at timestamptz not null default now(),
        constraint tenants_slug_key unique (slug)
      )`,
      `create table identity.users (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        name text not null,
        password_hash text not null,
        created_at timestamptz not null default now(),
        constraint users_email_key unique (email),
        constraint users_email_normalized check (email = lower(btrim(email)))
      )`,
      `create table identity.memberships (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references identity.tenants (id),
        user_id uuid not null references identity.users (id),
        role text not null,
        created_at timestamptz not null default now(),
        constraint memberships_tenant_user_key unique (tenant_id, user_id)
      )`,
      `create index memberships_tenant_created_idx on identity.memberships (tenant_id, created_at, id)`,
      `create index memberships_tenant_role_idx on identity.memberships (tenant_id, role)`,
      `create index memberships_user_idx on identity.memberships (user_id, created_at, id)`,
      ...tenantIsolation('memberships'),
      // Reading (never writing) one's own memberships in every tenant: login picks the default tenant,
      // `me` lists them and switchTenant checks the target, all before the tenant is known.
      `create policy member_reads_own_memberships on identity.memberships for select using (user_id = ${CURRENT_USER})`,
      `create table identity.roles (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references identity.tenants (id),
        name text not null,
        permissions text[] not null default '{}',
        created_at timestamptz not null default now(),
        constraint roles_tenant_name_key unique (tenant_id, name)
      )`,
      ...tenantIsolation('roles'),
      `create table identity.invitations (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references identity.tenants (id),
        email text not null,
        role text not null,
        token_hash text not null,
        invited_by uuid references identity.users (id),
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_by uuid references identity.users (id),
        revoked_at timestamptz,
        created_at timestamptz not null default now(),
        constraint invitations_token_hash_key unique (token_hash)
      )`,
      `create index invitations_tenant_email_idx on identity.invitations (tenant_id, email)`,
      ...tenantIsolation('invitations'),
      // One row per issued refresh token; rotation chains tokens of one sign-in into a family.
      // session_tenant_id is the tenant the session acts in, not an RLS key: the table is global.
      `create table identity.refresh_tokens (
        id uuid primary key default gen_random_uuid(),
        family_id uuid not null,
        user_id uuid not null references identity.users (id),
        session_tenant_id uuid not null references identity.tenants (id),
        token_hash text not null,
        expires_at timestamptz not null,
        rotated_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz not null default now(),
        constraint refresh_tokens_token_hash_key unique (token_hash)
      )`,
      `create index refresh_tokens_family_idx on identity.refresh_tokens (family_id)`,
      `create table identity.signing_keys (
        kid text primary key,
        algorithm text not null default 'ES256',
        public_jwk jsonb not null,
        private_jwk jsonb not null,
        created_at timestamptz not null default now(),
        retired_at timestamptz
      )`,
      `create table identity.login_attempts (
        id uuid primary key default gen_random_uuid(),
        email text not null,
        succeeded boolean not null default false,
        attempted_at timestamptz not null default now()
      )`,
      `create index login_attempts_email_time_idx on identity.login_attempts (email, attempted_at)`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'login_attempts',
      'signing_keys',
      'refresh_tokens',
      'invitations',
      'roles',
      'memberships',
      'users',
      'tenants',
    ]) {
      await queryRunner.query(`drop table if exists identity.${table}`);
    }
  }
}
