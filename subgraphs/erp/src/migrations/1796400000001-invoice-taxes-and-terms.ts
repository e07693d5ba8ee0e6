import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Mirrors `erp.refuse_posted_invoice_change` before this migration, for `down`. */
const PREVIOUS_GUARD = `
  create or replace function erp.refuse_posted_invoice_change() returns trigger language plpgsql as $$
  begin
    if old.status = 'POSTED' then
      if tg_op = 'UPDATE' and (to_jsonb(new) - 'customer_id') = (to_jsonb(old) - 'customer_id') then
        return new;
      end if;
      raise exception 'invoice % is posted and cannot be changed', old.number using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
  end $$`;

/**
 * Invoices gain their accounting date, payment terms and due date, a tax total, what was paid and
 * credited, and the journal entry posting booked; lines gain a tax rate (a snapshot of its rate and
 * whether prices include it) and their tax. Statuses PARTIALLY_PAID and PAID follow POSTED.
 *
 * A posted invoice now changes in exactly these ways, which the guard allows and nothing else:
 * its customer (crm merges), and its settlement (amount paid, amount credited and the status they
 * imply, never back to DRAFT). The checks keep the settlement within the total and the status in
 * step with it, so even a hand-written update cannot overpay an invoice.
 *
 * Existing invoices are dated the day they were posted (or created), due at once, without tax:
 * the backfill runs with the guard and forced row-level security lifted (erp's role owns the table).
 */
export class InvoiceTaxesAndTerms1796400000001 implements MigrationInterface {
  name = 'InvoiceTaxesAndTerms1796400000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      alter table erp.invoices
        add column invoice_date date,
        add column payment_terms text not null default 'IMMEDIATE'
          check (payment_terms in ('IMMEDIATE', 'NET_15', 'NET_30', 'NET_60', 'CUSTOM')),
        add column payment_term_days integer not null default 0 check (payment_term_days between 0 and 365),
        add column due_date date,
        add column tax_total numeric(14, 2) not null default 0 check (tax_total >= 0),
        add column amount_paid numeric(14, 2) not null default 0 check (amount_paid >= 0),
        add column amount_credited numeric(14, 2) not null default 0 check (amount_credited >= 0),
        add column journal_entry_id uuid,
        add constraint invoices_journal_entry_fkey foreign key (tenant_id, journal_entry_id)
          references erp.journal_entries (tenant_id, id)`);
    await queryRunner.query(`alter table erp.invoices no force row level security`);
    await queryRunner.query(`alter table erp.invoices disable trigger invoices_posted_immutable`);
    await queryRunner.query(
      `update erp.invoices set invoice_date = (coalesce(issued_at, created_at) at time zone 'UTC')::date,
         due_date = (coalesce(issued_at, created_at) at time zone 'UTC')::date`,
    );
    await queryRunner.query(`alter table erp.invoices enable trigger invoices_posted_immutable`);
    await queryRunner.query(`alter table erp.invoices force row level security`);
    await queryRunner.query(`
      alter table erp.invoices
        alter column invoice_date set not null,
        alter column due_date set not null,
        drop constraint invoices_status_check,
        drop constraint invoices_check,
        add constraint invoices_status_check check (status in ('DRAFT', 'POSTED', 'PARTIALLY_PAID', 'PAID')),
        add constraint invoices_issued_check check ((status <> 'DRAFT') = (issued_at is not null)),
        add constraint invoices_due_date_check check (due_date = invoice_date + payment_term_days),
        add constraint invoices_tax_within_total_check check (tax_total <= total),
        add constraint invoices_settlement_check check (amount_paid + amount_credited <= total),
        add constraint invoices_settlement_status_check check (case status
          when 'PARTIALLY_PAID' then amount_paid + amount_credited > 0 and amount_paid + amount_credited < total
          when 'PAID' then amount_paid + amount_credited = total and total > 0
          else amount_paid + amount_credited = 0 end),
        add constraint invoices_draft_entry_check check (status <> 'DRAFT' or journal_entry_id is null)`);
    // Receivables ageing and open balances read the settled invoices by customer and due date.
    await queryRunner.query(
      `create index invoices_tenant_open_idx on erp.invoices (tenant_id, customer_id, due_date)
       where status in ('POSTED', 'PARTIALLY_PAID')`,
    );

    await queryRunner.query(`
      alter table erp.invoice_lines
        add column tax_rate_id uuid,
        add column tax_rate numeric(7, 4) check (tax_rate between 0 and 100),
        add column tax_inclusive boolean,
        add column tax numeric(14, 2) not null default 0 check (tax >= 0),
        add column net numeric(14, 2) generated always as
          (case when tax_inclusive then amount - tax else amount end) stored,
        add constraint invoice_lines_tax_rate_fkey foreign key (tenant_id, tax_rate_id)
          references erp.tax_rates (tenant_id, id),
        add constraint invoice_lines_tax_consistent_check check (
          (tax_rate_id is null) = (tax_rate is null) and (tax_rate is null) = (tax_inclusive is null)
          and (tax_rate_id is not null or tax = 0) and (not coalesce(tax_inclusive, false) or tax <= amount))`);

    await queryRunner.query(`
      create or replace function erp.refuse_posted_invoice_change() returns trigger language plpgsql as $$
      declare
        -- What a posted invoice may still change: its customer (merges) and its settlement.
        movable constant text[] := array['customer_id', 'status', 'amount_paid', 'amount_credited'];
      begin
        if old.status <> 'DRAFT' then
          if tg_op = 'UPDATE' and new.status <> 'DRAFT' and (to_jsonb(new) - movable) = (to_jsonb(old) - movable) then
            return new;
          end if;
          raise exception 'invoice % is posted and cannot be changed', old.number using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`);
    await queryRunner.query(`
      create or replace function erp.refuse_posted_invoice_line_change() returns trigger language plpgsql as $$
      declare
        line erp.invoice_lines := case when tg_op = 'DELETE' then old else new end;
      begin
        if exists (select 1 from erp.invoices where tenant_id = line.tenant_id and id = line.invoice_id and status <> 'DRAFT')
           or (tg_op = 'UPDATE' and exists (
             select 1 from erp.invoices where tenant_id = old.tenant_id and id = old.invoice_id and status <> 'DRAFT')) then
          raise exception 'the lines of a posted invoice cannot be changed' using errcode = 'check_violation';
        end if;
        return line;
      end $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(PREVIOUS_GUARD);
    await queryRunner.query(`
      alter table erp.invoice_lines drop column net, drop column tax, drop column tax_inclusive,
        drop column tax_rate, drop column tax_rate_id`);
    await queryRunner.query(`drop index erp.invoices_tenant_open_idx`);
    await queryRunner.query(`
      alter table erp.invoices
        drop constraint invoices_status_check, drop constraint invoices_issued_check,
        drop column journal_entry_id, drop column amount_credited, drop column amount_paid,
        drop column tax_total, drop column due_date, drop column payment_term_days,
        drop column payment_terms, drop column invoice_date,
        add constraint invoices_status_check check (status in ('DRAFT', 'POSTED')),
        add constraint invoices_check check ((status = 'POSTED') = (issued_at is not null))`);
  }
}
