import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activities may be logged against a person or a deal as well as a company, each through a
 * tenant-safe foreign key; every activity names at least one record.
 */
export class ActivitiesOnPeopleAndDeals1795920000000 implements MigrationInterface {
  name = 'ActivitiesOnPeopleAndDeals1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table crm.activities
        add column person_id uuid,
        add column deal_id uuid,
        add constraint activities_person_fkey foreign key (tenant_id, person_id)
          references crm.people (tenant_id, id) on delete cascade,
        add constraint activities_deal_fkey foreign key (tenant_id, deal_id)
          references crm.deals (tenant_id, id) on delete cascade,
        add constraint activities_record_check
          check (company_id is not null or person_id is not null or deal_id is not null)`);
    await queryRunner.query(
      `create index activities_person_timeline_idx on crm.activities (tenant_id, person_id, occurred_at desc, id desc) where person_id is not null`,
    );
    await queryRunner.query(
      `create index activities_deal_timeline_idx on crm.activities (tenant_id, deal_id, occurred_at desc, id desc) where deal_id is not null`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table crm.activities drop constraint activities_record_check, drop column person_id, drop column deal_id`,
    );
  }
}
