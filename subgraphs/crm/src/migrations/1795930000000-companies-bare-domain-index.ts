import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Companies by domain without its `www.`: what `duplicateCandidates` joins on to find two companies
 * of a tenant with the same domain, an index lookup per company instead of a scan of the tenant.
 */
export class CompaniesBareDomainIndex1795930000000 implements MigrationInterface {
  name = 'CompaniesBareDomainIndex1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `create index companies_tenant_bare_domain_idx
         on crm.companies (tenant_id, regexp_replace(domain, '^www\\.', ''), id) where domain is not null`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop index crm.companies_tenant_bare_domain_idx`);
  }
}
