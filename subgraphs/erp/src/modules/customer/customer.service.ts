import { type Connection, isUuid, pageSize, type SubgraphContext } from '@nexora/kit';
import type { InvoiceEntity } from '../invoice/invoice.entity';
import { decodeInvoiceCursor } from '../invoice/invoice.service';
import { toMoney, type Money } from '../invoice/money';
import { customerInvoicePageLoader, openBalanceLoader, replicaCompanyLoader } from './customer.loaders';
import type { CustomerReference } from './customer.models';

const EMPTY_PAGE: Connection<InvoiceEntity> = {
  edges: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
};

/** A company's invoices, newest first; batched across every company of the request. */
export async function customerInvoices(
  ctx: SubgraphContext,
  customer: CustomerReference,
  args: { first?: number | null; after?: string | null },
): Promise<Connection<InvoiceEntity>> {
  const size = pageSize(args.first);
  const after = decodeInvoiceCursor(args.after);
  // Nothing can be billed to an id that is not a UUID; answer without asking Postgres to cast it.
  if (!isUuid(customer.id))
    return { ...EMPTY_PAGE, pageInfo: { ...EMPTY_PAGE.pageInfo, hasPreviousPage: after !== null } };
  return customerInvoicePageLoader(ctx).load({ customerId: customer.id.toLowerCase(), size, after });
}

/** What a company owes per currency: residuals of its posted invoices, after payments and credits. */
export async function customerOpenBalance(
  ctx: SubgraphContext,
  customer: CustomerReference,
): Promise<Money[]> {
  if (!isUuid(customer.id)) return [];
  const rows = await openBalanceLoader(ctx).load(customer.id.toLowerCase());
  return rows.map((row) => toMoney(row.amount, row.currency));
}

/** Whether invoices may name the company: erp's replica has it and it was not merged away. */
export async function customerBillable(ctx: SubgraphContext, customer: CustomerReference): Promise<boolean> {
  if (!isUuid(customer.id)) return false;
  const company = await replicaCompanyLoader(ctx).load(customer.id.toLowerCase());
  return company !== null && company.mergedInto === null;
}
