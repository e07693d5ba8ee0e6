import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

const TABLES = [
  'tenant_setup',
  'pipelines',
  'pipeline_stages',
  'lost_reasons',
  'deals',
  'deal_stage_changes',
];

/**
 * Pipelines (ordered stages with a win probability, one WON and one LOST stage each), the tenant's
 * catalogue of lost reasons, deals and their stage history. Every table is isolated per tenant by
 * RLS; references use composite keys on (tenant_id, ...) because foreign key checks ignore RLS. A
 * deal's (pipeline_id, stage_id) references the stage's own (pipeline_id, id), so a deal can never
 * sit in a stage of another pipeline. Positions within a stage are unique, checked at commit (a move
 * shifts its neighbours within one transaction).
 */
export class CreatePipelinesAndDeals1795820000001 implements MigrationInterface {
  name = 'CreatePipelinesAndDeals1795820000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // One row per tenant crm has set up (default pipeline, lost reasons): the seed's idempotency key.
    await queryRunner.query(`
      create table crm.tenant_setup (
        tenant_id uuid primary key,
        seeded_at timestamptz not null default now()
      )`);
    await queryRunner.query(`
      create table crm.pipelines (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 100),
        is_default boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index pipelines_tenant_name_key on crm.pipelines (tenant_id, lower(name))`,
    );
    await queryRunner.query(
      `create unique index pipelines_tenant_default_key on crm.pipelines (tenant_id) where is_default`,
    );
    await queryRunner.query(`
      create table crm.pipeline_stages (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        pipeline_id uuid not null,
        name text not null check (char_length(name) between 1 and 100),
        position integer not null check (position >= 0),
        win_probability integer not null check (win_probability between 0 and 100),
        kind text not null check (kind in ('OPEN', 'WON', 'LOST')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id),
        unique (tenant_id, pipeline_id, id),
        constraint pipeline_stages_position_key unique (tenant_id, pipeline_id, position)
          deferrable initially deferred,
        foreign key (tenant_id, pipeline_id) references crm.pipelines (tenant_id, id) on delete cascade
      )`);
    await queryRunner.query(
      `create unique index pipeline_stages_tenant_name_key on crm.pipeline_stages (tenant_id, pipeline_id, lower(name))`,
    );
    await queryRunner.query(`
      create table crm.lost_reasons (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 100),
        position integer not null,
        created_at timestamptz not null default now(),
        unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index lost_reasons_tenant_name_key on crm.lost_reasons (tenant_id, lower(name))`,
    );
    await queryRunner.query(`
      create table crm.deals (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        title text not null check (char_length(title) between 1 and 200),
        amount numeric(14, 2) check (amount >= 0),
        currency text check (currency ~ '^[A-Z]{3}$'),
        expected_close_date date,
        pipeline_id uuid not null,
        stage_id uuid not null,
        position integer not null check (position >= 0),
        status text not null default 'OPEN' check (status in ('OPEN', 'WON', 'LOST')),
        lost_reason_id uuid,
        owner_id uuid,
        company_id uuid,
        closed_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id),
        constraint deals_stage_position_key unique (tenant_id, stage_id, position) deferrable initially deferred,
        check ((amount is null) = (currency is null)),
        check ((status = 'LOST') = (lost_reason_id is not null)),
        check ((status = 'OPEN') = (closed_at is null)),
        foreign key (tenant_id, pipeline_id, stage_id) references crm.pipeline_stages (tenant_id, pipeline_id, id),
        foreign key (tenant_id, lost_reason_id) references crm.lost_reasons (tenant_id, id),
        foreign key (tenant_id, company_id) references crm.companies (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index deals_tenant_created_idx on crm.deals (tenant_id, created_at desc, id)`,
    );
    await queryRunner.query(`create index deals_tenant_title_idx on crm.deals (tenant_id, lower(title), id)`);
    await queryRunner.query(`create index deals_tenant_amount_idx on crm.deals (tenant_id, amount desc, id)`);
    await queryRunner.query(
      `create index deals_tenant_pipeline_idx on crm.deals (tenant_id, pipeline_id, status)`,
    );
    await queryRunner.query(
      `create index deals_tenant_owner_idx on crm.deals (tenant_id, owner_id, created_at desc)`,
    );
    await queryRunner.query(
      `create index deals_tenant_company_idx on crm.deals (tenant_id, company_id, created_at desc)`,
    );
    await queryRunner.query(`
      create table crm.deal_stage_changes (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        deal_id uuid not null,
        from_stage_id uuid,
        to_stage_id uuid not null,
        changed_by uuid,
        changed_at timestamptz not null default clock_timestamp(),
        foreign key (tenant_id, deal_id) references crm.deals (tenant_id, id) on delete cascade,
        foreign key (tenant_id, from_stage_id) references crm.pipeline_stages (tenant_id, id),
        foreign key (tenant_id, to_stage_id) references crm.pipeline_stages (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index deal_stage_changes_deal_idx on crm.deal_stage_changes (tenant_id, deal_id, changed_at desc)`,
    );
    for (const table of TABLES) {
      await queryRunner.query(`alter table crm.${table} enable row level security`);
      await queryRunner.query(`alter table crm.${table} force row level security`);
      await queryRunner.query(
        `create policy tenant_isolation on crm.${table} using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await queryRunner.query(`drop table crm.${table}`);
  }
}
