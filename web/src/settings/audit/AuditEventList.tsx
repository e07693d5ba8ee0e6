import { graphql } from '../../__generated__';
import type { AuditEventType } from '../../__generated__/graphql';
import { countShown, PagedList, Rows, usePagedQuery } from '../../paged-list';
import { describeTarget, EVENT_LABELS, parseDetails, summariseDetails } from './event-words';
import { formatDateTime } from './format-time';

const PAGE_SIZE = 25;

const AuditEventListQuery = graphql(`
  query AuditEventList($first: Int!, $after: String, $types: [AuditEventType!], $userId: ID) {
    auditEvents(first: $first, after: $after, types: $types, userId: $userId) {
      totalCount
      edges {
        node {
          id
          type
          occurredAt
          actorId
          actor {
            id
            name
          }
          target {
            type
            id
          }
          clientAddress
          userAgent
          details
        }
      }
      pageInfo {
        ...NextPage
      }
    }
  }
`);

/**
 * The tenant's security events, newest first, of one type and about one member when chosen: when,
 * what, who acted, on what, from which address, and the details in words. Mount it with a `key` of
 * the filters so a new filter starts from the first page.
 */
export function AuditEventList({
  type,
  userId,
  userNames,
}: {
  type: AuditEventType | null;
  userId: string | null;
  userNames: ReadonlyMap<string, string>;
}) {
  const paged = usePagedQuery({
    query: AuditEventListQuery,
    variables: { types: type ? [type] : null, userId },
    first: PAGE_SIZE,
    connection: (data) => data.auditEvents,
    // Events are written by everyone's sign-ins and changes: look again whenever the log shows.
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="Audit events"
      loading="the audit log"
      empty={type || userId ? 'No events match these filters.' : 'No events yet.'}
      count={(total, shown) => countShown(total, shown, 'event', 'events')}
    >
      {(events) => (
        <Rows>
          {events.map((event) => {
            const details = parseDetails(event.details);
            const labelId = `audit-${event.id}`;
            return (
              <li
                key={event.id}
                aria-labelledby={labelId}
                className="grid gap-x-4 gap-y-1 px-4 py-3 text-sm md:grid-cols-[10rem_minmax(0,1fr)_minmax(0,18rem)]"
              >
                <time dateTime={event.occurredAt} className="text-slate-600">
                  {formatDateTime(event.occurredAt)}
                </time>
                <div className="min-w-0">
                  <p id={labelId} className="font-medium">
                    {EVENT_LABELS[event.type] ?? event.type}
                  </p>
                  <p className="break-words text-slate-700">{summariseDetails(event.type, details)}</p>
                </div>
                <dl className="grid grid-cols-[4.5rem_minmax(0,1fr)] gap-x-2 text-slate-700">
                  <dt className="text-slate-500">By</dt>
                  <dd className="break-words">
                    {event.actor?.name ?? (event.actorId ? 'A former member' : 'Nobody signed in')}
                  </dd>
                  <dt className="text-slate-500">Target</dt>
                  <dd className="break-words">{describeTarget(event.target, details, userNames)}</dd>
                  <dt className="text-slate-500">Address</dt>
                  <dd className="break-all font-mono text-xs leading-5" title={event.userAgent ?? undefined}>
                    {event.clientAddress ?? '—'}
                  </dd>
                </dl>
              </li>
            );
          })}
        </Rows>
      )}
    </PagedList>
  );
}
