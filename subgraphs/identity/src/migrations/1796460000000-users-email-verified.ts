import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an account's e-mail address was proven to be its owner's: set by verifyEmail (the account is
 * created from the link) and by a password reset (its link was read in that mailbox). An OIDC
 * provider's verified address is linked only to an account whose address is proven too, so nobody
 * can pre-register a victim's address (with verification off) and wait for their first provider
 * sign-in to land in that account.
 */
export class UsersEmailVerified1796460000000 implements MigrationInterface {
  name = 'UsersEmailVerified1796460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table identity.users add column email_verified_at timestamptz`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table identity.users drop column email_verified_at`);
  }
}
