import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['receivables', 'receivable_settlements', 'stock_moves'];

/**
 * Read models of erp's finance events. Receivables keep each posted invoice's immutable facts
 * (total, dates) apart from its settlements (payments and credit notes, one row each, keyed by
 * their erp id): a residual is `total − settlements`, so events may arrive in any order, twice, or
 * be replayed, and the figure as of any day is the one erp's ageing gives. Stock keeps one row per
 * erp stock move (its quantity and value change), so the valuation is a sum, order-free too.
 */
export class CreateFinanceReadModels1796000000005 implements MigrationInterface {
  name = 'CreateFinanceReadModels1796000000005';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table analytics.receivables (
        tenant_id uuid not null,
        invoice_id uuid not null,
        number text,
        customer_id uuid not null,
        currency text not null,
        total numeric(14, 2) not null,
        invoice_date date not null,
        due_date date not null,
        primary key (tenant_id, invoice_id)
      )`);
    await queryRunner.query(
      `create index receivables_tenant_due_idx on analytics.receivables (tenant_id, due_date)`,
    );
    await queryRunner.query(`
      create table analytics.receivable_settlements (
        tenant_id uuid not null,
        settlement_id uuid not null,
        invoice_id uuid not null,
        kind text not null check (kind in ('PAYMENT', 'CREDIT_NOTE')),
        amount numeric(14, 2) not null check (amount > 0),
        settled_on date not null,
        primary key (tenant_id, settlement_id)
      )`);
    await queryRunner.query(
      `create index receivable_settlements_invoice_idx on analytics.receivable_settlements (tenant_id, invoice_id)`,
    );
    await queryRunner.query(`
      create table analytics.stock_moves (
        tenant_id uuid not null,
        move_id uuid not null,
        product_id uuid not null,
        sku text,
        currency text not null,
        quantity_change numeric(18, 3) not null,
        value_change numeric(18, 2) not null,
        moved_at timestamptz not null,
        primary key (tenant_id, move_id)
      )`);
    await queryRunner.query(
      `create index stock_moves_tenant_product_idx on analytics.stock_moves (tenant_id, product_id)`,
    );
    await isolateTenantTables(queryRunner, 'analytics', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse())
      await queryRunner.query(`drop table analytics.${table}`);
  }
}
