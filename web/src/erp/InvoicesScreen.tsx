import { useState } from 'react';
import { Link } from 'wouter';
import type { InvoiceStatus } from '../__generated__/graphql';
import { useCan } from '../permissions';
import { PageHeader, SelectField } from '../ui';
import { InvoiceList } from './InvoiceList';

type StatusFilter = InvoiceStatus | 'ALL';

/** The tenant's invoices, newest first, all or those of one status (draft, posted, partially paid, paid). */
export default function InvoicesScreen() {
  const canWrite = useCan('erp.invoice:write');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  return (
    <>
      <PageHeader title="Invoices">
        {canWrite && (
          <Link
            href="/invoices/new"
            className="rounded bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-600"
          >
            New invoice
          </Link>
        )}
      </PageHeader>
      <SelectField
        label="Status"
        className="mb-4 max-w-xs"
        value={status}
        onChange={(event) => setStatus(event.target.value as StatusFilter)}
      >
        <option value="ALL">All invoices</option>
        <option value="DRAFT">Drafts</option>
        <option value="POSTED">Posted</option>
        <option value="PARTIALLY_PAID">Partially paid</option>
        <option value="PAID">Paid</option>
      </SelectField>
      {/* A new filter is a new list: it starts again from its first page. */}
      <InvoiceList key={status} status={status === 'ALL' ? null : status} />
    </>
  );
}
