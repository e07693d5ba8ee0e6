import { useState } from 'react';
import { graphql } from '../../__generated__';
import type { LeadStatus } from '../../__generated__/graphql';
import { countShown, PagedList, Rows, usePagedQuery } from '../../paged-list';
import { Button, formatDate } from '../../ui';
import { useCan } from '../../permissions';
import { ConvertedRecordLinks } from './ConvertedRecords';
import { ConvertLeadForm } from './ConvertLeadForm';
import { LEAD_SOURCES, LEAD_STATUSES } from './labels';

const Leads = graphql(`
  query Leads($first: Int!, $after: String, $search: String, $filter: LeadFilter) {
    leads(first: $first, after: $after, search: $search, filter: $filter) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          id
          name
          companyName
          email
          phone
          source
          status
          score
          createdAt
          convertedAt
          ...ConvertedRecords
        }
      }
    }
  }
`);

const STATUS_LOOK: Record<LeadStatus, string> = {
  NEW: 'bg-sky-50 text-sky-800 ring-sky-200',
  CONTACTED: 'bg-amber-50 text-amber-800 ring-amber-200',
  QUALIFIED: 'bg-green-50 text-green-800 ring-green-200',
  DISQUALIFIED: 'bg-slate-100 text-slate-600 ring-slate-200',
  CONVERTED: 'bg-indigo-50 text-indigo-800 ring-indigo-200',
};

/**
 * The tenant's leads, newest first, a page at a time: status, score and source of each, "Convert" on
 * those not converted yet, and where converted ones went. Mount it with a key of its search and
 * status so a change starts from the first page.
 */
export function LeadList({ search, status }: { search: string; status: LeadStatus | '' }) {
  const canConvert = useCan('crm.lead:write');
  const [converting, setConverting] = useState<string | null>(null);
  const paged = usePagedQuery({
    query: Leads,
    variables: { search: search || null, filter: status ? { status } : null },
    connection: (data) => data.leads,
  });
  return (
    <PagedList
      paged={paged}
      label="Leads"
      loading="leads"
      empty={search || status ? 'No lead matches.' : 'No leads yet.'}
      count={(total, shown) => countShown(total, shown, 'lead', 'leads')}
    >
      {(leads) => (
        <Rows>
          {leads.map((lead) => (
            <li key={lead.id} aria-label={lead.name} className="px-4 py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium">{lead.name}</p>
                  <p className="truncate text-sm text-slate-500">
                    {[lead.companyName, lead.email, lead.phone].filter(Boolean).join(' · ') || '—'}
                  </p>
                </div>
                <div className="flex flex-wrap items-center gap-2 text-xs">
                  <span className={`rounded px-1.5 py-0.5 font-medium ring-1 ${STATUS_LOOK[lead.status]}`}>
                    {LEAD_STATUSES[lead.status]}
                  </span>
                  <span className="text-slate-600">Score {lead.score ?? '—'}</span>
                  <span className="text-slate-600">{LEAD_SOURCES[lead.source]}</span>
                  <span className="text-slate-500">{formatDate(lead.createdAt)}</span>
                  {canConvert && lead.status !== 'CONVERTED' && converting !== lead.id && (
                    <Button
                      variant="secondary"
                      className="py-1"
                      aria-label={`Convert ${lead.name}`}
                      onClick={() => setConverting(lead.id)}
                    >
                      Convert
                    </Button>
                  )}
                </div>
              </div>
              {lead.status === 'CONVERTED' && <ConvertedRecordLinks lead={lead} />}
              {converting === lead.id && lead.status !== 'CONVERTED' && (
                <ConvertLeadForm
                  lead={lead}
                  onDone={() => setConverting(null)}
                  onCancel={() => setConverting(null)}
                />
              )}
            </li>
          ))}
        </Rows>
      )}
    </PagedList>
  );
}
