import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One index per ordering of `deals` and `leads` (tenant_id, the sort expression, id), each usable in
 * both directions, so every page of every order is an index range however large the tenant.
 */
export class DealAndLeadOrderings1795940000000 implements MigrationInterface {
  name = 'DealAndLeadOrderings1795940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // (created_at desc, id) could not give "created_at desc, id desc" without a sort step.
    await queryRunner.query(`drop index crm.deals_tenant_created_idx`);
    await queryRunner.query(`drop index crm.deals_tenant_amount_idx`);
    await queryRunner.query(`drop index crm.leads_tenant_created_idx`);
    for (const [name, expression] of [
      ['deals_tenant_created_idx', 'created_at'],
      ['deals_tenant_updated_idx', 'updated_at'],
      ['deals_tenant_amount_idx', 'coalesce(amount, -1)'],
      ['deals_tenant_close_date_idx', `coalesce(expected_close_date, 'infinity'::date)`],
    ]) {
      await queryRunner.query(`create index ${name} on crm.deals (tenant_id, ${expression}, id)`);
    }
    for (const [name, expression] of [
      ['leads_tenant_created_idx', 'created_at'],
      ['leads_tenant_updated_idx', 'updated_at'],
      ['leads_tenant_name_idx', 'lower(name)'],
      ['leads_tenant_score_idx', 'coalesce(score, -1)'],
    ]) {
      await queryRunner.query(`create index ${name} on crm.leads (tenant_id, ${expression}, id)`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of [
      'deals_tenant_updated_idx',
      'deals_tenant_close_date_idx',
      'leads_tenant_updated_idx',
    ]) {
      await queryRunner.query(`drop index crm.${name}`);
    }
    await queryRunner.query(`drop index crm.leads_tenant_name_idx`);
    await queryRunner.query(`drop index crm.leads_tenant_score_idx`);
    await queryRunner.query(`drop index crm.deals_tenant_created_idx`);
    await queryRunner.query(`drop index crm.deals_tenant_amount_idx`);
    await queryRunner.query(`drop index crm.leads_tenant_created_idx`);
    await queryRunner.query(
      `create index deals_tenant_created_idx on crm.deals (tenant_id, created_at desc, id)`,
    );
    await queryRunner.query(`create index deals_tenant_amount_idx on crm.deals (tenant_id, amount desc, id)`);
    await queryRunner.query(
      `create index leads_tenant_created_idx on crm.leads (tenant_id, created_at desc, id)`,
    );
  }
}
