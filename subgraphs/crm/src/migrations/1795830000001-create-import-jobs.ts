import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * CSV import jobs: what a client polls while an import runs. `errors` keeps the first 1,000 row
 * errors (line, column, code, message); `error_count` counts them all.
 */
export class CreateImportJobs1795830000001 implements MigrationInterface {
  name = 'CreateImportJobs1795830000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table crm.import_jobs (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        entity text not null,
        status text not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        skip_bad_rows boolean not null,
        total integer not null check (total >= 0),
        processed integer not null default 0 check (processed between 0 and total),
        imported integer not null default 0 check (imported between 0 and total),
        error_count integer not null default 0 check (error_count >= 0),
        errors jsonb not null default '[]' check (jsonb_typeof(errors) = 'array'),
        message text,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        finished_at timestamptz,
        constraint import_jobs_tenant_id_id_key unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index import_jobs_tenant_created_idx on crm.import_jobs (tenant_id, created_at desc, id desc)`,
    );
    await queryRunner.query(`alter table crm.import_jobs enable row level security`);
    await queryRunner.query(`alter table crm.import_jobs force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on crm.import_jobs using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table crm.import_jobs`);
  }
}
