import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Empty, Loading, PageHeader, Problems } from '../../ui';
import { useCan } from '../../permissions';
import { ActivityItem } from '../timeline/ActivityItem';

const PAGE = 25;

const MyTasks = graphql(`
  query MyTasks($first: Int!, $after: String, $done: Boolean!) {
    myTasks(first: $first, after: $after, done: $done) {
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
`);

/** Open tasks are to do (completing one takes it off); done ones can be looked back on. */
function TaskList({ done }: { done: boolean }) {
  const canComplete = useCan('crm.activity:write');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: MyTasks, variables: { first: PAGE, after, done } });
  if (!data) return fetching ? <Loading what="your tasks" /> : <Problems error={error} />;
  const tasks = data.myTasks.edges.map((edge) => edge.node);
  if (tasks.length === 0)
    return <Empty>{done ? 'No completed tasks yet.' : 'Nothing to do. Well done.'}</Empty>;
  const { pageInfo, totalCount } = data.myTasks;
  return (
    <section aria-label={done ? 'Completed tasks' : 'Open tasks'}>
      <p className="mb-2 text-sm text-slate-500">
        {totalCount === 1 ? '1 task' : `${totalCount} tasks`}
        {done ? ' completed' : ' to do, soonest due first'}
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {tasks.map((task) => (
          <ActivityItem key={task.id} activity={task} canComplete={canComplete} showRecord />
        ))}
      </ul>
      <Problems error={error} />
      {pageInfo.hasNextPage && (
        <div className="mt-3 flex justify-center">
          <Button
            variant="secondary"
            disabled={fetching}
            onClick={() => setAfter(pageInfo.endCursor ?? null)}
          >
            {fetching ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
    </section>
  );
}

/** The caller's tasks across every record, with "Complete" on each open one. */
export default function MyTasksScreen() {
  const [done, setDone] = useState(false);
  return (
    <>
      <PageHeader title="My tasks">
        <div role="group" aria-label="Which tasks" className="flex rounded ring-1 ring-slate-300">
          {[false, true].map((option) => (
            <button
              key={String(option)}
              type="button"
              aria-pressed={done === option}
              onClick={() => setDone(option)}
              className={`px-3 py-1.5 text-sm first:rounded-l last:rounded-r ${done === option ? 'bg-slate-800 text-white' : 'bg-white hover:bg-slate-50'}`}
            >
              {option ? 'Completed' : 'Open'}
            </button>
          ))}
        </div>
      </PageHeader>
      <TaskList key={String(done)} done={done} />
    </>
  );
}
