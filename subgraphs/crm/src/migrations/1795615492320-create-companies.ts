import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Companies, isolated per tenant by row-level security. FORCE makes the policy bind the subgraph's
 * own role too (it owns the table), so a query without `app.tenant_id` sees nothing.
 */
export class CreateCompanies1795615492320 implements MigrationInterface {
  name = 'CreateCompanies1795615492320';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table crm.companies (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 200),
        domain text check (domain = lower(domain) and char_length(domain) <= 253),
        owner_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // Lists sort case-insensitively by name (the database collation would put "Zeta" before "acme").
    await queryRunner.query(
      `create index companies_tenant_name_idx on crm.companies (tenant_id, lower(name), id)`,
    );
    await queryRunner.query(
      `create unique index companies_tenant_domain_key on crm.companies (tenant_id, domain) where domain is not null`,
    );
    await queryRunner.query(`alter table crm.companies enable row level security`);
    await queryRunner.query(`alter table crm.companies force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on crm.companies using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table crm.companies`);
  }
}
