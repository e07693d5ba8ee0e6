import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `unique (tenant_id, id)` on companies, so tables that point at a company (people, deals, notes)
 * can use a foreign key on (tenant_id, company_id). Foreign key checks ignore row-level security: a
 * key on company_id alone would accept another tenant's company.
 */
export class CompaniesTenantKey1795800000000 implements MigrationInterface {
  name = 'CompaniesTenantKey1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table crm.companies add constraint companies_tenant_id_id_key unique (tenant_id, id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table crm.companies drop constraint companies_tenant_id_id_key`);
  }
}
