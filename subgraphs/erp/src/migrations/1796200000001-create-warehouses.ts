import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['warehouses', 'stock_locations'];
const CODE = `'^[A-Z0-9][A-Z0-9_-]{0,19}$'`;

/**
 * Warehouses and the locations inside them. Codes are stored upper-case: a warehouse code is unique
 * per tenant, a location code per warehouse. Each warehouse has exactly one default location (the
 * partial unique index), created with it; `allow_negative_stock` is what lets its locations go
 * below zero.
 */
export class CreateWarehouses1796200000001 implements MigrationInterface {
  name = 'CreateWarehouses1796200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.warehouses (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        code text not null check (code ~ ${CODE}),
        name text not null check (char_length(name) between 1 and 200),
        allow_negative_stock boolean not null default false,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id),
        unique (tenant_id, code)
      )`);
    await queryRunner.query(`
      create table erp.stock_locations (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        warehouse_id uuid not null,
        code text not null check (code ~ ${CODE}),
        name text not null check (char_length(name) between 1 and 200),
        is_default boolean not null default false,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        -- The default location is where stock goes when nothing else is said: it stays active.
        check (active or not is_default),
        foreign key (tenant_id, warehouse_id) references erp.warehouses (tenant_id, id) on delete cascade,
        unique (tenant_id, id),
        unique (tenant_id, warehouse_id, id),
        unique (tenant_id, warehouse_id, code)
      )`);
    await queryRunner.query(
      `create unique index stock_locations_one_default_key on erp.stock_locations (tenant_id, warehouse_id) where is_default`,
    );
    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.stock_locations`);
    await queryRunner.query(`drop table erp.warehouses`);
  }
}
