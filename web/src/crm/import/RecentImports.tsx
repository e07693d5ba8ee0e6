import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Card, Empty, Loading, Problems } from '../../ui';
import { importEntityLabel } from './import-entities';

const RecentImportsQuery = graphql(`
  query RecentImports {
    importJobs(first: 10) {
      totalCount
      edges {
        node {
          id
          entity
          status
          total
          processed
          imported
          errorCount
          createdAt
        }
      }
    }
  }
`);

const STATUS_WORDS = {
  QUEUED: 'waiting',
  RUNNING: 'running',
  SUCCEEDED: 'finished',
  FAILED: 'failed',
} as const;

function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The tenant's latest imports, newest first; read again when an import starts (`latestJobId`).
 * Running ones follow their progress events through the cache.
 */
export function RecentImports({
  latestJobId,
  onShow,
}: {
  latestJobId: string | null;
  onShow: (jobId: string) => void;
}) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: RecentImportsQuery });
  useEffect(() => {
    if (latestJobId) refetch({ requestPolicy: 'network-only' });
  }, [latestJobId, refetch]);

  const jobs = data?.importJobs.edges.map((edge) => edge.node) ?? [];
  return (
    <Card title="Recent imports">
      {fetching && !data ? (
        <Loading what="recent imports" />
      ) : error && !data ? (
        <Problems error={error} />
      ) : jobs.length === 0 ? (
        <Empty>No imports yet.</Empty>
      ) : (
        <ul className="divide-y divide-slate-200">
          {jobs.map((job) => (
            <li key={job.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium">{importEntityLabel(job.entity)}</span> ·{' '}
                {STATUS_WORDS[job.status]} · {job.imported} of {job.total} imported
                {job.errorCount > 0 && ` · ${job.errorCount} ${job.errorCount === 1 ? 'error' : 'errors'}`}
                <span className="block text-xs text-slate-500">{formatWhen(job.createdAt)}</span>
              </span>
              <Button
                variant="secondary"
                aria-label={`Show the ${importEntityLabel(job.entity).toLowerCase()} import of ${formatWhen(job.createdAt)}`}
                onClick={() => onShow(job.id)}
              >
                Show
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
