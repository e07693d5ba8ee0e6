import { useState } from 'react';
import { Link } from 'wouter';
import { Button, Card, PageHeader, TextField } from '../../ui';
import { useCan } from '../../permissions';
import { useDebounced } from '../companies/use-debounced';
import { PeopleList } from './PeopleList';
import { PersonForm } from './PersonForm';

/** The tenant's people, searchable by name or e-mail and paged, and a form for a new one. */
export default function PeopleScreen() {
  const canWrite = useCan('crm.person:write');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);

  return (
    <>
      <PageHeader title="People">
        {canWrite && !creating && (
          <Button
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            New person
          </Button>
        )}
      </PageHeader>
      {creating && (
        <Card title="New person" className="mb-4 max-w-xl">
          <PersonForm
            onCreated={(person) => {
              setCreated(person);
              setCreating(false);
            }}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      {created && (
        <p
          role="status"
          className="mb-4 rounded bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200"
        >
          Created{' '}
          <Link href={`/people/${created.id}`} className="font-medium underline">
            {created.name}
          </Link>
          .
        </p>
      )}
      <TextField
        label="Search people"
        type="search"
        className="mb-4"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <PeopleList key={`${settledSearch}|${created?.id ?? ''}`} search={settledSearch} />
    </>
  );
}
