import { useState } from 'react';
import type { LeadStatus } from '../../__generated__/graphql';
import { Button, Card, PageHeader, SelectField, TextField } from '../../ui';
import { useCan } from '../../permissions';
import { useDebounced } from '../companies/use-debounced';
import { LeadForm } from './LeadForm';
import { LeadList } from './LeadList';
import { LEAD_STATUSES } from './labels';

/** The tenant's leads, searchable and by status, a form for a new one, and converting them. */
export default function LeadsScreen() {
  const canWrite = useCan('crm.lead:write');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  const [status, setStatus] = useState<LeadStatus | ''>('');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState(0);

  return (
    <>
      <PageHeader title="Leads">
        {canWrite && !creating && <Button onClick={() => setCreating(true)}>New lead</Button>}
      </PageHeader>
      {creating && (
        <Card title="New lead" className="mb-4 max-w-2xl">
          <LeadForm
            onCreated={() => {
              setCreating(false);
              setCreated((count) => count + 1);
            }}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      <div className="mb-4 grid gap-3 sm:grid-cols-[1fr_12rem]">
        <TextField
          label="Search leads"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <SelectField
          label="Filter by status"
          value={status}
          onChange={(event) => setStatus(event.target.value as LeadStatus | '')}
        >
          <option value="">Any status</option>
          {Object.entries(LEAD_STATUSES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <LeadList key={`${settledSearch}|${status}|${created}`} search={settledSearch} status={status} />
    </>
  );
}
