import { useState } from 'react';
import type { LeadStatus } from '../../__generated__/graphql';
import { SelectField } from '../../ui';
import { useCan } from '../../permissions';
import { ListScreen } from '../ListScreen';
import { LeadForm } from './LeadForm';
import { LeadList } from './LeadList';
import { LEAD_STATUSES } from './labels';

/** The tenant's leads, searchable and by status, a form for a new one, and converting them. */
export default function LeadsScreen() {
  const canWrite = useCan('crm.lead:write');
  const [status, setStatus] = useState<LeadStatus | ''>('');
  return (
    <ListScreen
      title="Leads"
      newLabel="New lead"
      canCreate={canWrite}
      form={(done) => <LeadForm {...done} />}
      formClassName="max-w-2xl"
      searchLabel="Search leads"
      filters={
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
      }
    >
      {(search, listKey) => <LeadList key={`${listKey}|${status}`} search={search} status={status} />}
    </ListScreen>
  );
}
