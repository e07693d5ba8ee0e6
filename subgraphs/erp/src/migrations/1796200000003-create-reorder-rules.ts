import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/** Reorder rules: per product and warehouse, the minimum to keep and the maximum to refill to. */
export class CreateReorderRules1796200000003 implements MigrationInterface {
  name = 'CreateReorderRules1796200000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.reorder_rules (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        product_id uuid not null,
        warehouse_id uuid not null,
        min_quantity numeric(18, 3) not null check (min_quantity >= 0),
        max_quantity numeric(18, 3) not null check (max_quantity >= min_quantity),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        foreign key (tenant_id, product_id) references erp.products (tenant_id, id) on delete cascade,
        foreign key (tenant_id, warehouse_id) references erp.warehouses (tenant_id, id) on delete cascade,
        unique (tenant_id, id),
        unique (tenant_id, product_id, warehouse_id)
      )`);
    await queryRunner.query(
      `create index reorder_rules_tenant_warehouse_idx on erp.reorder_rules (tenant_id, warehouse_id)`,
    );
    await queryRunner.query(`alter table erp.reorder_rules enable row level security`);
    await queryRunner.query(`alter table erp.reorder_rules force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on erp.reorder_rules using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.reorder_rules`);
  }
}
