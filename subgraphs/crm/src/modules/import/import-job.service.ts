import {
  type Connection,
  decodeCursor,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { CSV_ENTITIES } from './csv-entities';
import type { ImportRowError } from './csv-import-file';
import {
  IMPORT_JOB_COLUMNS,
  type ImportJobRow,
  type ImportJobStatus,
  MAX_STORED_ERRORS,
  STALLED_JOB_SECONDS,
} from './import-job.model';

/** The entities whose jobs the caller may see: a job is readable by whoever can read its entity. */
function readableEntities(ctx: SubgraphContext): string[] {
  return CSV_ENTITIES.filter((entity) => ctx.caller.permissions.includes(entity.readPermission)).map(
    (entity) => entity.entity,
  );
}

export async function findImportJob(ctx: SubgraphContext, id: string): Promise<ImportJobRow | null> {
  const tenantId = tenantOf(ctx);
  const jobId = parseId(id, 'id');
  const rows: ImportJobRow[] = await ctx.db.run((manager) =>
    manager.query(
      `select ${IMPORT_JOB_COLUMNS} from crm.import_jobs where tenant_id = $1 and id = $2 and entity = any($3::text[])`,
      [tenantId, jobId, readableEntities(ctx)],
    ),
  );
  return rows[0] ?? null;
}

/** The tenant's import jobs the caller may see, newest first, keyset-paginated. */
export async function listImportJobs(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<ImportJobRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const position = decodeCursor(args.after);
  if (position) parseId(position.id, 'after');
  const params: unknown[] = [tenantId, readableEntities(ctx)];
  const filter = 'tenant_id = $1 and entity = any($2::text[])';
  let pageFilter = filter;
  if (position) {
    params.push(position.key, position.id);
    pageFilter += ` and (created_at, id) < ($3::timestamptz, $4::uuid)`;
  }
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    // The cursor keeps Postgres' own text of created_at, microseconds included.
    const rows: Array<ImportJobRow & { sortKey: string }> = await manager.query(
      `select ${IMPORT_JOB_COLUMNS}, created_at::text as "sortKey" from crm.import_jobs where ${pageFilter}
       order by created_at desc, id desc limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from crm.import_jobs where ${filter}`,
      params.slice(0, 2),
    );
    return toConnection(rows, size, count, (row) => ({ key: row.sortKey, id: row.id }), position !== null);
  });
}

export interface NewImportJob {
  entity: string;
  status: Extract<ImportJobStatus, 'QUEUED' | 'FAILED'>;
  skipBadRows: boolean;
  total: number;
  processed: number;
  errors: ImportRowError[];
  message: string | null;
}

/** The tenant's imports still queued or running (a stalled one, see STALLED_JOB_SECONDS, is not). */
export async function countActiveImports(ctx: SubgraphContext): Promise<number> {
  const [{ count }]: Array<{ count: number }> = await ctx.db.run((manager) =>
    manager.query(
      `select count(*)::int as count from crm.import_jobs
       where tenant_id = $1 and status in ('QUEUED', 'RUNNING')
         and updated_at >= now() - interval '${STALLED_JOB_SECONDS} seconds'`,
      [tenantOf(ctx)],
    ),
  );
  return count;
}

export async function insertImportJob(ctx: SubgraphContext, job: NewImportJob): Promise<ImportJobRow> {
  const tenantId = tenantOf(ctx);
  const rows: ImportJobRow[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.import_jobs
         (tenant_id, entity, status, skip_bad_rows, total, processed, error_count, errors, message, created_by,
          finished_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, case when $3 = 'FAILED' then now() end)
       returning ${IMPORT_JOB_COLUMNS}`,
      [
        tenantId,
        job.entity,
        job.status,
        job.skipBadRows,
        job.total,
        job.processed,
        job.errors.length,
        JSON.stringify(job.errors.slice(0, MAX_STORED_ERRORS)),
        job.message,
        ctx.caller.userId,
      ],
    ),
  );
  return rows[0];
}

export interface ImportJobChange {
  status?: ImportJobStatus;
  processed?: number;
  imported?: number;
  /** All row errors so far (the first 1,000 are kept). */
  errors?: ImportRowError[];
  message?: string | null;
}

/** Updates a job's progress or outcome; a SUCCEEDED or FAILED status also stamps `finished_at`. */
export async function updateImportJob(
  manager: EntityManager,
  tenantId: string,
  id: string,
  change: ImportJobChange,
): Promise<void> {
  await manager.query(
    `update crm.import_jobs set
       status = coalesce($3, status),
       processed = coalesce($4, processed),
       imported = coalesce($5, imported),
       error_count = coalesce($6, error_count),
       errors = coalesce($7::jsonb, errors),
       message = case when $8 then $9 else message end,
       finished_at = case when $3 in ('SUCCEEDED', 'FAILED') then now() else finished_at end,
       updated_at = now()
     where tenant_id = $1 and id = $2`,
    [
      tenantId,
      id,
      change.status ?? null,
      change.processed ?? null,
      change.imported ?? null,
      change.errors?.length ?? null,
      change.errors ? JSON.stringify(change.errors.slice(0, MAX_STORED_ERRORS)) : null,
      change.message !== undefined,
      change.message ?? null,
    ],
  );
}
