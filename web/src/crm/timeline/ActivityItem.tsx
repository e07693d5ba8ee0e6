import { useMutation } from 'urql';
import { Link } from 'wouter';
import { type FragmentType, getFragmentData, graphql } from '../../__generated__';
import { Button, formatDate, Problems } from '../../ui';

export const TimelineActivity = graphql(`
  fragment TimelineActivity on Activity {
    id
    kind
    subject
    body
    occurredAt
    dueAt
    doneAt
    author {
      id
      name
    }
    assignee {
      id
      name
    }
    company {
      id
      name
    }
    person {
      id
      name
    }
  }
`);

const CompleteTask = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      activity {
        id
        doneAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const KIND_LABELS = {
  NOTE: 'Note',
  TASK: 'Task',
  CALL: 'Call',
  MEETING: 'Meeting',
  EMAIL: 'E-mail',
} as const;

/** The record an activity is about, after the other facts of its line. */
function RecordLink({ href, name }: { href: string; name: string }) {
  return (
    <>
      {' · '}
      <Link href={href} className="text-indigo-700 hover:underline">
        {name}
      </Link>
    </>
  );
}

/**
 * One activity: what, when and by whom; a task also its due date and either when it was done or a
 * "Complete" button. `showRecord` names the company and person it is about (in My tasks, where that
 * is not the screen's own record).
 */
export function ActivityItem({
  activity: masked,
  canComplete,
  showRecord = false,
}: {
  activity: FragmentType<typeof TimelineActivity>;
  canComplete: boolean;
  showRecord?: boolean;
}) {
  const activity = getFragmentData(TimelineActivity, masked);
  const [completing, completeTask] = useMutation(CompleteTask);
  const isTask = activity.kind === 'TASK';
  const overdue = isTask && !activity.doneAt && activity.dueAt && new Date(activity.dueAt) < new Date();

  return (
    <li className="flex flex-col gap-1 px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-600">
            {KIND_LABELS[activity.kind]}
          </span>
          <span className={`font-medium ${activity.doneAt ? 'text-slate-500 line-through' : ''}`}>
            {activity.subject}
          </span>
        </div>
        {isTask && !activity.doneAt && canComplete && (
          <Button
            variant="secondary"
            className="py-1"
            aria-label={`Complete ${activity.subject}`}
            disabled={completing.fetching}
            onClick={() => void completeTask({ input: { id: activity.id } })}
          >
            {completing.fetching ? 'Completing…' : 'Complete'}
          </Button>
        )}
      </div>
      {activity.body && (
        <p className="whitespace-pre-wrap break-words text-sm text-slate-700">{activity.body}</p>
      )}
      <p className="text-xs text-slate-500">
        {isTask ? (
          <>
            {activity.dueAt ? (
              <span className={overdue ? 'font-medium text-red-700' : ''}>
                Due {formatDate(activity.dueAt)}
                {overdue && ' (overdue)'}
              </span>
            ) : (
              'No due date'
            )}
            {activity.doneAt && ` · Done ${formatDate(activity.doneAt)}`}
            {/* In My tasks every task is the caller's own. */}
            {activity.assignee && !showRecord && ` · For ${activity.assignee.name}`}
          </>
        ) : (
          <>
            {formatDate(activity.occurredAt)}
            {activity.author && ` · ${activity.author.name}`}
          </>
        )}
        {showRecord && activity.company && (
          <RecordLink href={`/companies/${activity.company.id}`} name={activity.company.name} />
        )}
        {showRecord && activity.person && (
          <RecordLink href={`/people/${activity.person.id}`} name={activity.person.name} />
        )}
      </p>
      <Problems error={completing.error} userErrors={completing.data?.completeTask.userErrors} />
    </li>
  );
}
