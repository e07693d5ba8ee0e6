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

export const IMPORT_JOB_COLUMNS = `id, tenant_id as "tenantId", entity, status, skip_bad_rows as "skipBadRows",
  total, processed, imported, error_count as "errorCount", errors, message, created_by as "createdBy",
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
