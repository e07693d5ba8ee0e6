import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Activities: notes, tasks, calls, meetings and e-mails logged against a record. A record is named by
 * a tenant-safe foreign key ((tenant_id, company_id) → companies), so an activity can never be
 * attached to another tenant's record; people and deals get their columns the same way.
 */
export class CreateActivities1795850000000 implements MigrationInterface {
  name = 'CreateActivities1795850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table crm.activities (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        kind text not null check (kind in ('NOTE', 'TASK', 'CALL', 'MEETING', 'EMAIL')),
        subject text not null check (char_length(subject) between 1 and 200),
        body text check (char_length(body) <= 10000),
        company_id uuid,
        occurred_at timestamptz not null default now(),
        due_at timestamptz,
        done_at timestamptz,
        assignee_id uuid,
        author_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id),
        foreign key (tenant_id, company_id) references crm.companies (tenant_id, id) on delete cascade,
        check (kind = 'TASK' or (due_at is null and done_at is null and assignee_id is null))
      )`);
    await queryRunner.query(
      `create index activities_company_timeline_idx on crm.activities (tenant_id, company_id, occurred_at desc, id desc)`,
    );
    await queryRunner.query(
      `create index activities_open_tasks_idx on crm.activities (tenant_id, assignee_id, due_at, id) where kind = 'TASK'`,
    );
    await queryRunner.query(`alter table crm.activities enable row level security`);
    await queryRunner.query(`alter table crm.activities force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on crm.activities using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table crm.activities`);
  }
}
