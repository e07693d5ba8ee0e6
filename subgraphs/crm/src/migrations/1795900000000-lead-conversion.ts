import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a converted lead became: tenant-safe references to the person, company and deal
 * `convertLead` created or reused (merges re-point them like every other reference).
 */
export class LeadConversion1795900000000 implements MigrationInterface {
  name = 'LeadConversion1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table crm.leads
        add column converted_person_id uuid,
        add column converted_company_id uuid,
        add column converted_deal_id uuid,
        add constraint leads_converted_person_fkey foreign key (tenant_id, converted_person_id)
          references crm.people (tenant_id, id) on delete set null (converted_person_id),
        add constraint leads_converted_company_fkey foreign key (tenant_id, converted_company_id)
          references crm.companies (tenant_id, id) on delete set null (converted_company_id),
        add constraint leads_converted_deal_fkey foreign key (tenant_id, converted_deal_id)
          references crm.deals (tenant_id, id) on delete set null (converted_deal_id)`);
    for (const column of ['converted_person_id', 'converted_company_id', 'converted_deal_id']) {
      await queryRunner.query(
        `create index leads_${column}_idx on crm.leads (tenant_id, ${column}) where ${column} is not null`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table crm.leads drop column converted_person_id, drop column converted_company_id, drop column converted_deal_id`,
    );
  }
}
