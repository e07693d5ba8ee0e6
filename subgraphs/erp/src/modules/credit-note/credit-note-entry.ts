import type { EntityManager } from 'typeorm';
import type { LedgerLineRequest } from '../journal-entry/ledger.api';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import type { InvoiceEntity } from '../invoice/invoice.entity';

/**
 * Splits `cents` over `parts` in proportion (largest remainder), so the shares sum to exactly
 * `cents` and crediting the whole total gives back every part unchanged.
 */
export function proportionalShares(parts: readonly bigint[], cents: bigint): bigint[] {
  const whole = parts.reduce((sum, part) => sum + part, 0n);
  if (whole === 0n) return parts.map(() => 0n);
  const shares = parts.map((part) => (part * cents) / whole);
  const remainders = parts.map((part, index) => ({ index, rest: (part * cents) % whole }));
  let left = cents - shares.reduce((sum, share) => sum + share, 0n);
  remainders.sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.index - b.index));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] += 1n;
    left -= 1n;
  }
  return shares;
}

/**
 * The lines of a credit note's entry: the invoice's own entry turned around, for the credited part
 * only. Sales and each tax rate's account are debited in the proportion they make of the invoice
 * total, the receivable is credited with the whole amount. Returns the lines and the tax part.
 */
export async function creditNoteEntryLines(
  manager: EntityManager,
  invoice: InvoiceEntity,
  cents: bigint,
  number: string,
): Promise<{ lines: LedgerLineRequest[]; taxCents: bigint }> {
  const taxes: Array<{ accountId: string; name: string; tax: string }> = await manager.query(
    `select rate.account_id as "accountId", rate.name, sum(line.tax)::text as tax
     from erp.invoice_lines line join erp.tax_rates rate on rate.tenant_id = line.tenant_id and rate.id = line.tax_rate_id
     where line.tenant_id = $1 and line.invoice_id = $2 and line.tax > 0
     group by rate.account_id, rate.name order by rate.name, rate.account_id`,
    [invoice.tenantId, invoice.id],
  );
  const taxParts = taxes.map((tax) => storedCents(tax.tax));
  const netPart = storedCents(invoice.total) - taxParts.reduce((sum, part) => sum + part, 0n);
  const [netShare, ...taxShares] = proportionalShares([netPart, ...taxParts], cents);
  const lines: LedgerLineRequest[] = [];
  if (netShare > 0n) lines.push({ account: 'SALES', debit: centsText(netShare), description: number });
  taxes.forEach((tax, index) => {
    if (taxShares[index] > 0n)
      lines.push({ account: tax.accountId, debit: centsText(taxShares[index]), description: tax.name });
  });
  lines.push({
    account: 'RECEIVABLE',
    credit: centsText(cents),
    companyId: invoice.customerId,
    description: number,
  });
  return { lines, taxCents: taxShares.reduce((sum, share) => sum + share, 0n) };
}
