import { alignToKeys, groupByKeys, type SubgraphContext, tenantOf } from '@nexora/kit';
import type DataLoader from 'dataloader';
import type { JournalRow } from '../account/account.types';
import {
  ENTRY_COLUMNS,
  type JournalEntryRow,
  type JournalLineRow,
  LINE_COLUMNS,
} from './journal-entry.types';

/** Journal entries by id for this request, one query per batch. Keys must be lowercase UUIDs. */
export function entryByIdLoader(ctx: SubgraphContext): DataLoader<string, JournalEntryRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, JournalEntryRow | null>('journalEntryById', async (ids) => {
    const rows: JournalEntryRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${ENTRY_COLUMNS} from erp.journal_entries e where e.tenant_id = $1 and e.id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}

/** The entry reversing each given entry (at most one), or null. */
export function reversalByEntryLoader(
  ctx: SubgraphContext,
): DataLoader<string, JournalEntryRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, JournalEntryRow | null>('journalEntryReversal', async (ids) => {
    const rows: JournalEntryRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${ENTRY_COLUMNS} from erp.journal_entries e where e.tenant_id = $1 and e.reverses_id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.reversesId ?? '');
  });
}

/** The lines of many entries in one query, each entry's in position order. */
export function linesByEntryLoader(ctx: SubgraphContext): DataLoader<string, JournalLineRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, JournalLineRow[]>('journalLinesByEntry', async (entryIds) => {
    const rows: JournalLineRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${LINE_COLUMNS} from erp.journal_lines
         where tenant_id = $1 and entry_id = any($2::uuid[]) order by entry_id, position`,
        [tenantId, entryIds],
      ),
    );
    return groupByKeys(entryIds, rows, (row) => row.entryId);
  });
}

/** Journals by id (a tenant has four). */
export function journalByIdLoader(ctx: SubgraphContext): DataLoader<string, JournalRow | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, JournalRow | null>('journalById', async (ids) => {
    const rows: JournalRow[] = await ctx.db.run((manager) =>
      manager.query(`select id, code, name from erp.journals where tenant_id = $1 and id = any($2::uuid[])`, [
        tenantId,
        ids,
      ]),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
