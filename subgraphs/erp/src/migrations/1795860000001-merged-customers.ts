import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A posted invoice stays immutable except for one change: when crm merges two companies, the
 * invoice follows its customer onto the surviving company. Every other column is compared, so the
 * amounts, lines, number and dates of a posted invoice still cannot change.
 */
export class MergedCustomers1795860000001 implements MigrationInterface {
  name = 'MergedCustomers1795860000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create or replace function erp.refuse_posted_invoice_change() returns trigger language plpgsql as $$
      begin
        if old.status = 'POSTED' then
          if tg_op = 'UPDATE' and (to_jsonb(new) - 'customer_id') = (to_jsonb(old) - 'customer_id') then
            return new;
          end if;
          raise exception 'invoice % is posted and cannot be changed', old.number using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create or replace function erp.refuse_posted_invoice_change() returns trigger language plpgsql as $$
      begin
        if old.status = 'POSTED' then
          raise exception 'invoice % is posted and cannot be changed', old.number using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$`);
  }
}
