import { type SubgraphContext, tenantOf, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { type LedgerLineRequest, postLedgerEntry } from '../journal-entry/ledger.api';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { INVOICE_COLUMNS, type InvoiceEntity } from './invoice.entity';
import type { InvoiceLineEntity } from './invoice-line.entity';

/**
 * The sales entry of an invoice: Dr receivable (the total, naming the customer), Cr sales per line
 * (its net), Cr each tax rate's account (the tax of its lines together). Lines of zero are left
 * out, since the ledger books only positive amounts.
 */
export async function invoiceEntryLines(
  manager: EntityManager,
  invoice: InvoiceEntity,
  lines: readonly InvoiceLineEntity[],
): Promise<LedgerLineRequest[]> {
  const entry: LedgerLineRequest[] = [
    {
      account: 'RECEIVABLE',
      debit: invoice.total,
      companyId: invoice.customerId,
      description: invoice.number,
    },
  ];
  for (const line of lines) {
    if (storedCents(line.net) > 0n)
      entry.push({ account: 'SALES', credit: line.net, description: line.description });
  }
  const taxByRate = new Map<string, bigint>();
  for (const line of lines) {
    if (line.taxRateId && storedCents(line.tax) > 0n)
      taxByRate.set(line.taxRateId, (taxByRate.get(line.taxRateId) ?? 0n) + storedCents(line.tax));
  }
  if (taxByRate.size === 0) return entry;
  const rates: Array<{ id: string; name: string; accountId: string }> = await manager.query(
    `select id, name, account_id as "accountId" from erp.tax_rates where tenant_id = $1 and id = any($2::uuid[])
     order by name, id`,
    [invoice.tenantId, [...taxByRate.keys()]],
  );
  for (const rate of rates) {
    entry.push({
      account: rate.accountId,
      credit: centsText(taxByRate.get(rate.id)!),
      description: rate.name,
    });
  }
  return entry;
}

/**
 * Posts a draft in the caller's transaction: books its entry (dated the invoice date, so a locked
 * period refuses it with PERIOD_LOCKED) and marks the invoice POSTED with the entry's id. On a
 * refusal nothing was written and the userErrors say why. An invoice of 0 has nothing to book and is
 * posted without an entry. `invoice` must be the draft, locked `for update` by the caller.
 */
export async function postDraftInvoice(
  manager: EntityManager,
  ctx: SubgraphContext,
  invoice: InvoiceEntity,
  lines: readonly InvoiceLineEntity[],
  dateField: string[],
): Promise<{ invoice: InvoiceEntity; userErrors: [] } | { invoice: null; userErrors: UserError[] }> {
  let entryId: string | null = null;
  if (storedCents(invoice.total) > 0n) {
    const booked = await postLedgerEntry(manager, ctx, {
      journal: 'SALES',
      date: invoice.invoiceDate,
      reference: invoice.number,
      currency: invoice.currency,
      source: { type: 'INVOICE', id: invoice.id },
      lines: await invoiceEntryLines(manager, invoice, lines),
    });
    if (!booked.entry) return { invoice: null, userErrors: booked.userErrors.map(onInvoice(dateField)) };
    entryId = booked.entry.id;
  }
  const [rows]: [InvoiceEntity[], number] = await manager.query(
    `update erp.invoices set status = 'POSTED', issued_at = now(), journal_entry_id = $3
     where tenant_id = $1 and id = $2 and status = 'DRAFT'
     returning ${INVOICE_COLUMNS}`,
    [tenantOf(ctx), invoice.id, entryId],
  );
  return { invoice: rows[0], userErrors: [] };
}

/**
 * A ledger refusal as the invoice's caller sees it: the entry's `date` is the invoice date (at
 * `dateField`); other paths name the entry's lines, which the caller never wrote, so they go.
 */
function onInvoice(dateField: string[]) {
  return (error: UserError): UserError => ({
    ...error,
    field: error.field?.length === 1 && error.field[0] === 'date' ? dateField : null,
  });
}
