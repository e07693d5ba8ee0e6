import type { ImportRowError } from './csv-import-file';

export type ImportJobStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** A row of `crm.import_jobs`, as the job queries return it. */
export interface ImportJobRow {
  id: string;
  tenantId: string;
  entity: string;
  status: ImportJobStatus;
  skipBadRows: boolean;
  total: number;
  processed: number;
  imported: number;
  errorCount: number;
  errors: ImportRowError[];
  message: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

/** Row errors a job keeps; `errorCount` counts all of them. */
export const MAX_STORED_ERRORS = 1_000;

/**
 * A running job updates its row after every batch (well under a second apart). One unchanged for
 * this long was running in a process that stopped (a restart, a crash): its transaction, and so its
 * uncommitted rows, died with it.
 */
export const STALLED_JOB_SECONDS = 600;

/** The job's status as clients see it: a stalled QUEUED or RUNNING job is FAILED. */
export const IMPORT_JOB_STATUS = `case when status in ('QUEUED', 'RUNNING')
  and updated_at < now() - interval '${STALLED_JOB_SECONDS} seconds' then 'FAILED' else status end`;

export const IMPORT_JOB_COLUMNS = `id, tenant_id as "tenantId", entity, ${IMPORT_JOB_STATUS} as status,
  skip_bad_rows as "skipBadRows",
  total, processed, imported, error_count as "errorCount", errors,
  case when status in ('QUEUED', 'RUNNING') and updated_at < now() - interval '${STALLED_JOB_SECONDS} seconds'
    then 'The import stopped when the service restarted; rows not counted in "imported" were not written. Import the file again.'
    else message end as message,
  created_by as "createdBy",
  created_at as "createdAt", updated_at as "updatedAt", finished_at as "finishedAt"`;

/** The job as the POST answer shows it: the same fields as GraphQL's `ImportJob`. */
export function importJobJson(job: ImportJobRow) {
  return {
    id: job.id,
    entity: job.entity,
    status: job.status,
    skipBadRows: job.skipBadRows,
    total: job.total,
    processed: job.processed,
    imported: job.imported,
    errorCount: job.errorCount,
    errors: job.errors,
    message: job.message,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}
