import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { Link } from 'wouter';
import { useCan } from '../permissions';
import { Card, Empty, PageHeader, Problems } from '../ui';
import { Timeline, type TimelineRecord } from './timeline/Timeline';

/** One fact of a record's details; an empty one shows as a dash. */
export function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="break-words">{children || '—'}</dd>
    </div>
  );
}

/** Records of another kind on a record's page (a company's people, its deals): how many, and the first. */
export function RelatedCard<Item>({
  title,
  total,
  items,
  empty,
  children,
}: {
  title: string;
  total: number;
  items: readonly Item[];
  empty: string;
  children: (item: Item) => ReactNode;
}) {
  return (
    <Card title={`${title} (${total})`}>
      {items.length === 0 ? (
        <Empty>{empty}</Empty>
      ) : (
        <ul aria-label={title} className="-mx-4 divide-y divide-slate-200 text-sm">
          {items.map((item) => children(item))}
        </ul>
      )}
    </Card>
  );
}

/**
 * A CRM record's page: a link back to its list, its name (and `actions`) as the heading, what went
 * wrong reading it, its cards, and beside them on a wide screen its timeline (for a role that may
 * read activities).
 */
export function RecordLayout({
  back,
  title,
  actions,
  record,
  error,
  children,
}: {
  back: { href: string; label: string };
  title: string;
  actions?: ReactNode;
  record: TimelineRecord;
  /** What went wrong reading the record (the rest of it still shows). */
  error?: CombinedError;
  children: ReactNode;
}) {
  const withTimeline = useCan('crm.activity:read');
  return (
    <>
      <p className="mb-1 text-sm">
        <Link href={back.href} className="text-indigo-700 hover:underline">
          ← {back.label}
        </Link>
      </p>
      <PageHeader title={title}>{actions}</PageHeader>
      <Problems error={error} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="flex min-w-0 flex-col gap-4">{children}</div>
        <div className="min-w-0 lg:col-span-2">
          {withTimeline && <Timeline key={record.id} record={record} />}
        </div>
      </div>
    </>
  );
}
