import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['journal', 'deals', 'invoices', 'leads', 'dashboards'];

/**
 * analytics' read models, fed only by domain events: the journal of every event applied (what a
 * rebuild replays), the deals, invoices and leads as the events describe them, and saved dashboards.
 * `as_of` is the time of the event a row reflects: a late event never overwrites a newer state.
 */
export class CreateReadModels1796000000000 implements MigrationInterface {
  name = 'CreateReadModels1796000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table analytics.journal (
        sequence bigint generated always as identity primary key,
        tenant_id uuid not null,
        event_id uuid not null,
        type text not null,
        payload jsonb not null,
        occurred_at timestamptz not null,
        unique (tenant_id, event_id)
      )`);
    await queryRunner.query(
      `create index journal_tenant_idx on analytics.journal (tenant_id, occurred_at, sequence)`,
    );
    await queryRunner.query(`
      create table analytics.deals (
        tenant_id uuid not null,
        deal_id uuid not null,
        pipeline_id uuid not null,
        stage_id uuid not null,
        status text not null check (status in ('OPEN', 'WON', 'LOST')),
        amount numeric(14, 2),
        currency text,
        win_probability integer not null,
        owner_id uuid,
        company_id uuid,
        created_at timestamptz not null,
        closed_at timestamptz,
        as_of timestamptz not null,
        primary key (tenant_id, deal_id)
      )`);
    await queryRunner.query(
      `create index deals_tenant_created_idx on analytics.deals (tenant_id, created_at)`,
    );
    await queryRunner.query(
      `create index deals_tenant_closed_idx on analytics.deals (tenant_id, closed_at) where closed_at is not null`,
    );
    await queryRunner.query(
      `create index deals_tenant_owner_idx on analytics.deals (tenant_id, owner_id, status)`,
    );
    await queryRunner.query(`
      create table analytics.invoices (
        tenant_id uuid not null,
        invoice_id uuid not null,
        customer_id uuid not null,
        total numeric(14, 2) not null,
        currency text not null,
        status text not null,
        posted_at timestamptz,
        as_of timestamptz not null,
        primary key (tenant_id, invoice_id)
      )`);
    await queryRunner.query(
      `create index invoices_tenant_posted_idx on analytics.invoices (tenant_id, posted_at) where posted_at is not null`,
    );
    await queryRunner.query(
      `create index invoices_tenant_customer_idx on analytics.invoices (tenant_id, customer_id)`,
    );
    await queryRunner.query(`
      create table analytics.leads (
        tenant_id uuid not null,
        lead_id uuid not null,
        created_at timestamptz not null,
        primary key (tenant_id, lead_id)
      )`);
    await queryRunner.query(
      `create index leads_tenant_created_idx on analytics.leads (tenant_id, created_at)`,
    );
    await queryRunner.query(`
      create table analytics.dashboards (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 100),
        columns integer not null check (columns between 1 and 24),
        widgets jsonb not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index dashboards_tenant_name_key on analytics.dashboards (tenant_id, lower(name))`,
    );
    await queryRunner.query(
      `create index dashboards_tenant_list_idx on analytics.dashboards (tenant_id, lower(name), id)`,
    );
    await isolateTenantTables(queryRunner, 'analytics', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse())
      await queryRunner.query(`drop table analytics.${table}`);
  }
}
