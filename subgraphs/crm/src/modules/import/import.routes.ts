import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  badUserInput,
  type FileRoute,
  type FileRouteRequest,
  graphqlError,
  type SubgraphContext,
  tenantOf,
} from '@nexora/kit';
import { stringify } from 'csv-stringify/sync';
import type { CsvEntity } from './csv-entity';
import { readImportFile, type ImportRowError } from './csv-import-file';
import { importJobJson } from './import-job.model';
import { countActiveImports, insertImportJob } from './import-job.service';
import { importRowLimit, importsRunningLimit } from './import.config';
import { runImport } from './import-runner';

/** Rows read per export query: memory stays flat whatever the tenant's size. */
const EXPORT_BATCH_SIZE = 1_000;

/** `POST /files/crm/<entity>/import` and `GET /files/crm/<entity>/export` for one CSV entity. */
export function csvFileRoutes(entity: CsvEntity): FileRoute[] {
  return [
    {
      method: 'POST',
      path: `${entity.entity}/import`,
      permission: entity.writePermission,
      description: `Imports ${entity.entity} from a CSV upload as a job`,
      handle: (request) => startImport(entity, request),
    },
    {
      method: 'GET',
      path: `${entity.entity}/export`,
      permission: entity.readPermission,
      description: `Streams the tenant's ${entity.entity} as CSV`,
      handle: (request) => exportCsv(entity, request),
    },
  ];
}

function skipBadRowsOf(query: URLSearchParams): boolean {
  const value = query.get('skipBadRows');
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  throw badUserInput('"skipBadRows" must be true or false.', 'skipBadRows');
}

/**
 * Reads and checks the whole upload while it streams in (a file that cannot be imported is refused
 * with 400 and leaves nothing behind), records the job, answers 202 with it, and writes the rows in
 * the background once the job is committed. With bad rows and no skipBadRows the job is recorded
 * FAILED with every bad line, and nothing is written.
 */
async function startImport(entity: CsvEntity, { ctx, body, query, runtime }: FileRouteRequest) {
  const skipBadRows = skipBadRowsOf(query);
  const running = await countActiveImports(ctx);
  const limit = importsRunningLimit();
  if (running >= limit) {
    throw graphqlError(
      'TOO_MANY_REQUESTS',
      `This tenant already has ${running} import${running === 1 ? '' : 's'} running (at most ${limit} at once); try again when one has finished.`,
      { retryAfterSeconds: 5 },
    );
  }
  const read = await readImportFile(body, entity, { maxRows: importRowLimit() });
  if (!read.ok) {
    const { reason, message, line } = read.problem;
    throw graphqlError('BAD_USER_INPUT', message, { reason, ...(line !== undefined ? { line } : {}) });
  }
  const { file } = read;
  const storedConflicts = await conflictsWithStored(ctx, entity, file.rows);
  const storedErrors = (await entity.checkStored?.(ctx, file.rows)) ?? [];
  const errors = [...file.errors, ...storedConflicts, ...storedErrors].sort((a, b) => a.line - b.line);
  const badLines = new Set(errors.map((error) => error.line));
  const rows = file.rows.filter((row) => !badLines.has(row.line));

  if (errors.length > 0 && !skipBadRows) {
    const job = await insertImportJob(ctx, {
      entity: entity.entity,
      status: 'FAILED',
      skipBadRows,
      total: file.total,
      processed: file.total,
      errors,
      message: `${badLines.size} row${badLines.size === 1 ? ' has' : 's have'} errors; nothing was imported. Fix ${badLines.size === 1 ? 'it' : 'them'}, or import again with skipBadRows=true to import the other rows.`,
    });
    return { status: 202, body: { job: importJobJson(job) } };
  }
  const job = await insertImportJob(ctx, {
    entity: entity.entity,
    status: 'QUEUED',
    skipBadRows,
    total: file.total,
    processed: 0,
    errors,
    message: null,
  });
  const target = { tenantId: tenantOf(ctx), ownerId: ctx.caller.userId };
  // The job must be committed before the work that updates it starts.
  ctx.db.afterCommit(() =>
    runtime.runInBackground(`import ${job.id}`, () =>
      runImport(runtime, {
        jobId: job.id,
        entity,
        target,
        rows,
        errors,
        badRows: badLines.size,
        skipBadRows,
      }),
    ),
  );
  return { status: 202, body: { job: importJobJson(job) } };
}

