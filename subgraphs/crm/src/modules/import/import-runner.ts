import { domainEvent, emitEvent, type SubgraphRuntime } from '@nexora/kit';
import type { CheckedImportRow, ImportRowError } from './csv-import-file';
import type { CsvEntity, CsvImportTarget } from './csv-entity';
import { updateImportJob } from './import-job.service';

/** Rows per INSERT: one statement and one event per batch. */
export const IMPORT_BATCH_SIZE = 1_000;

export interface QueuedImport {
  jobId: string;
  entity: CsvEntity;
  target: CsvImportTarget;
  rows: CheckedImportRow[];
  /** Errors found while reading the file (only with skipBadRows). */
  errors: ImportRowError[];
  /** Rows those errors are about: already processed (skipped) when the job starts. */
  badRows: number;
  skipBadRows: boolean;
}

/**
 * Tells live subscribers (`importProgress`) that the job's row changed. Called after each commit of
 * the job's row; progress is not a change of the tenant's data, so it goes straight to the bus
 * rather than through the outbox, and a lost announcement only delays a progress bar.
 */
function announceProgress(runtime: SubgraphRuntime, job: QueuedImport): Promise<void> {
  return runtime.events
    .publish(domainEvent('crm.import.progressed', job.target.tenantId, { id: job.jobId, jobId: job.jobId }))
    .catch((error: unknown) =>
      runtime.logger.warn({ err: error, jobId: job.jobId }, 'import progress not announced'),
    );
}

/**
 * Writes a queued import's rows in batches, reporting progress on the job as it goes. Without
 * skipBadRows every batch runs in one transaction that also marks the job SUCCEEDED: all rows or
 * none. With skipBadRows each batch commits on its own with the job's counters, and rows a
 * concurrent write made invalid (a domain taken meanwhile) become row errors.
 */
export async function runImport(runtime: SubgraphRuntime, job: QueuedImport): Promise<void> {
  const { tenantId } = job.target;
  const progress = runtime.systemContext(tenantId);
  await progress.autonomous.run((manager) =>
    updateImportJob(manager, tenantId, job.jobId, { status: 'RUNNING', processed: job.badRows }),
  );
  await announceProgress(runtime, job);
  try {
    if (job.skipBadRows) await importBatchByBatch(runtime, job);
    else await importAllOrNothing(runtime, job);
  } catch (error) {
    runtime.logger.error({ err: error, jobId: job.jobId }, 'import failed');
    const failed = runtime.systemContext(tenantId);
    await failed.db.run((manager) =>
      updateImportJob(manager, tenantId, job.jobId, {
        status: 'FAILED',
        message: job.skipBadRows
          ? 'The import stopped because of an internal error; the rows counted in "imported" were written.'
          : 'The import stopped because of an internal error; nothing was imported.',
      }),
    );
    await failed.db.finish('commit');
  }
  await announceProgress(runtime, job);
}

function batchesOf<T>(items: T[]): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += IMPORT_BATCH_SIZE)
    batches.push(items.slice(start, start + IMPORT_BATCH_SIZE));
  return batches;
}

/** Inserts one batch; returns the rows a conflicting stored value kept out. */
async function insertBatch(
  ctx: ReturnType<SubgraphRuntime['systemContext']>,
  job: QueuedImport,
  batch: CheckedImportRow[],
): Promise<{ inserted: number; refused: ImportRowError[] }> {
  const inserted = await ctx.db.run((manager) =>
    job.entity.insertRows(
      manager,
      job.target,
      batch.map((row) => row.values),
    ),
  );
  if (inserted.length > 0)
    await emitEvent(ctx, job.entity.importedEvent, { jobId: job.jobId, ids: inserted.map((row) => row.id) });
  const refused: ImportRowError[] = [];
  const unique = job.entity.unique;
  if (inserted.length < batch.length && unique) {
    const written = new Set(inserted.map((row) => row.unique));
    for (const row of batch) {
      const value = row.values[unique.header];
      if (typeof value === 'string' && !written.has(value))
        refused.push({
          line: row.line,
          column: unique.header,
          code: unique.code,
          message: unique.message(value),
        });
    }
  }
  return { inserted: inserted.length, refused };
}

async function importAllOrNothing(runtime: SubgraphRuntime, job: QueuedImport): Promise<void> {
  const { tenantId } = job.target;
  const work = runtime.systemContext(tenantId);
  let processed = 0;
  const refused: ImportRowError[] = [];
  try {
    for (const batch of batchesOf(job.rows)) {
      const result = await insertBatch(work, job, batch);
      refused.push(...result.refused);
      processed += batch.length;
      // Progress commits on its own connection; the rows stay uncommitted until the end.
      await work.autonomous.run((manager) => updateImportJob(manager, tenantId, job.jobId, { processed }));
      await announceProgress(runtime, job);
    }
  } catch (error) {
    await work.db.finish('rollback');
    throw error;
  }
  if (refused.length > 0) {
    await work.db.finish('rollback');
    const failed = runtime.systemContext(tenantId);
    await failed.db.run((manager) =>
      updateImportJob(manager, tenantId, job.jobId, {
        status: 'FAILED',
        errors: refused,
        message: `${refused.length} row${refused.length === 1 ? '' : 's'} conflicted with data written meanwhile; nothing was imported.`,
      }),
    );
    await failed.db.finish('commit');
    return;
  }
  await work.db.run((manager) =>
    updateImportJob(manager, tenantId, job.jobId, { status: 'SUCCEEDED', processed, imported: processed }),
  );
  await work.db.finish('commit');
}

async function importBatchByBatch(runtime: SubgraphRuntime, job: QueuedImport): Promise<void> {
  const { tenantId } = job.target;
  let processed = job.badRows;
  let imported = 0;
  const errors = [...job.errors];
  for (const batch of batchesOf(job.rows)) {
    const ctx = runtime.systemContext(tenantId);
    try {
      const result = await insertBatch(ctx, job, batch);
      processed += batch.length;
      imported += result.inserted;
      errors.push(...result.refused);
      await ctx.db.run((manager) =>
        updateImportJob(manager, tenantId, job.jobId, {
          processed,
          imported,
          errors: result.refused.length ? sorted(errors) : undefined,
        }),
      );
      await ctx.db.finish('commit');
      await announceProgress(runtime, job);
    } catch (error) {
      await ctx.db.finish('rollback').catch(() => undefined);
      throw error;
    }
  }
  const done = runtime.systemContext(tenantId);
  await done.db.run((manager) =>
    updateImportJob(manager, tenantId, job.jobId, {
      status: 'SUCCEEDED',
      processed,
      imported,
      errors: sorted(errors),
      message:
        processed > imported
          ? `${imported} row${imported === 1 ? '' : 's'} imported; ${processed - imported} bad row${processed - imported === 1 ? '' : 's'} skipped.`
          : null,
    }),
  );
  await done.db.finish('commit');
}

function sorted(errors: ImportRowError[]): ImportRowError[] {
  return [...errors].sort((a, b) => a.line - b.line);
}
