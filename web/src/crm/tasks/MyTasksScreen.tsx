import { useState } from 'react';
import { getFragmentData, graphql } from '../../__generated__';
import { countOf, PagedList, Rows, usePagedQuery } from '../../paged-list';
import { PageHeader, ToggleGroup } from '../../ui';
import { useCan } from '../../permissions';
import { ActivityItem } from '../timeline/ActivityItem';
import { ActivityPage } from '../timeline/activity-page';

const MyTasks = graphql(`
  query MyTasks($first: Int!, $after: String, $done: Boolean!) {
    myTasks(first: $first, after: $after, done: $done) {
      ...ActivityPage
    }
  }
`);

/** Open tasks are to do (completing one takes it off); done ones can be looked back on. */
function TaskList({ done }: { done: boolean }) {
  const canComplete = useCan('crm.activity:write');
  const paged = usePagedQuery({
    query: MyTasks,
    variables: { done },
    connection: (data) => getFragmentData(ActivityPage, data.myTasks),
  });
  return (
    <PagedList
      paged={paged}
      label={done ? 'Completed tasks' : 'Open tasks'}
      loading="your tasks"
      empty={done ? 'No completed tasks yet.' : 'Nothing to do. Well done.'}
      count={(total) =>
        `${countOf(total, 'task', 'tasks')}${done ? ' completed' : ' to do, soonest due first'}`
      }
    >
      {(tasks) => (
        <Rows>
          {tasks.map((task) => (
            <ActivityItem key={task.id} activity={task} canComplete={canComplete} showRecord />
          ))}
        </Rows>
      )}
    </PagedList>
  );
}

/** The caller's tasks across every record, with "Complete" on each open one. */
export default function MyTasksScreen() {
  const [done, setDone] = useState(false);
  return (
    <>
      <PageHeader title="My tasks">
        <ToggleGroup
          label="Which tasks"
          options={[
            { value: false, label: 'Open' },
            { value: true, label: 'Completed' },
          ]}
          value={done}
          onChange={setDone}
        />
      </PageHeader>
      <TaskList key={String(done)} done={done} />
    </>
  );
}
