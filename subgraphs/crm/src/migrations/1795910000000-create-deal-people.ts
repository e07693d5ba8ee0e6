import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** The people involved in a deal; both ends are tenant-safe foreign keys. */
export class CreateDealPeople1795910000000 implements MigrationInterface {
  name = 'CreateDealPeople1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table crm.deal_people (
        tenant_id uuid not null,
        deal_id uuid not null,
        person_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (tenant_id, deal_id, person_id),
        foreign key (tenant_id, deal_id) references crm.deals (tenant_id, id) on delete cascade,
        foreign key (tenant_id, person_id) references crm.people (tenant_id, id) on delete cascade
      )`);
    await queryRunner.query(`create index deal_people_person_idx on crm.deal_people (tenant_id, person_id)`);
    await queryRunner.query(`alter table crm.deal_people enable row level security`);
    await queryRunner.query(`alter table crm.deal_people force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on crm.deal_people using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table crm.deal_people`);
  }
}
