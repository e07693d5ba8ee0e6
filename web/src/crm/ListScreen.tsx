import { type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { Button, Card, Notice, PageHeader, TextField } from '../ui';
import { useDebounced } from './companies/use-debounced';

/** A record just created, as a form reports it. */
export interface CreatedRecord {
  id: string;
  name: string;
}

/**
 * A screen of one kind of record: a search box (and `filters` beside it) over the list, and for a
 * role that may write them a "New …" button opening the form for one. A record created is announced
 * with a link to its page (`recordHref`), and the list starts again so that it shows.
 */
export function ListScreen({
  title,
  newLabel,
  canCreate,
  form,
  formClassName = 'max-w-xl',
  recordHref,
  searchLabel,
  filters,
  children,
}: {
  title: string;
  /** The button opening the form, and the form's title. */
  newLabel: string;
  canCreate: boolean;
  form: (done: { onCreated: (record?: CreatedRecord) => void; onCancel: () => void }) => ReactNode;
  formClassName?: string;
  recordHref?: (id: string) => string;
  searchLabel: string;
  filters?: ReactNode;
  /** The list for a settled search; mount it with `key={listKey}`. */
  children: (search: string, listKey: string) => ReactNode;
}) {
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedRecord | null>(null);
  const [createdCount, setCreatedCount] = useState(0);
  const searchField = (
    <TextField
      label={searchLabel}
      type="search"
      className={filters ? '' : 'mb-4'}
      value={search}
      onChange={(event) => setSearch(event.target.value)}
    />
  );

  return (
    <>
      <PageHeader title={title}>
        {canCreate && !creating && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {newLabel}
          </Button>
        )}
      </PageHeader>
      {creating && (
        <Card title={newLabel} className={`mb-4 ${formClassName}`}>
          {form({
            onCreated: (record) => {
              setCreated(record ?? null);
              setCreatedCount((count) => count + 1);
              setCreating(false);
            },
            onCancel: () => setCreating(false),
          })}
        </Card>
      )}
      {created && recordHref && (
        <Notice>
          Created{' '}
          <Link href={recordHref(created.id)} className="font-medium underline">
            {created.name}
          </Link>
          .
        </Notice>
      )}
      {filters ? (
        <div className="mb-4 grid gap-3 sm:grid-cols-[1fr_12rem]">
          {searchField}
          {filters}
        </div>
      ) : (
        searchField
      )}
      {children(settledSearch, `${settledSearch}|${createdCount}`)}
    </>
  );
}
