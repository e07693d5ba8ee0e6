import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { getFragmentData, graphql } from '../../__generated__';
import { Card, Loading, Problems } from '../../ui';
import { importEntityLabel } from './import-entities';

/** What a progress event carries (the row errors are known from the start and never change). */
export const ImportJobProgressFields = graphql(`
  fragment ImportJobProgressFields on ImportJob {
    id
    entity
    status
    skipBadRows
    total
    processed
    imported
    errorCount
    message
    createdAt
    finishedAt
  }
`);

const ImportJobQuery = graphql(`
  query ImportJobDetails($id: ID!) {
    importJob(id: $id) {
      id
      ...ImportJobProgressFields
      errors {
        line
        column
        code
        message
      }
    }
  }
`);

const ImportProgressSubscription = graphql(`
  subscription ImportJobProgress($jobId: ID!) {
    importProgress(jobId: $jobId) {
      id
      ...ImportJobProgressFields
    }
  }
`);

/** When the job is first read again, then how often, while it runs (in case events were missed). */
const FIRST_POLL_MS = 1_000;
const FALLBACK_POLL_MS = 3_000;

const STATUS_LABELS = {
  QUEUED: 'Waiting to start',
  RUNNING: 'Importing…',
  SUCCEEDED: 'Finished',
  FAILED: 'Failed',
} as const;

export function isFinished(status: string): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}

/**
 * One import: a progress bar fed by `importProgress` (the cache writes each event into the job, so
 * the query below shows it), the outcome once finished and the rows refused. The job is read again
 * now and then while it runs, so a missed event never leaves the bar stuck.
 */
export function ImportProgress({ jobId }: { jobId: string }) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: ImportJobQuery, variables: { id: jobId } });
  const job = data?.importJob ? getFragmentData(ImportJobProgressFields, data.importJob) : null;
  const finished = job ? isFinished(job.status) : false;
  const [live] = useSubscription({
    query: ImportProgressSubscription,
    variables: { jobId },
    // From the start, not after the first read: a short import may finish in between.
    pause: finished,
  });

  // The job may finish before the subscription is in place (the upload answers first): read it
  // again soon, then now and then, until it has finished.
  const running = Boolean(job) && !finished;
  useEffect(() => {
    if (!running) return;
    let timer: ReturnType<typeof setTimeout>;
    const pollAfter = (delay: number) => {
      timer = setTimeout(() => {
        refetch({ requestPolicy: 'network-only' });
        pollAfter(FALLBACK_POLL_MS);
      }, delay);
    };
    pollAfter(FIRST_POLL_MS);
    return () => clearTimeout(timer);
  }, [running, refetch]);

  if (fetching && !data) return <Loading what="the import" />;
  if (error && !data) return <Problems error={error} />;
  if (!job || !data?.importJob)
    return <Problems userErrors={[{ message: 'This import cannot be found.' }]} />;

  const errors = data.importJob.errors;
  const percent = job.total > 0 ? Math.floor((job.processed * 100) / job.total) : finished ? 100 : 0;
  return (
    <Card title={`${importEntityLabel(job.entity)} import`}>
      <div className="flex flex-col gap-3">
        <p className="text-sm font-medium" aria-live="polite">
          {STATUS_LABELS[job.status]}
        </p>
        <div
          role="progressbar"
          aria-label="Import progress"
          aria-valuemin={0}
          aria-valuemax={job.total}
          aria-valuenow={job.processed}
          aria-valuetext={`${job.processed} of ${job.total} rows (${percent} %)`}
          className="h-3 overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className={`h-full transition-[width] ${job.status === 'FAILED' ? 'bg-red-500' : 'bg-indigo-600'}`}
            style={{ width: `${percent}%` }}
          />
        </div>
        <p className="flex flex-wrap justify-between gap-2 text-sm text-slate-700">
          <span>
            {job.processed} of {job.total} rows
          </span>
          <span>{percent} %</span>
        </p>
        {finished && (
          <p className="text-sm">
            <strong>{job.imported} imported</strong> · {job.errorCount}{' '}
            {job.errorCount === 1 ? 'error' : 'errors'}
          </p>
        )}
        {job.message && <p className="text-sm text-slate-700">{job.message}</p>}
        {live.error && !finished && (
          <p className="text-sm text-amber-700">
            Live progress is unavailable; the figures refresh every few seconds.
          </p>
        )}
        {errors.length > 0 && <RowErrors errors={errors} errorCount={job.errorCount} />}
      </div>
    </Card>
  );
}

function RowErrors({
  errors,
  errorCount,
}: {
  errors: ReadonlyArray<{ line: number; column?: string | null; code: string; message: string }>;
  errorCount: number;
}) {
  return (
    <div className="max-h-96 overflow-auto rounded ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="bg-red-50 px-3 py-2 text-left font-medium text-red-800">
          Rows with errors{errorCount > errors.length ? ` (the first ${errors.length} of ${errorCount})` : ''}
        </caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-1">
              Line
            </th>
            <th scope="col" className="px-3 py-1">
              Column
            </th>
            <th scope="col" className="px-3 py-1">
              Problem
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((rowError) => (
            <tr key={`${rowError.line}-${rowError.column ?? ''}-${rowError.code}`}>
              <td className="px-3 py-1 tabular-nums">{rowError.line}</td>
              <td className="px-3 py-1">{rowError.column ?? '—'}</td>
              <td className="px-3 py-1">
                {rowError.message} <span className="text-xs text-slate-500">({rowError.code})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
