import { useState } from 'react';
import { Link } from 'wouter';
import type { PurchaseOrderStatus } from '../__generated__/graphql';
import { useCan } from '../permissions';
import { PageHeader, SelectField } from '../ui';
import { PurchaseOrderList } from './PurchaseOrderList';
import { PURCHASE_ORDER_STATUSES } from './PurchaseOrderStatusBadge';

type StatusFilter = PurchaseOrderStatus | 'ALL';

/** The tenant's purchase orders, newest first, all or those of one status. */
export default function PurchaseOrdersScreen() {
  const canWrite = useCan('erp.purchase:write');
  const [status, setStatus] = useState<StatusFilter>('ALL');
  return (
    <>
      <PageHeader title="Purchase orders">
        {canWrite && (
          <Link
            href="/purchase-orders/new"
            className="rounded bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-700 focus:outline-2 focus:outline-offset-2 focus:outline-indigo-600"
          >
            New purchase order
          </Link>
        )}
      </PageHeader>
      <SelectField
        label="Status"
        className="mb-4 max-w-xs"
        value={status}
        onChange={(event) => setStatus(event.target.value as StatusFilter)}
      >
        <option value="ALL">All purchase orders</option>
        {PURCHASE_ORDER_STATUSES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </SelectField>
      {/* A new filter is a new list: it starts again from its first page. */}
      <PurchaseOrderList key={status} status={status === 'ALL' ? null : status} />
    </>
  );
}
