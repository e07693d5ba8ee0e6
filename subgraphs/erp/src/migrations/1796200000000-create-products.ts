import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The tenant's products. A SKU is unique per tenant whatever its case (`lower(sku)`). Each product
 * also carries its stock totals (quantity on hand in every location, stock value and moving average
 * cost), maintained by the stock moves in the transaction that records them: the product row is the
 * lock every move of the product takes, so those totals and each location's quantity change in one
 * order (see modules/stock/stock-lock.ts). Currency and unit are fixed once a move names the product.
 */
export class CreateProducts1796200000000 implements MigrationInterface {
  name = 'CreateProducts1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.products (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        sku text not null check (char_length(sku) between 1 and 64 and sku = btrim(sku)),
        name text not null check (char_length(name) between 1 and 200),
        description text check (char_length(description) between 1 and 2000),
        unit text not null check (unit ~ '^[a-z0-9]{1,10}$'),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        cost_price numeric(14, 2) not null default 0 check (cost_price >= 0),
        sale_price numeric(14, 2) not null default 0 check (sale_price >= 0),
        active boolean not null default true,
        stock_quantity numeric(18, 3) not null default 0,
        stock_value numeric(18, 2) not null default 0,
        average_cost numeric(20, 6) check (average_cost >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index products_tenant_sku_key on erp.products (tenant_id, lower(sku))`,
    );
    await queryRunner.query(
      `create index products_tenant_name_idx on erp.products (tenant_id, lower(name), id)`,
    );
    await queryRunner.query(
      `create index products_tenant_created_idx on erp.products (tenant_id, created_at, id)`,
    );
    await queryRunner.query(
      `create index products_tenant_search_trgm_idx on erp.products
       using gin (tenant_id, lower(name) public.gin_trgm_ops, lower(sku) public.gin_trgm_ops)`,
    );
    await queryRunner.query(`alter table erp.products enable row level security`);
    await queryRunner.query(`alter table erp.products force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on erp.products using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.products`);
  }
}
