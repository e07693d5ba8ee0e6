import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['journal_entries', 'journal_lines'];
const HASH = `'^[0-9a-f]{64}$'`;

/**
 * Journal entries and their lines. The database itself keeps the ledger's promises, whatever code
 * (or hand-written SQL) runs against it: an entry is inserted as a draft and becomes POSTED only by
 * an update that finds its lines balanced per currency (two lines at least); a posted entry and its
 * lines never change or disappear again; an account with lines keeps its code and type.
 */
export class CreateJournalEntries1796100000001 implements MigrationInterface {
  name = 'CreateJournalEntries1796100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.journal_entries (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        journal_id uuid not null,
        entry_date date not null,
        reference text check (char_length(reference) between 1 and 200),
        memo text check (char_length(memo) between 1 and 1000),
        status text not null default 'DRAFT' check (status in ('DRAFT', 'POSTED')),
        sequence bigint check (sequence > 0),
        previous_hash text check (previous_hash ~ ${HASH}),
        hash text check (hash ~ ${HASH}),
        source_type text check (source_type ~ '^[A-Z][A-Z0-9_]{0,39}$'),
        source_id uuid,
        reverses_id uuid,
        created_by uuid,
        created_at timestamptz not null default now(),
        posted_by uuid,
        posted_at timestamptz,
        check ((status = 'POSTED') = (sequence is not null)),
        check ((sequence is null) = (hash is null) and (hash is null) = (previous_hash is null)),
        check ((sequence is null) = (posted_at is null)),
        check ((source_type is null) = (source_id is null)),
        check (reverses_id <> id),
        unique (tenant_id, id),
        unique (tenant_id, sequence),
        unique (tenant_id, reverses_id),
        foreign key (tenant_id, journal_id) references erp.journals (tenant_id, id),
        foreign key (tenant_id, reverses_id) references erp.journal_entries (tenant_id, id)
      )`);
    // One entry per source document (an invoice, a payment...); its reversal does not count.
    await queryRunner.query(`
      create unique index journal_entries_source_key on erp.journal_entries (tenant_id, source_type, source_id)
      where source_type is not null and reverses_id is null`);
    await queryRunner.query(
      `create index journal_entries_tenant_date_idx on erp.journal_entries (tenant_id, entry_date desc, id desc)`,
    );

    await queryRunner.query(`
      create table erp.journal_lines (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        entry_id uuid not null,
        position integer not null check (position >= 0),
        account_id uuid not null,
        debit numeric(14, 2) not null default 0 check (debit >= 0),
        credit numeric(14, 2) not null default 0 check (credit >= 0),
        currency text not null check (currency ~ '^[A-Z]{3}$'),
        company_id uuid,
        description text check (char_length(description) between 1 and 500),
        -- Exactly one side carries an amount.
        check ((debit > 0) <> (credit > 0)),
        foreign key (tenant_id, entry_id) references erp.journal_entries (tenant_id, id) on delete cascade,
        foreign key (tenant_id, account_id) references erp.accounts (tenant_id, id),
        unique (tenant_id, entry_id, position)
      )`);
    await queryRunner.query(
      `create index journal_lines_tenant_account_idx on erp.journal_lines (tenant_id, account_id, entry_id)`,
    );

    await queryRunner.query(`
      create function erp.guard_journal_entry() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          if new.status = 'POSTED' then
            raise exception 'a journal entry is inserted as a draft and then posted' using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if old.status = 'POSTED' then
          raise exception 'journal entry % is posted and cannot be changed; reverse it instead', old.sequence
            using errcode = 'check_violation';
        end if;
        if tg_op = 'DELETE' then
          return old;
        end if;
        if new.status = 'POSTED' then
          if (select count(*) from erp.journal_lines where tenant_id = new.tenant_id and entry_id = new.id) < 2 then
            raise exception 'a journal entry needs at least two lines' using errcode = 'check_violation';
          end if;
          if exists (
            select 1 from erp.journal_lines where tenant_id = new.tenant_id and entry_id = new.id
            group by currency having sum(debit) <> sum(credit)
          ) then
            raise exception 'journal entry % does not balance', new.id using errcode = 'check_violation';
          end if;
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger journal_entries_guard before insert or update or delete on erp.journal_entries
      for each row execute function erp.guard_journal_entry()`);

    await queryRunner.query(`
      create function erp.refuse_posted_journal_line_change() returns trigger language plpgsql as $$
      declare
        line erp.journal_lines := case when tg_op = 'DELETE' then old else new end;
      begin
        if exists (select 1 from erp.journal_entries where tenant_id = line.tenant_id and id = line.entry_id and status = 'POSTED')
           or (tg_op = 'UPDATE' and exists (
             select 1 from erp.journal_entries where tenant_id = old.tenant_id and id = old.entry_id and status = 'POSTED')) then
          raise exception 'the lines of a posted journal entry cannot be changed' using errcode = 'check_violation';
        end if;
        return line;
      end $$`);
    await queryRunner.query(`
      create trigger journal_lines_posted_immutable before insert or update or delete on erp.journal_lines
      for each row execute function erp.refuse_posted_journal_line_change()`);

    await queryRunner.query(`
      create function erp.refuse_used_account_identity_change() returns trigger language plpgsql as $$
      begin
        if (new.code <> old.code or new.type <> old.type)
           and exists (select 1 from erp.journal_lines where tenant_id = old.tenant_id and account_id = old.id) then
          raise exception 'account % has journal lines: its code and type cannot change', old.code
            using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger accounts_identity_fixed_once_used before update on erp.accounts
      for each row execute function erp.refuse_used_account_identity_change()`);

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop trigger accounts_identity_fixed_once_used on erp.accounts`);
    await queryRunner.query(`drop function erp.refuse_used_account_identity_change()`);
    await queryRunner.query(`drop table erp.journal_lines`);
    await queryRunner.query(`drop table erp.journal_entries`);
    await queryRunner.query(`drop function erp.refuse_posted_journal_line_change()`);
    await queryRunner.query(`drop function erp.guard_journal_entry()`);
  }
}
