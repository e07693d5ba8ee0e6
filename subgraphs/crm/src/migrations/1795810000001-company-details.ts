import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Companies gain industry, employee count, a postal address and tags, and the indexes their lists
 * need: one per ordering (keyset pagination walks them), the filters, and trigram indexes for the
 * case-insensitive substring search on name and domain. Every index starts with tenant_id; the GIN
 * ones can because btree_gin (like pg_trgm) is created by the kit when it provisions the database.
 */
export class CompanyDetails1795810000001 implements MigrationInterface {
  name = 'CompanyDetails1795810000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table crm.companies
        add column industry text check (char_length(industry) between 1 and 100),
        add column employee_count integer check (employee_count between 0 and 10000000),
        add column address_street text check (char_length(address_street) between 1 and 200),
        add column address_city text check (char_length(address_city) between 1 and 100),
        add column address_postal_code text check (char_length(address_postal_code) between 1 and 20),
        add column address_region text check (char_length(address_region) between 1 and 100),
        add column address_country text check (address_country ~ '^[A-Z]{2}$'),
        add column tags text[] not null default '{}'
          check (cardinality(tags) <= 20 and array_position(tags, null) is null)`);
    const indexes = [
      `companies_tenant_created_idx on crm.companies (tenant_id, created_at, id)`,
      `companies_tenant_updated_idx on crm.companies (tenant_id, updated_at, id)`,
      // Unknown sizes sort as -1: keyset comparisons need a total order without nulls.
      `companies_tenant_employees_idx on crm.companies (tenant_id, (coalesce(employee_count, -1)), id)`,
      `companies_tenant_industry_idx on crm.companies (tenant_id, lower(industry))`,
      `companies_tenant_owner_idx on crm.companies (tenant_id, owner_id)`,
      `companies_tenant_tags_idx on crm.companies using gin (tenant_id, tags)`,
      `companies_tenant_name_trgm_idx on crm.companies using gin (tenant_id, lower(name) public.gin_trgm_ops)`,
      `companies_tenant_domain_trgm_idx on crm.companies using gin (tenant_id, domain public.gin_trgm_ops)`,
    ];
    for (const index of indexes) await queryRunner.query(`create index ${index}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const index of [
      'companies_tenant_created_idx',
      'companies_tenant_updated_idx',
      'companies_tenant_employees_idx',
      'companies_tenant_industry_idx',
      'companies_tenant_owner_idx',
      'companies_tenant_tags_idx',
      'companies_tenant_name_trgm_idx',
      'companies_tenant_domain_trgm_idx',
    ]) {
      await queryRunner.query(`drop index crm.${index}`);
    }
    await queryRunner.query(`
      alter table crm.companies drop column industry, drop column employee_count,
        drop column address_street, drop column address_city, drop column address_postal_code,
        drop column address_region, drop column address_country, drop column tags`);
  }
}
