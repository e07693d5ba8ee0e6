import type { EntityManager } from 'typeorm';

/** A column of a crm table that points at a record through a (tenant_id, <column>) foreign key. */
export interface RecordReference {
  table: string;
  column: string;
}

/**
 * Tables a merge must not re-point: their rows are rebuilt from the record itself (a person's
 * e-mails live in `people.emails`; a trigger keeps `person_emails` in step).
 */
const DERIVED_TABLES = new Set(['crm.person_emails']);

const discovered = new Map<string, Promise<RecordReference[]>>();

/**
 * Every foreign key in the crm schema that references `table` through (tenant_id, id), read from
 * the catalogue once per process: a merge moves whatever the modules of the day point at a record,
 * not a hand-kept list that misses the next module.
 */
export function referencesTo(
  manager: EntityManager,
  table: 'crm.companies' | 'crm.people',
): Promise<RecordReference[]> {
  let found = discovered.get(table);
  if (!found) {
    found = manager
      .query(
        `select c.conrelid::regclass::text as "table", a.attname as "column"
         from pg_constraint c
         join lateral unnest(c.conkey, c.confkey) as k(own, referenced) on true
         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.own
         join pg_attribute r on r.attrelid = c.confrelid and r.attnum = k.referenced
         where c.contype = 'f' and c.confrelid = $1::regclass and r.attname = 'id'
           and c.connamespace = 'crm'::regnamespace
         order by 1, 2`,
        [table],
      )
      .then((rows: RecordReference[]) => rows.filter((row) => !DERIVED_TABLES.has(row.table)))
      .catch((error: unknown) => {
        discovered.delete(table);
        throw error;
      });
    discovered.set(table, found);
  }
  return found;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/;

/**
 * Points every reference to the merged records at the survivor. A row that would then duplicate one
 * the survivor already has (a unique key, e.g. a person linked to a deal twice) is dropped: the
 * survivor's row stands for both. Returns how many rows moved.
 */
export async function repointReferences(
  manager: EntityManager,
  references: readonly RecordReference[],
  tenantId: string,
  survivorId: string,
  mergedIds: readonly string[],
): Promise<number> {
  let moved = 0;
  for (const { table, column } of references) {
    if (!IDENTIFIER.test(table) || !IDENTIFIER.test(column))
      throw new Error(`Unexpected reference ${table}.${column}`);
    await manager.query('savepoint merge_reference');
    try {
      const [, count]: [unknown, number] = await manager.query(
        `update ${table} set ${column} = $2 where tenant_id = $1 and ${column} = any($3::uuid[])`,
        [tenantId, survivorId, mergedIds],
      );
      moved += count;
      await manager.query('release savepoint merge_reference');
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await manager.query('rollback to savepoint merge_reference');
      moved += await repointRowByRow(manager, table, column, tenantId, survivorId, mergedIds);
    }
  }
  return moved;
}

/** The slow path, only for a table where the bulk update collided: row by row, dropping duplicates. */
async function repointRowByRow(
  manager: EntityManager,
  table: string,
  column: string,
  tenantId: string,
  survivorId: string,
  mergedIds: readonly string[],
): Promise<number> {
  const rows: Array<{ ctid: string }> = await manager.query(
    `select ctid::text as ctid from ${table} where tenant_id = $1 and ${column} = any($2::uuid[])`,
    [tenantId, mergedIds],
  );
  let moved = 0;
  for (const { ctid } of rows) {
    await manager.query('savepoint merge_row');
    try {
      await manager.query(`update ${table} set ${column} = $2 where tenant_id = $1 and ctid = $3::tid`, [
        tenantId,
        survivorId,
        ctid,
      ]);
      await manager.query('release savepoint merge_row');
      moved += 1;
    } catch (error) {
      if ((error as { code?: string }).code !== '23505') throw error;
      await manager.query('rollback to savepoint merge_row');
      await manager.query(`delete from ${table} where tenant_id = $1 and ctid = $2::tid`, [tenantId, ctid]);
    }
  }
  return moved;
}
