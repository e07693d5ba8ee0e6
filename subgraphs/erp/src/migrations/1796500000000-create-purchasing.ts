import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'purchase_order_counters',
  'purchase_orders',
  'purchase_order_lines',
  'purchase_receipts',
  'supplier_bill_counters',
  'supplier_bills',
  'supplier_bill_lines',
];

/**
 * Purchasing: purchase orders (numbered gap-free per tenant, `PO-000001`) and their lines, the
 * receipts that turned lines into stock moves, and supplier bills matched to the lines (`BILL-…`).
 *
 * The three-way match is held by the database as well as the service: a line never receives more
 * than it ordered nor bills more than it received (checks on the line). Once a purchase order left
 * DRAFT, what was ordered is fixed: triggers refuse changing its supplier, currency or totals, adding,
 * removing or changing lines, except the received and billed figures receipts and bills move on.
 * Receipts and bills are append-only. The supplier is a company of erp's replica of crm (foreign key).
 */
export class CreatePurchasing1796500000000 implements MigrationInterface {
  name = 'CreatePurchasing1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const counter of ['purchase_order_counters', 'supplier_bill_counters']) {
      await queryRunner.query(`
        create table erp.${counter} (
          tenant_id uuid primary key,
          last_number bigint not null check (last_number > 0)
        )`);
    }
    await queryRunner.query(`
      create table erp.purchase_orders (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        sequence bigint not null check (sequence > 0),
        number text not null,
        supplier_id uuid not null,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        status text not null default 'DRAFT'
          check (status in ('DRAFT', 'CONFIRMED', 'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
        order_date date not null,
        notes text check (char_length(notes) between 1 and 1000),
        subtotal numeric(14, 2) not null check (subtotal >= 0),
        tax_total numeric(14, 2) not null check (tax_total >= 0),
        total numeric(14, 2) not null check (total = subtotal + tax_total),
        confirmed_at timestamptz,
        cancelled_at timestamptz,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check ((status = 'CANCELLED') = (cancelled_at is not null)),
        check (status in ('DRAFT', 'CANCELLED') or confirmed_at is not null),
        unique (tenant_id, id),
        unique (tenant_id, sequence),
        unique (tenant_id, number),
        foreign key (tenant_id, supplier_id) references erp.companies (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index purchase_orders_tenant_sequence_idx on erp.purchase_orders (tenant_id, sequence desc, id desc)`,
    );
    await queryRunner.query(
      `create index purchase_orders_tenant_supplier_idx on erp.purchase_orders (tenant_id, supplier_id, sequence desc, id desc)`,
    );
    await queryRunner.query(`
      create table erp.purchase_order_lines (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        purchase_order_id uuid not null,
        position integer not null check (position >= 0),
        product_id uuid not null,
        location_id uuid not null,
        description text check (char_length(description) between 1 and 500),
        quantity numeric(12, 3) not null check (quantity > 0),
        unit_cost numeric(14, 2) not null check (unit_cost >= 0),
        amount numeric(14, 2) not null check (amount >= 0),
        tax_rate_id uuid,
        tax_rate numeric(7, 4),
        tax numeric(14, 2) not null default 0 check (tax >= 0),
        received_quantity numeric(12, 3) not null default 0
          check (received_quantity >= 0 and received_quantity <= quantity),
        billed_quantity numeric(12, 3) not null default 0
          check (billed_quantity >= 0 and billed_quantity <= received_quantity),
        -- What the receipts booked to goods received not billed, and what bills have cleared of it.
        received_value numeric(18, 2) not null default 0 check (received_value >= 0),
        billed_value numeric(18, 2) not null default 0 check (billed_value >= 0),
        check ((tax_rate_id is null) = (tax_rate is null)),
        unique (tenant_id, id),
        unique (tenant_id, purchase_order_id, position),
        foreign key (tenant_id, purchase_order_id) references erp.purchase_orders (tenant_id, id) on delete cascade,
        foreign key (tenant_id, product_id) references erp.products (tenant_id, id),
        foreign key (tenant_id, location_id) references erp.stock_locations (tenant_id, id),
        foreign key (tenant_id, tax_rate_id) references erp.tax_rates (tenant_id, id)
      )`);
    await queryRunner.query(`
      create table erp.purchase_receipts (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        purchase_order_id uuid not null,
        purchase_order_line_id uuid not null,
        stock_move_id uuid not null,
        quantity numeric(12, 3) not null check (quantity > 0),
        created_by uuid,
        created_at timestamptz not null default now(),
        unique (tenant_id, stock_move_id),
        foreign key (tenant_id, purchase_order_id) references erp.purchase_orders (tenant_id, id),
        foreign key (tenant_id, purchase_order_line_id) references erp.purchase_order_lines (tenant_id, id),
        foreign key (tenant_id, stock_move_id) references erp.stock_moves (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index purchase_receipts_tenant_order_idx on erp.purchase_receipts (tenant_id, purchase_order_id, created_at)`,
    );
    await queryRunner.query(`
      create table erp.supplier_bills (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        sequence bigint not null check (sequence > 0),
        number text not null,
        purchase_order_id uuid not null,
        supplier_id uuid not null,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        bill_date date not null,
        supplier_reference text check (char_length(supplier_reference) between 1 and 100),
        subtotal numeric(14, 2) not null check (subtotal >= 0),
        tax_total numeric(14, 2) not null check (tax_total >= 0),
        total numeric(14, 2) not null check (total = subtotal + tax_total),
        price_difference numeric(14, 2) not null,
        journal_entry_id uuid,
        created_by uuid,
        created_at timestamptz not null default now(),
        unique (tenant_id, id),
        unique (tenant_id, sequence),
        unique (tenant_id, number),
        foreign key (tenant_id, purchase_order_id) references erp.purchase_orders (tenant_id, id),
        foreign key (tenant_id, supplier_id) references erp.companies (tenant_id, id),
        foreign key (tenant_id, journal_entry_id) references erp.journal_entries (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index supplier_bills_tenant_order_idx on erp.supplier_bills (tenant_id, purchase_order_id, sequence)`,
    );
    await queryRunner.query(`
      create table erp.supplier_bill_lines (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        supplier_bill_id uuid not null,
        purchase_order_line_id uuid not null,
        position integer not null check (position >= 0),
        quantity numeric(12, 3) not null check (quantity > 0),
        unit_cost numeric(14, 2) not null check (unit_cost >= 0),
        amount numeric(14, 2) not null check (amount >= 0),
        tax numeric(14, 2) not null check (tax >= 0),
        receipt_value numeric(14, 2) not null check (receipt_value >= 0),
        unique (tenant_id, supplier_bill_id, position),
        foreign key (tenant_id, supplier_bill_id) references erp.supplier_bills (tenant_id, id),
        foreign key (tenant_id, purchase_order_line_id) references erp.purchase_order_lines (tenant_id, id)
      )`);

    await queryRunner.query(`
      create function erp.refuse_confirmed_purchase_order_change() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then
          raise exception 'purchase order % cannot be deleted; cancel it', old.number using errcode = 'check_violation';
        end if;
        if old.status <> 'DRAFT' and (new.supplier_id, new.currency, new.order_date, new.notes, new.subtotal,
            new.tax_total, new.total, new.sequence, new.number)
            is distinct from (old.supplier_id, old.currency, old.order_date, old.notes, old.subtotal,
            old.tax_total, old.total, old.sequence, old.number) then
          raise exception 'purchase order % is confirmed and cannot be edited', old.number using errcode = 'check_violation';
        end if;
        if old.status in ('RECEIVED', 'CANCELLED') and new.status <> old.status then
          raise exception 'purchase order % is %: its status is final', old.number, old.status using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger purchase_orders_confirmed_fixed before update or delete on erp.purchase_orders
      for each row execute function erp.refuse_confirmed_purchase_order_change()`);
    await queryRunner.query(`
      create function erp.refuse_confirmed_purchase_line_change() returns trigger language plpgsql as $$
      declare
        line erp.purchase_order_lines := case when tg_op = 'DELETE' then old else new end;
      begin
        if exists (select 1 from erp.purchase_orders
                   where tenant_id = line.tenant_id and id = line.purchase_order_id and status <> 'DRAFT')
           and (tg_op <> 'UPDATE' or (new.purchase_order_id, new.position, new.product_id, new.location_id,
                 new.description, new.quantity, new.unit_cost, new.amount, new.tax_rate_id, new.tax_rate, new.tax)
               is distinct from (old.purchase_order_id, old.position, old.product_id, old.location_id,
                 old.description, old.quantity, old.unit_cost, old.amount, old.tax_rate_id, old.tax_rate, old.tax)) then
          raise exception 'the lines of a confirmed purchase order cannot be changed' using errcode = 'check_violation';
        end if;
        return line;
      end $$`);
    await queryRunner.query(`
      create trigger purchase_order_lines_confirmed_fixed before insert or update or delete on erp.purchase_order_lines
      for each row execute function erp.refuse_confirmed_purchase_line_change()`);
    await queryRunner.query(`
      create function erp.refuse_purchase_document_change() returns trigger language plpgsql as $$
      begin
        raise exception '% are never changed or deleted; record a new document instead', tg_table_name
          using errcode = 'check_violation';
      end $$`);
    for (const table of ['purchase_receipts', 'supplier_bills', 'supplier_bill_lines']) {
      await queryRunner.query(`
        create trigger ${table}_append_only before update or delete on erp.${table}
        for each row execute function erp.refuse_purchase_document_change()`);
    }

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse()) await queryRunner.query(`drop table erp.${table}`);
    await queryRunner.query(`drop function erp.refuse_purchase_document_change()`);
    await queryRunner.query(`drop function erp.refuse_confirmed_purchase_line_change()`);
    await queryRunner.query(`drop function erp.refuse_confirmed_purchase_order_change()`);
  }
}
