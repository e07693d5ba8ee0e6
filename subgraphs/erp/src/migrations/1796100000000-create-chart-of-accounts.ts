import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['ledgers', 'accounts', 'journals'];

/**
 * A tenant's ledger (one row: its hash-chain head and lock date, the row postings serialize on), its
 * chart of accounts and its journals. Every table is tenant-isolated by forced row-level security;
 * accounts and journals can only exist for a tenant whose ledger row exists (the lazy seed creates
 * it, together with the default chart, in one statement).
 */
export class CreateChartOfAccounts1796100000000 implements MigrationInterface {
  name = 'CreateChartOfAccounts1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.ledgers (
        tenant_id uuid primary key,
        last_sequence bigint not null default 0 check (last_sequence >= 0),
        last_hash text not null default repeat('0', 64) check (last_hash ~ '^[0-9a-f]{64}$'),
        lock_date date,
        created_at timestamptz not null default now()
      )`);
    // The chain only grows: a head moved backwards would let entries be replaced.
    await queryRunner.query(`
      create function erp.refuse_ledger_head_rewind() returns trigger language plpgsql as $$
      begin
        if new.last_sequence < old.last_sequence or new.tenant_id <> old.tenant_id then
          raise exception 'the ledger head of tenant % cannot move backwards', old.tenant_id
            using errcode = 'check_violation';
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger ledgers_head_forward_only before update on erp.ledgers
      for each row execute function erp.refuse_ledger_head_rewind()`);
    await queryRunner.query(`
      create trigger ledgers_never_deleted before delete on erp.ledgers
      for each row execute function erp.refuse_ledger_head_rewind()`);

    await queryRunner.query(`
      create table erp.accounts (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references erp.ledgers (tenant_id),
        code text collate "C" not null check (code ~ '^[0-9A-Z][0-9A-Z._-]{0,19}$'),
        name text not null check (char_length(name) between 1 and 200),
        type text not null check (type in ('ASSET', 'LIABILITY', 'EQUITY', 'INCOME', 'EXPENSE')),
        parent_id uuid,
        role text check (role ~ '^[A-Z][A-Z_]{0,39}$'),
        active boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (parent_id <> id),
        check (role is null or active),
        unique (tenant_id, id),
        unique (tenant_id, code),
        unique (tenant_id, role),
        foreign key (tenant_id, parent_id) references erp.accounts (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index accounts_tenant_type_idx on erp.accounts (tenant_id, type, code, id)`,
    );
    await queryRunner.query(`create index accounts_tenant_parent_idx on erp.accounts (tenant_id, parent_id)`);

    await queryRunner.query(`
      create table erp.journals (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references erp.ledgers (tenant_id),
        code text not null check (code in ('SALES', 'PURCHASE', 'BANK', 'GENERAL')),
        name text not null check (char_length(name) between 1 and 100),
        unique (tenant_id, id),
        unique (tenant_id, code)
      )`);

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.journals`);
    await queryRunner.query(`drop table erp.accounts`);
    await queryRunner.query(`drop table erp.ledgers`);
    await queryRunner.query(`drop function erp.refuse_ledger_head_rewind()`);
  }
}
