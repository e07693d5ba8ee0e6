import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { computeLineTax } from '../journal-entry/ledger.api';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { MAX_AMOUNT_UNITS } from './money';
import type { CheckedLine } from './invoice.validation';

/** A checked line with its tax applied: what `erp.invoice_lines` stores. */
export interface TaxedInvoiceLine extends CheckedLine {
  taxRate: string | null;
  taxInclusive: boolean | null;
  tax: string;
  net: string;
}

export interface TaxedInvoice {
  lines: TaxedInvoiceLine[];
  /** Sum of the lines' net amounts. */
  subtotal: string;
  taxTotal: string;
  /** subtotal + taxTotal: what the customer owes. */
  total: string;
}

interface RateRow {
  id: string;
  rate: string;
  inclusive: boolean;
  active: boolean;
}

/**
 * Applies each line's tax rate (the tenant's, active, locked `for share` so it cannot change until
 * the document is written) with the ledger's `computeLineTax`: rounded per line, so the invoice's tax
 * is the sum of its lines' taxes and net + tax is exactly the gross. Unknown or inactive rates are
 * refused at the line's `taxRateId`.
 */
export async function applyLineTaxes(
  manager: EntityManager,
  tenantId: string,
  currency: string,
  lines: readonly CheckedLine[],
): Promise<{ ok: true; value: TaxedInvoice } | { ok: false; errors: UserError[] }> {
  const ids = [...new Set(lines.flatMap((line) => (line.taxRateId ? [line.taxRateId] : [])))];
  const rates: RateRow[] =
    ids.length === 0
      ? []
      : await manager.query(
          `select id, rate, inclusive, active from erp.tax_rates
           where tenant_id = $1 and id = any($2::uuid[]) order by id for share`,
          [tenantId, ids],
        );
  const byId = new Map(rates.map((rate) => [rate.id, rate]));
  const errors: UserError[] = [];
  const taxed: TaxedInvoiceLine[] = [];
  let netCents = 0n;
  let taxCents = 0n;
  lines.forEach((line, index) => {
    const field = ['input', 'lines', String(index), 'taxRateId'];
    if (!line.taxRateId) {
      netCents += storedCents(line.amount);
      taxed.push({ ...line, taxRate: null, taxInclusive: null, tax: '0.00', net: line.amount });
      return;
    }
    const rate = byId.get(line.taxRateId);
    if (!rate) {
      errors.push(userError('TAX_RATE_UNKNOWN', 'There is no such tax rate.', field));
      return;
    }
    if (!rate.active) {
      errors.push(userError('TAX_RATE_INACTIVE', 'This tax rate is no longer in use; pick another.', field));
      return;
    }
    const result = computeLineTax(line.amount, currency, { rate: rate.rate, inclusive: rate.inclusive });
    const net = storedCents(result.net);
    const tax = storedCents(result.tax);
    netCents += net;
    taxCents += tax;
    taxed.push({
      ...line,
      taxRate: rate.rate,
      taxInclusive: rate.inclusive,
      tax: centsText(tax),
      net: centsText(net),
    });
  });
  if (netCents + taxCents > MAX_AMOUNT_UNITS) {
    errors.push(userError('AMOUNT_TOO_LARGE', 'The invoice total is too large.', ['input', 'lines']));
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      lines: taxed,
      subtotal: centsText(netCents),
      taxTotal: centsText(taxCents),
      total: centsText(netCents + taxCents),
    },
  };
}
