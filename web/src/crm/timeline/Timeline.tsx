import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Card, Empty, Loading, Problems } from '../../ui';
import { useCan } from '../../permissions';
import { ActivityItem } from './ActivityItem';
import { LogActivityForm } from './LogActivityForm';

/** The record whose timeline is shown. */
export interface TimelineRecord {
  type: 'company' | 'person';
  id: string;
}

const PAGE = 20;

const CompanyTimeline = graphql(`
  query CompanyTimeline($id: ID!, $first: Int!, $after: String) {
    company(id: $id) {
      id
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...TimelineActivity
          }
        }
      }
    }
  }
`);

const PersonTimeline = graphql(`
  query PersonTimeline($id: ID!, $first: Int!, $after: String) {
    person(id: $id) {
      id
      timeline(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...TimelineActivity
          }
        }
      }
    }
  }
`);

/**
 * What happened with a company or a person, newest first, a page at a time, with a form to add a note
 * or a task (for a role that may write activities) and "Complete" on open tasks.
 */
export function Timeline({ record }: { record: TimelineRecord }) {
  const canWrite = useCan('crm.activity:write');
  const [after, setAfter] = useState<string | null>(null);
  const variables = { id: record.id, first: PAGE, after };
  const [companyResult] = useQuery({ query: CompanyTimeline, variables, pause: record.type !== 'company' });
  const [personResult] = useQuery({ query: PersonTimeline, variables, pause: record.type !== 'person' });
  const { data, fetching, error } = record.type === 'company' ? companyResult : personResult;
  const timeline =
    record.type === 'company' ? companyResult.data?.company?.timeline : personResult.data?.person?.timeline;

  return (
    <Card title="Timeline">
      {canWrite && (
        <div className="mb-4 border-b border-slate-200 pb-4">
          {/* A new activity comes first: start again from the first page, which the cache refetches. */}
          <LogActivityForm record={record} onLogged={() => setAfter(null)} />
        </div>
      )}
      {!data && fetching && <Loading what="the timeline" />}
      <Problems error={error} />
      {timeline && timeline.edges.length === 0 && <Empty>Nothing logged yet.</Empty>}
      {timeline && timeline.edges.length > 0 && (
        <>
          <p className="mb-1 text-sm text-slate-500">
            {timeline.totalCount === 1 ? '1 activity' : `${timeline.totalCount} activities`}
          </p>
          <ol aria-label="Activities" className="-mx-4 divide-y divide-slate-200">
            {timeline.edges.map((edge) => (
              <ActivityItem key={edge.node.id} activity={edge.node} canComplete={canWrite} />
            ))}
          </ol>
          {timeline.pageInfo.hasNextPage && (
            <div className="mt-3 flex justify-center">
              <Button
                variant="secondary"
                disabled={fetching}
                onClick={() => setAfter(timeline.pageInfo.endCursor ?? null)}
              >
                {fetching ? 'Loading…' : 'Load more'}
              </Button>
            </div>
          )}
        </>
      )}
    </Card>
  );
}
