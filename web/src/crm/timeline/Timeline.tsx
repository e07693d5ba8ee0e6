import { getFragmentData, graphql } from '../../__generated__';
import { countOf, PagedList, usePagedQuery } from '../../paged-list';
import { Card } from '../../ui';
import { useCan } from '../../permissions';
import { ActivityItem } from './ActivityItem';
import { ActivityPage } from './activity-page';
import { LogActivityForm } from './LogActivityForm';

/** The record whose timeline is shown. */
export interface TimelineRecord {
  type: 'company' | 'person';
  id: string;
}

const PAGE = 20;

/** One document for either kind of record: only the one asked for is included. */
const RecordTimeline = graphql(`
  query RecordTimeline($id: ID!, $first: Int!, $after: String, $company: Boolean!, $person: Boolean!) {
    company(id: $id) @include(if: $company) {
      id
      timeline(first: $first, after: $after) {
        ...ActivityPage
      }
    }
    person(id: $id) @include(if: $person) {
      id
      timeline(first: $first, after: $after) {
        ...ActivityPage
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
  const paged = usePagedQuery({
    query: RecordTimeline,
    variables: { id: record.id, company: record.type === 'company', person: record.type === 'person' },
    first: PAGE,
    connection: (data) => getFragmentData(ActivityPage, (data.company ?? data.person)?.timeline),
  });

  return (
    <Card title="Timeline">
      {canWrite && (
        <div className="mb-4 border-b border-slate-200 pb-4">
          {/* A new activity comes first: start again from the first page, which the cache refetches. */}
          <LogActivityForm record={record} onLogged={paged.restart} />
        </div>
      )}
      <PagedList
        paged={paged}
        loading="the timeline"
        empty="Nothing logged yet."
        count={(total) => countOf(total, 'activity', 'activities')}
      >
        {(activities) => (
          <ol aria-label="Activities" className="-mx-4 divide-y divide-slate-200">
            {activities.map((activity) => (
              <ActivityItem key={activity.id} activity={activity} canComplete={canWrite} />
            ))}
          </ol>
        )}
      </PagedList>
    </Card>
  );
}
