import {
  type Connection,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
  type UserError,
  userError,
} from '@nexora/kit';
import type { AccountRole, JournalCode, JournalRow } from '../account/account.types';
import { ensureRequestLedger } from '../account/ledger-setup';
import { entryByIdLoader, linesByEntryLoader } from './journal-entry.loaders';
import { ENTRY_COLUMNS, type JournalEntryRow, type JournalEntryStatus } from './journal-entry.types';
import type { LedgerLineRequest } from './journal-entry.validation';
import { dateArgument } from './ledger-date';
import { deleteDraftEntry, postDraftEntry } from './ledger-draft';
import { type LedgerResult, recordLedgerEntry } from './ledger-posting';
import { reverseLedgerEntry } from './ledger-reversal';

export interface JournalEntryPayload {
  entry: JournalEntryRow | null;
  userErrors: UserError[];
}

/** Entries list newest accounting date first; the id breaks ties. */
const BY_DATE: Record<'DATE', SortColumn> = {
  DATE: { expression: 'e.entry_date', cursorText: `to_char(e.entry_date, 'YYYY-MM-DD')`, cast: 'date' },
};

export async function listJournals(ctx: SubgraphContext): Promise<JournalRow[]> {
  await ensureRequestLedger(ctx);
  return ctx.db.run((manager) =>
    manager.query(
      `select id, code, name from erp.journals where tenant_id = $1
       order by array_position(array['SALES', 'PURCHASE', 'BANK', 'GENERAL'], code)`,
      [tenantOf(ctx)],
    ),
  );
}

export async function listJournalEntries(
  ctx: SubgraphContext,
  args: {
    first?: number | null;
    after?: string | null;
    journal?: JournalCode | null;
    status?: JournalEntryStatus | null;
    from?: string | null;
    to?: string | null;
  },
): Promise<Connection<JournalEntryRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  let filter = 'e.tenant_id = $1';
  if (args.journal) {
    params.push(args.journal);
    filter += ` and e.journal_id = (select id from erp.journals where tenant_id = $1 and code = $${params.length})`;
  }
  if (args.status) {
    params.push(args.status);
    filter += ` and e.status = $${params.length}`;
  }
  for (const [bound, operator] of [
    ['from', '>='],
    ['to', '<='],
  ] as const) {
    const raw = args[bound];
    if (raw == null) continue;
    params.push(dateArgument(raw, bound));
    filter += ` and e.entry_date ${operator} $${params.length}::date`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_DATE, { field: 'DATE', direction: 'DESC' }, args.after, params, 'e.id');
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<JournalEntryRow & { sortKey: string }> = await manager.query(
      `select ${ENTRY_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.journal_entries e
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.journal_entries e where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export function findJournalEntry(ctx: SubgraphContext, id: string): Promise<JournalEntryRow | null> {
  return entryByIdLoader(ctx).load(parseId(id, 'id'));
}

export interface JournalLineInput {
  accountId?: string | null;
  accountRole?: AccountRole | null;
  debit?: string | null;
  credit?: string | null;
  currency?: string | null;
  companyId?: string | null;
  description?: string | null;
}

export interface CreateJournalEntryInput {
  journal: JournalCode;
  date: string;
  reference?: string | null;
  memo?: string | null;
  currency?: string | null;
  lines: readonly JournalLineInput[];
  post?: boolean | null;
}

/** A manual entry: a draft, or (with `post`) posted at once; either way checked completely first. */
export async function createJournalEntry(
  ctx: SubgraphContext,
  input: CreateJournalEntryInput,
): Promise<JournalEntryPayload> {
  const accountErrors: UserError[] = [];
  const lines = input.lines.map((line, index) => toLedgerLine(line, index, accountErrors));
  if (accountErrors.length > 0) return { entry: null, userErrors: accountErrors };
  const result = await ctx.db.run((manager) =>
    recordLedgerEntry(manager, ctx, { ...input, lines }, { field: ['input'], post: input.post === true }),
  );
  if (!result.entry) {
    return {
      entry: null,
      userErrors: result.userErrors.map((error) => renameAccountField(error, input.lines)),
    };
  }
  return answer(ctx, result);
}

export async function postJournalEntry(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<JournalEntryPayload> {
  const id = parseId(input.id, 'input.id');
  const result = await ctx.db.run((manager) => postDraftEntry(manager, ctx, id, { field: ['input'] }));
  if (result === 'not-found') throw notFound('Journal entry', id);
  return answer(ctx, result);
}

export async function reverseJournalEntry(
  ctx: SubgraphContext,
  input: { id: string; date?: string | null; reference?: string | null },
): Promise<JournalEntryPayload> {
  const id = parseId(input.id, 'input.id');
  const result = await ctx.db.run((manager) =>
    reverseLedgerEntry(
      manager,
      ctx,
      { entryId: id, date: input.date, reference: input.reference },
      { field: ['input'] },
    ),
  );
  if (result === 'not-found') throw notFound('Journal entry', id);
  return answer(ctx, result);
}

export async function deleteJournalEntry(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<{ deletedId: string | null; userErrors: UserError[] }> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const result = await ctx.db.run((manager) => deleteDraftEntry(manager, tenantId, id, ['input', 'id']));
  if (result === 'not-found') throw notFound('Journal entry', id);
  return result.deleted ? { deletedId: id, userErrors: [] } : { deletedId: null, userErrors: [result.error] };
}

/** The payload, with the stored entry and lines primed so the answer costs no further reads. */
function answer(ctx: SubgraphContext, result: LedgerResult): JournalEntryPayload {
  if (!result.entry) return { entry: null, userErrors: result.userErrors };
  entryByIdLoader(ctx).clear(result.entry.id).prime(result.entry.id, result.entry);
  linesByEntryLoader(ctx).clear(result.entry.id).prime(result.entry.id, result.lines);
  return { entry: result.entry, userErrors: [] };
}

/** A GraphQL line names its account by `accountId` or by `accountRole`: exactly one of them. */
function toLedgerLine(line: JournalLineInput, index: number, errors: UserError[]): LedgerLineRequest {
  const named = [line.accountId, line.accountRole].filter((value) => value != null);
  if (named.length !== 1) {
    errors.push(
      userError(
        'ACCOUNT_REQUIRED',
        'Name the line\'s account by "accountId" or by "accountRole" (one of them).',
        ['input', 'lines', String(index)],
      ),
    );
  }
  const { accountId, accountRole, ...rest } = line;
  return { ...rest, account: accountId ?? accountRole ?? '' };
}

/** The ledger calls a line's account `account`; the mutation's input calls it what the client sent. */
function renameAccountField(error: UserError, lines: readonly JournalLineInput[]): UserError {
  const field = error.field;
  if (!field || field.length !== 4 || field[1] !== 'lines' || field[3] !== 'account') return error;
  const line = lines[Number(field[2])];
  return { ...error, field: [...field.slice(0, 3), line?.accountRole != null ? 'accountRole' : 'accountId'] };
}