/** Rows whose unique value (a company's domain) the tenant already has. */
async function conflictsWithStored(
  ctx: SubgraphContext,
  entity: CsvEntity,
  rows: Array<{ line: number; values: Record<string, unknown> }>,
): Promise<ImportRowError[]> {
  const unique = entity.unique;
  if (!unique) return [];
  const tenantId = tenantOf(ctx);
  const values = rows.flatMap((row) => {
    const value = row.values[unique.header];
    return typeof value === 'string' ? [value] : [];
  });
  const stored = new Set<string>();
  for (let start = 0; start < values.length; start += 10_000) {
    const found = await ctx.db.run((manager) =>
      unique.findStored(manager, tenantId, values.slice(start, start + 10_000)),
    );
    for (const value of found) stored.add(value);
  }
  if (stored.size === 0) return [];
  return rows.flatMap((row) => {
    const value = row.values[unique.header];
    return typeof value === 'string' && stored.has(value)
      ? [{ line: row.line, column: unique.header, code: unique.code, message: unique.message(value) }]
      : [];
  });
}

/** Streams the tenant's rows as CSV: a header line, then keyset batches, never the whole table in memory. */
async function exportCsv(entity: CsvEntity, { ctx, response }: FileRouteRequest): Promise<void> {
  const columns = Object.keys(entity.exportColumns);
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${entity.entity}.csv"`,
    'cache-control': 'no-store',
  });
  await pipeline(Readable.from(exportChunks(ctx, entity, columns)), response);
}

/**
 * One CSV chunk per keyset batch (the first with the header line): a few dozen large writes instead
 * of one small write per row, which the two HTTP hops would each forward as its own chunk.
 */
async function* exportChunks(
  ctx: SubgraphContext,
  entity: CsvEntity,
  columns: string[],
): AsyncGenerator<string> {
  let header = true;
  for await (const batch of exportBatches(ctx, entity)) {
    if (batch.length === 0 && !header) continue;
    yield stringify(batch, { header, columns, cast: { date: (value) => value.toISOString() } });
    header = false;
  }
}

async function* exportBatches(ctx: SubgraphContext, entity: CsvEntity): AsyncGenerator<unknown[][]> {
  const tenantId = tenantOf(ctx);
  const selected = Object.values(entity.exportColumns)
    .map((expression, index) => `${expression} as c${index}`)
    .join(', ');
  const width = Object.keys(entity.exportColumns).length;
  let after: { key: string; id: string } | null = null;
  for (;;) {
    const params: unknown[] = [tenantId, EXPORT_BATCH_SIZE];
    let filter = 'tenant_id = $1';
    if (after) {
      params.push(after.key, after.id);
      filter += ` and (${entity.exportSortKey}, id) > ($3, $4::uuid)`;
    }
    const rows: Array<Record<string, unknown> & { sortKey: string; rowId: string }> = await ctx.db.run(
      (manager) =>
        manager.query(
          `select ${selected}, ${entity.exportSortKey} as "sortKey", id as "rowId" from ${entity.table} exported
         where ${filter} order by ${entity.exportSortKey}, id limit $2`,
          params,
        ),
    );
    yield rows.map((row) => {
      const values: unknown[] = [];
      for (let index = 0; index < width; index++) values.push(row[`c${index}`]);
      return values;
    });
    if (rows.length < EXPORT_BATCH_SIZE) return;
    const last = rows[rows.length - 1];
    after = { key: last.sortKey, id: last.rowId };
  }
}
