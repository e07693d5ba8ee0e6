import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['payments', 'credit_note_counters', 'credit_notes'];

/**
 * Payments received against invoices and credit notes issued against them, each with the journal
 * entry that booked it. Both are append-only (a mistake is corrected by a new document, as in the
 * ledger): the trigger refuses every update and delete. Credit notes are numbered gap-free per
 * tenant like invoices (`CN-000001`).
 */
export class CreatePaymentsAndCreditNotes1796400000002 implements MigrationInterface {
  name = 'CreatePaymentsAndCreditNotes1796400000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.payments (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        invoice_id uuid not null,
        amount numeric(14, 2) not null check (amount > 0),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        payment_date date not null,
        method text not null check (method in ('BANK_TRANSFER', 'CARD', 'CASH', 'CHECK', 'OTHER')),
        reference text check (char_length(reference) between 1 and 200),
        journal_entry_id uuid not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        unique (tenant_id, id),
        foreign key (tenant_id, invoice_id) references erp.invoices (tenant_id, id),
        foreign key (tenant_id, journal_entry_id) references erp.journal_entries (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index payments_tenant_invoice_idx on erp.payments (tenant_id, invoice_id, payment_date, created_at)`,
    );
    await queryRunner.query(`
      create table erp.credit_note_counters (
        tenant_id uuid primary key,
        last_number bigint not null check (last_number > 0)
      )`);
    await queryRunner.query(`
      create table erp.credit_notes (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        sequence bigint not null check (sequence > 0),
        number text not null,
        invoice_id uuid not null,
        amount numeric(14, 2) not null check (amount > 0),
        tax_amount numeric(14, 2) not null check (tax_amount >= 0 and tax_amount <= amount),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        credit_date date not null,
        reason text not null check (char_length(reason) between 1 and 500),
        journal_entry_id uuid not null,
        created_by uuid,
        created_at timestamptz not null default now(),
        unique (tenant_id, id),
        unique (tenant_id, sequence),
        unique (tenant_id, number),
        foreign key (tenant_id, invoice_id) references erp.invoices (tenant_id, id),
        foreign key (tenant_id, journal_entry_id) references erp.journal_entries (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index credit_notes_tenant_invoice_idx on erp.credit_notes (tenant_id, invoice_id, credit_date, created_at)`,
    );
    await queryRunner.query(`
      create function erp.refuse_settlement_change() returns trigger language plpgsql as $$
      begin
        raise exception '% are never changed or deleted; record a new document instead', tg_table_name
          using errcode = 'check_violation';
      end $$`);
    for (const table of ['payments', 'credit_notes']) {
      await queryRunner.query(`
        create trigger ${table}_append_only before update or delete on erp.${table}
        for each row execute function erp.refuse_settlement_change()`);
    }
    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.credit_notes`);
    await queryRunner.query(`drop table erp.credit_note_counters`);
    await queryRunner.query(`drop table erp.payments`);
    await queryRunner.query(`drop function erp.refuse_settlement_change()`);
  }
}
