import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['stock_moves', 'stock_quants'];

/**
 * Stock moves and the quantity on hand per product and location (quants) they add up to.
 *
 * A move is recorded done and never changes: triggers refuse UPDATE, DELETE and TRUNCATE, so a
 * correction is a reversing move (`reverses_move_id`, at most one per move). Its shape follows its
 * type: a receipt goes into a location, a delivery out of one, a transfer between two, an
 * adjustment either way; a reversal runs the other way. `value_change` is what the move did to the
 * product's stock value (transfers: nothing).
 *
 * Quants are maintained by the service in the move's transaction; `verifyStock` compares them with
 * the sum of the moves. A trigger refuses any quant change that takes a location further below zero
 * unless its warehouse allows negative stock, whatever code path writes it.
 */
export class CreateStockMoves1796200000002 implements MigrationInterface {
  name = 'CreateStockMoves1796200000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.stock_moves (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        type text not null check (type in ('RECEIPT', 'DELIVERY', 'TRANSFER', 'ADJUSTMENT')),
        product_id uuid not null,
        from_location_id uuid,
        to_location_id uuid,
        quantity numeric(12, 3) not null check (quantity > 0),
        unit_cost numeric(14, 2) check (unit_cost >= 0),
        value_change numeric(18, 2) not null,
        reason text check (char_length(reason) between 1 and 500),
        reference text check (char_length(reference) between 1 and 100),
        reverses_move_id uuid,
        created_by uuid,
        created_at timestamptz not null default now(),
        check (from_location_id is not null or to_location_id is not null),
        check (from_location_id is distinct from to_location_id),
        check ((type = 'TRANSFER') = (from_location_id is not null and to_location_id is not null)),
        check (type <> 'RECEIPT' or (reverses_move_id is null) = (to_location_id is not null)),
        check (type <> 'DELIVERY' or (reverses_move_id is null) = (from_location_id is not null)),
        check (type <> 'RECEIPT' or reverses_move_id is not null or unit_cost is not null),
        check (type <> 'ADJUSTMENT' or reason is not null),
        check (type <> 'TRANSFER' or value_change = 0),
        foreign key (tenant_id, product_id) references erp.products (tenant_id, id),
        foreign key (tenant_id, from_location_id) references erp.stock_locations (tenant_id, id),
        foreign key (tenant_id, to_location_id) references erp.stock_locations (tenant_id, id),
        foreign key (tenant_id, reverses_move_id) references erp.stock_moves (tenant_id, id),
        unique (tenant_id, id),
        unique (tenant_id, reverses_move_id)
      )`);
    await queryRunner.query(
      `create index stock_moves_tenant_created_idx on erp.stock_moves (tenant_id, created_at desc, id desc)`,
    );
    await queryRunner.query(
      `create index stock_moves_tenant_product_idx on erp.stock_moves (tenant_id, product_id, created_at desc, id desc)`,
    );
    await queryRunner.query(
      `create index stock_moves_tenant_from_idx on erp.stock_moves (tenant_id, from_location_id) where from_location_id is not null`,
    );
    await queryRunner.query(
      `create index stock_moves_tenant_to_idx on erp.stock_moves (tenant_id, to_location_id) where to_location_id is not null`,
    );
    await queryRunner.query(`
      create function erp.refuse_stock_move_change() returns trigger language plpgsql as $$
      begin
        raise exception 'stock moves are immutable; record a reversing move instead' using errcode = 'check_violation';
      end $$`);
    await queryRunner.query(`
      create trigger stock_moves_immutable before update or delete on erp.stock_moves
      for each row execute function erp.refuse_stock_move_change()`);
    await queryRunner.query(`
      create trigger stock_moves_no_truncate before truncate on erp.stock_moves
      for each statement execute function erp.refuse_stock_move_change()`);

    await queryRunner.query(`
      create table erp.stock_quants (
        tenant_id uuid not null,
        product_id uuid not null,
        warehouse_id uuid not null,
        location_id uuid not null,
        quantity numeric(18, 3) not null,
        updated_at timestamptz not null default now(),
        primary key (tenant_id, product_id, location_id),
        foreign key (tenant_id, product_id) references erp.products (tenant_id, id),
        foreign key (tenant_id, warehouse_id, location_id)
          references erp.stock_locations (tenant_id, warehouse_id, id)
      )`);
    await queryRunner.query(
      `create index stock_quants_tenant_location_idx on erp.stock_quants (tenant_id, location_id)`,
    );
    await queryRunner.query(
      `create index stock_quants_tenant_warehouse_idx on erp.stock_quants (tenant_id, warehouse_id, product_id)`,
    );
    await queryRunner.query(`
      create function erp.refuse_forbidden_negative_stock() returns trigger language plpgsql as $$
      begin
        if new.quantity < 0 and (tg_op = 'INSERT' or new.quantity < old.quantity) and not exists (
          select 1 from erp.warehouses
          where tenant_id = new.tenant_id and id = new.warehouse_id and allow_negative_stock
        ) then
          raise exception 'warehouse % does not allow negative stock', new.warehouse_id using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger stock_quants_negative_guard before insert or update on erp.stock_quants
      for each row execute function erp.refuse_forbidden_negative_stock()`);

    await queryRunner.query(`
      create function erp.refuse_moved_product_unit_change() returns trigger language plpgsql as $$
      begin
        if (new.currency <> old.currency or new.unit <> old.unit) and exists (
          select 1 from erp.stock_moves where tenant_id = old.tenant_id and product_id = old.id
        ) then
          raise exception 'product % has stock moves: its unit and currency are fixed', old.sku using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger products_moved_unit_fixed before update of currency, unit on erp.products
      for each row execute function erp.refuse_moved_product_unit_change()`);

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop trigger products_moved_unit_fixed on erp.products`);
    await queryRunner.query(`drop function erp.refuse_moved_product_unit_change()`);
    await queryRunner.query(`drop table erp.stock_quants`);
    await queryRunner.query(`drop function erp.refuse_forbidden_negative_stock()`);
    await queryRunner.query(`drop table erp.stock_moves`);
    await queryRunner.query(`drop function erp.refuse_stock_move_change()`);
  }
}
