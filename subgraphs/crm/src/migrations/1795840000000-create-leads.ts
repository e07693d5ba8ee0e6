import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** Leads: prospects not yet qualified into a person, company and deal; isolated per tenant by RLS. */
export class CreateLeads1795840000000 implements MigrationInterface {
  name = 'CreateLeads1795840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table crm.leads (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 200),
        company_name text check (char_length(company_name) between 1 and 200),
        email text check (email = lower(email) and char_length(email) <= 254),
        phone text check (char_length(phone) <= 32),
        source text not null check (source in ('WEBSITE', 'REFERRAL', 'EVENT', 'OUTBOUND', 'PARTNER', 'OTHER')),
        status text not null default 'NEW'
          check (status in ('NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED')),
        score integer check (score between 0 and 100),
        owner_id uuid,
        converted_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id),
        check ((status = 'CONVERTED') = (converted_at is not null))
      )`);
    await queryRunner.query(
      `create index leads_tenant_created_idx on crm.leads (tenant_id, created_at desc, id)`,
    );
    await queryRunner.query(
      `create index leads_tenant_status_idx on crm.leads (tenant_id, status, created_at desc)`,
    );
    await queryRunner.query(`create index leads_tenant_email_idx on crm.leads (tenant_id, email)`);
    await queryRunner.query(`alter table crm.leads enable row level security`);
    await queryRunner.query(`alter table crm.leads force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on crm.leads using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table crm.leads`);
  }
}
