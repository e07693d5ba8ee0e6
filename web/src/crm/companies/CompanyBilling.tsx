import { type FragmentType, getFragmentData, graphql } from '../../__generated__';
import { InvoiceStatusBadge } from '../../erp/InvoiceStatusBadge';
import { Card, Empty, formatDate, formatMoney } from '../../ui';

/** erp's side of a company (through federation): what it owes and its latest invoices. */
export const CompanyBillingFields = graphql(`
  fragment CompanyBillingFields on Company {
    openBalance {
      amount
      currency
    }
    invoices(first: 10) {
      totalCount
      edges {
        node {
          id
          number
          status
          total {
            amount
            currency
          }
          issuedAt
          createdAt
        }
      }
    }
  }
`);

/** Open balance (one amount per currency, never added across currencies) and invoices, newest first. */
export function CompanyBilling({ company: masked }: { company: FragmentType<typeof CompanyBillingFields> }) {
  const company = getFragmentData(CompanyBillingFields, masked);
  // Null when the role may not see invoices (the screen asks only when it may): nothing to show.
  if (!company.invoices || !company.openBalance) return null;
  const invoices = company.invoices.edges.map((edge) => edge.node);
  const { openBalance, invoices: connection } = company;
  return (
    <Card title="Invoices">
      <dl className="mb-3">
        <dt className="text-xs text-slate-500">Open balance</dt>
        <dd className="text-lg font-semibold">
          {openBalance.length === 0
            ? 'Nothing owed'
            : openBalance.map((money) => (
                <span key={money.currency} className="mr-3">
                  {formatMoney(money)}
                </span>
              ))}
        </dd>
      </dl>
      {invoices.length === 0 ? (
        <Empty>No invoices yet.</Empty>
      ) : (
        <>
          <ul aria-label="Invoices" className="-mx-4 divide-y divide-slate-200 text-sm">
            {invoices.map((invoice) => (
              <li
                key={invoice.id}
                className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2"
              >
                <span className="font-medium">{invoice.number}</span>
                <InvoiceStatusBadge status={invoice.status} />
                {invoice.issuedAt && (
                  <span className="text-slate-500">Issued {formatDate(invoice.issuedAt)}</span>
                )}
                <span className="ml-auto tabular-nums">{formatMoney(invoice.total)}</span>
              </li>
            ))}
          </ul>
          {connection.totalCount > invoices.length && (
            <p className="mt-2 text-xs text-slate-500">
              The latest {invoices.length} of {connection.totalCount} invoices.
            </p>
          )}
        </>
      )}
    </Card>
  );
}
