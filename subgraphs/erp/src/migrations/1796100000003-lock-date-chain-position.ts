import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each lock-date move remembers where the hash chain stood (the sequence of the last posted entry):
 * an auditor can then check that nothing dated in a closed period was posted after it closed.
 */
export class LockDateChainPosition1796100000003 implements MigrationInterface {
  name = 'LockDateChainPosition1796100000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table erp.lock_date_changes add column at_sequence bigint not null default 0 check (at_sequence >= 0)`,
    );
    // Trial balances and account balances read posted entries by date.
    await queryRunner.query(
      `create index journal_entries_tenant_posted_date_idx on erp.journal_entries (tenant_id, entry_date)
       where status = 'POSTED'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop index erp.journal_entries_tenant_posted_date_idx`);
    await queryRunner.query(`alter table erp.lock_date_changes drop column at_sequence`);
  }
}
