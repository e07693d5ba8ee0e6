import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['lock_date_changes', 'tax_rates'];

/**
 * The record of every lock-date move (append-only: the trigger refuses edits and deletions, so the
 * history a finance team audits is the one that happened) and the tenant's tax rates.
 */
export class CreateLockDatesAndTaxes1796100000002 implements MigrationInterface {
  name = 'CreateLockDatesAndTaxes1796100000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.lock_date_changes (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references erp.ledgers (tenant_id),
        previous_lock_date date,
        lock_date date,
        reason text check (char_length(reason) between 1 and 500),
        changed_by uuid,
        changed_at timestamptz not null default clock_timestamp(),
        unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index lock_date_changes_tenant_idx on erp.lock_date_changes (tenant_id, changed_at desc, id desc)`,
    );
    await queryRunner.query(`
      create function erp.refuse_lock_date_change_edit() returns trigger language plpgsql as $$
      begin
        raise exception 'the lock date history cannot be changed' using errcode = 'check_violation';
      end $$`);
    await queryRunner.query(`
      create trigger lock_date_changes_append_only before update or delete on erp.lock_date_changes
      for each row execute function erp.refuse_lock_date_change_edit()`);

    await queryRunner.query(`
      create table erp.tax_rates (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references erp.ledgers (tenant_id),
        name text not null check (char_length(name) between 1 and 100),
        rate numeric(7, 4) not null check (rate >= 0 and rate <= 100),
        inclusive boolean not null default false,
        account_id uuid not null,
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id),
        foreign key (tenant_id, account_id) references erp.accounts (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index tax_rates_name_key on erp.tax_rates (tenant_id, lower(name))`,
    );

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.tax_rates`);
    await queryRunner.query(`drop table erp.lock_date_changes`);
    await queryRunner.query(`drop function erp.refuse_lock_date_change_edit()`);
  }
}
