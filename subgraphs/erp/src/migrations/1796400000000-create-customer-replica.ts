import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * erp's replica of crm's companies, fed by crm's events (created, updated, imported, merged): the
 * only companies an invoice may name. A merged-away company stays, marked with the survivor, so a
 * late document naming it is refused with a reason. Invoices reference the replica by a composite
 * foreign key, so the database refuses an unknown or foreign customer too.
 *
 * Companies billed before the replica existed are copied in from the invoices (their names arrive
 * with crm's next update of them). The migration runs as erp's role, which owns the tables, so it
 * lifts the forced row-level security of `invoices` for the copy and puts it back.
 */
export class CreateCustomerReplica1796400000000 implements MigrationInterface {
  name = 'CreateCustomerReplica1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.companies (
        tenant_id uuid not null,
        id uuid not null,
        name text check (char_length(name) between 1 and 500),
        merged_into uuid,
        updated_at timestamptz not null,
        primary key (tenant_id, id),
        check (merged_into <> id)
      )`);
    await queryRunner.query(`alter table erp.invoices no force row level security`);
    await queryRunner.query(`
      insert into erp.companies (tenant_id, id, updated_at)
      select tenant_id, customer_id, min(created_at) from erp.invoices group by tenant_id, customer_id`);
    await queryRunner.query(`alter table erp.invoices force row level security`);
    await queryRunner.query(`
      alter table erp.invoices add constraint invoices_customer_fkey
      foreign key (tenant_id, customer_id) references erp.companies (tenant_id, id)`);
    await queryRunner.query(`alter table erp.companies enable row level security`);
    await queryRunner.query(`alter table erp.companies force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on erp.companies using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`alter table erp.invoices drop constraint invoices_customer_fkey`);
    await queryRunner.query(`drop table erp.companies`);
  }
}
