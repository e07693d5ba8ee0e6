import type { QueryRunner } from 'typeorm';
import { assertSchemaName } from './database';

/** The tenant the request's transaction is bound to (`set_config('app.tenant_id', …)`), or null. */
export const CURRENT_TENANT_SQL = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Isolates tenant tables for migrations: forced row-level security (the table owner is held to it
 * too) and one policy, `tenant_isolation`, letting a transaction see and write only the rows of the
 * tenant it is bound to. Every table must have a `tenant_id` column; the rls-catalogue suites check
 * that no such table is left without it.
 */
export async function isolateTenantTables(
  queryRunner: QueryRunner,
  schema: string,
  tables: readonly string[],
): Promise<void> {
  assertSchemaName(schema);
  for (const table of tables) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Not a table name: ${table}`);
    await queryRunner.query(`alter table ${schema}.${table} enable row level security`);
    await queryRunner.query(`alter table ${schema}.${table} force row level security`);
    await queryRunner.query(
      `create policy tenant_isolation on ${schema}.${table} using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL})`,
    );
  }
}
