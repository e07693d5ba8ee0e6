import {
  alignToKeys,
  type Connection,
  groupByKeys,
  type KeysetPosition,
  type SubgraphContext,
  tenantOf,
  toConnection,
} from '@nexora/kit';
import type DataLoader from 'dataloader';
import { REPLICA_COLUMNS, type ReplicaCompany } from './customer-replica';
import { INVOICE_COLUMNS, type InvoiceEntity } from '../invoice/invoice.entity';
import { invoicePosition } from '../invoice/invoice.service';

/** One `Company.invoices(first, after)` field: whose invoices, and which page. */
export interface CustomerInvoicePageKey {
  customerId: string;
  size: number;
  after: KeysetPosition | null;
}

export interface BalanceRow {
  customerId: string;
  currency: string;
  amount: string;
}

/**
 * Invoice pages of many companies in ONE statement: a lateral join runs the keyset page query once
 * per requested (company, first, after), and another counts each company's invoices. Statements per
 * request therefore do not grow with the number of companies in the selection.
 */
export function customerInvoicePageLoader(
  ctx: SubgraphContext,
): DataLoader<CustomerInvoicePageKey, Connection<InvoiceEntity>, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<CustomerInvoicePageKey, Connection<InvoiceEntity>>(
    'customerInvoicePage',
    async (keys) => {
      type Row = InvoiceEntity & { ordinal: string; totalCount: number; pageId: string | null };
      const rows: Row[] = await ctx.db.run((manager) =>
        manager.query(
          `select request.ordinal, counted.total_count as "totalCount", page.id as "pageId", page.*
           from unnest($2::uuid[], $3::bigint[], $4::uuid[], $5::int[])
             with ordinality as request(customer_id, after_sequence, after_id, page_limit, ordinal)
           cross join lateral (
             select count(*)::int as total_count from erp.invoices
             where tenant_id = $1 and customer_id = request.customer_id
           ) counted
           left join lateral (
             select ${INVOICE_COLUMNS} from erp.invoices
             where tenant_id = $1 and customer_id = request.customer_id
               and (request.after_sequence is null or (sequence, id) < (request.after_sequence, request.after_id))
             order by sequence desc, id desc
             limit request.page_limit
           ) page on true
           order by request.ordinal, page.sequence desc, page.id desc`,
          [
            tenantId,
            keys.map((key) => key.customerId),
            keys.map((key) => key.after?.key ?? null),
            keys.map((key) => key.after?.id ?? null),
            keys.map((key) => key.size + 1),
          ],
        ),
      );
      const ordinals = keys.map((_key, index) => String(index + 1));
      return groupByKeys(ordinals, rows, (row) => String(row.ordinal)).map((group, index) => {
        const invoices = group
          .filter((row) => row.pageId !== null)
          .map(({ ordinal: _o, totalCount: _t, pageId: _p, ...invoice }) => invoice);
        return toConnection(
          invoices,
          keys[index].size,
          group[0]?.totalCount ?? 0,
          invoicePosition,
          keys[index].after !== null,
        );
      });
    },
    (key) => JSON.stringify([key.customerId, key.size, key.after?.key ?? null, key.after?.id ?? null]),
  );
}

/**
 * What each company still owes per currency: the residuals (total − payments − credit notes) of its
 * posted invoices, for many companies in one statement. Currencies with nothing open are left out.
 */
export function openBalanceLoader(ctx: SubgraphContext): DataLoader<string, BalanceRow[], string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, BalanceRow[]>('customerOpenBalance', async (customerIds) => {
    const rows: BalanceRow[] = await ctx.db.run((manager) =>
      manager.query(
        `select customer_id as "customerId", currency,
           sum(total - amount_paid - amount_credited)::text as amount
         from erp.invoices
         where tenant_id = $1 and customer_id = any($2::uuid[]) and status in ('POSTED', 'PARTIALLY_PAID')
           and total - amount_paid - amount_credited > 0
         group by customer_id, currency
         order by customer_id, currency`,
        [tenantId, customerIds],
      ),
    );
    return groupByKeys(customerIds, rows, (row) => row.customerId);
  });
}

/** The replica's row of each company (null when erp has not heard of it), one query per batch. */
export function replicaCompanyLoader(
  ctx: SubgraphContext,
): DataLoader<string, ReplicaCompany | null, string> {
  const tenantId = tenantOf(ctx);
  return ctx.loaders.get<string, ReplicaCompany | null>('replicaCompany', async (ids) => {
    const rows: ReplicaCompany[] = await ctx.db.run((manager) =>
      manager.query(
        `select ${REPLICA_COLUMNS} from erp.companies where tenant_id = $1 and id = any($2::uuid[])`,
        [tenantId, ids],
      ),
    );
    return alignToKeys(ids, rows, (row) => row.id);
  });
}
