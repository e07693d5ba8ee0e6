import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['invoice_counters', 'invoices', 'invoice_lines'];

/**
 * Invoices, their lines and the per-tenant number counter. Every table is tenant-isolated by forced
 * row-level security; posted invoices are made immutable by triggers, so no future code path (or a
 * hand-written fix in psql) can quietly change what was billed.
 */
export class CreateInvoices1795615492321 implements MigrationInterface {
  name = 'CreateInvoices1795615492321';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.invoice_counters (
        tenant_id uuid primary key,
        last_number bigint not null check (last_number > 0)
      )`);
    await queryRunner.query(`
      create table erp.invoices (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        sequence bigint not null check (sequence > 0),
        number text not null,
        customer_id uuid not null,
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'POSTED')),
        total numeric(14, 2) not null check (total >= 0),
        issued_at timestamptz,
        created_at timestamptz not null default now(),
        check ((status = 'POSTED') = (issued_at is not null)),
        unique (tenant_id, id),
        unique (tenant_id, sequence),
        unique (tenant_id, number)
      )`);
    // Company.invoices and openBalance read by customer; the tenant list filters by status.
    await queryRunner.query(
      `create index invoices_tenant_customer_idx on erp.invoices (tenant_id, customer_id, sequence desc, id desc)`,
    );
    await queryRunner.query(
      `create index invoices_tenant_status_idx on erp.invoices (tenant_id, status, sequence desc, id desc)`,
    );
    await queryRunner.query(`
      create table erp.invoice_lines (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        invoice_id uuid not null,
        position integer not null check (position >= 0),
        description text not null check (char_length(description) between 1 and 500),
        quantity numeric(12, 3) not null check (quantity > 0),
        unit_price numeric(14, 2) not null check (unit_price >= 0),
        amount numeric(14, 2) not null check (amount >= 0),
        -- The line's tenant is its invoice's tenant, enforced by the key itself.
        foreign key (tenant_id, invoice_id) references erp.invoices (tenant_id, id) on delete cascade,
        unique (tenant_id, invoice_id, position)
      )`);

    await queryRunner.query(`
      create function erp.refuse_posted_invoice_change() returns trigger language plpgsql as $$
      begin
        if old.status = 'POSTED' then
          raise exception 'invoice % is posted and cannot be changed', old.number using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`);
    await queryRunner.query(`
      create trigger invoices_posted_immutable before update or delete on erp.invoices
      for each row execute function erp.refuse_posted_invoice_change()`);
    await queryRunner.query(`
      create function erp.refuse_posted_invoice_line_change() returns trigger language plpgsql as $$
      declare
        line erp.invoice_lines := case when tg_op = 'DELETE' then old else new end;
      begin
        if exists (select 1 from erp.invoices where tenant_id = line.tenant_id and id = line.invoice_id and status = 'POSTED')
           or (tg_op = 'UPDATE' and exists (
             select 1 from erp.invoices where tenant_id = old.tenant_id and id = old.invoice_id and status = 'POSTED')) then
          raise exception 'the lines of a posted invoice cannot be changed' using errcode = 'check_violation';
        end if;
        return line;
      end $$`);
    await queryRunner.query(`
      create trigger invoice_lines_posted_immutable before insert or update or delete on erp.invoice_lines
      for each row execute function erp.refuse_posted_invoice_line_change()`);

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.invoice_lines`);
    await queryRunner.query(`drop table erp.invoices`);
    await queryRunner.query(`drop table erp.invoice_counters`);
    await queryRunner.query(`drop function erp.refuse_posted_invoice_line_change()`);
    await queryRunner.query(`drop function erp.refuse_posted_invoice_change()`);
  }
}
