import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login attempts remember the client address they came from (issue 5, defect 5): limits apply per
 * (account, address) and per address, so a stranger's guesses no longer lock the owner out. ''
 * is the one shared bucket of attempts whose address the gateway did not know; rows from before
 * this migration land there.
 */
export class LoginAttemptsByAddress1795700000000 implements MigrationInterface {
  name = 'LoginAttemptsByAddress1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `alter table identity.login_attempts add column client_address text not null default ''`,
    );
    // The per-address count across accounts; the per-account counts keep using (email, attempted_at).
    await queryRunner.query(
      `create index login_attempts_address_time_idx on identity.login_attempts (client_address, attempted_at)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop index identity.login_attempts_address_time_idx`);
    await queryRunner.query(`alter table identity.login_attempts drop column client_address`);
  }
}
