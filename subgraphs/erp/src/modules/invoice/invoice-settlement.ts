import { emitEvent, type SubgraphContext, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { centsText, describeCents, storedCents } from '../journal-entry/ledger-amount';
import { INVOICE_COLUMNS, type InvoiceEntity } from './invoice.entity';
import { invoiceByIdLoader } from './invoice.loaders';
import { invoiceEventPayload } from './invoice.service';

/**
 * Why an amount cannot settle part of `invoice` (a posted invoice, locked by the caller), or null:
 * drafts are not owed yet, and nothing may bring payments and credits above the total. `field` is
 * where the amount was given.
 */
export function settlementRefusal(
  invoice: InvoiceEntity,
  cents: bigint,
  field: string[],
  idField: string[],
  exceedsCode = 'PAYMENT_EXCEEDS_RESIDUAL',
): UserError | null {
  if (invoice.status === 'DRAFT') {
    return userError(
      'INVOICE_NOT_POSTED',
      `Invoice ${invoice.number} is a draft; post it before recording payments or credits.`,
      idField,
    );
  }
  const residual = residualCents(invoice);
  if (cents > residual) {
    return userError(
      exceedsCode,
      residual === 0n
        ? `Invoice ${invoice.number} is settled; nothing is left to pay or credit.`
        : `Only ${describeCents(residual, invoice.currency)} is left to settle on invoice ${invoice.number}.`,
      field,
    );
  }
  return null;
}

export function residualCents(
  invoice: Pick<InvoiceEntity, 'total' | 'amountPaid' | 'amountCredited'>,
): bigint {
  return storedCents(invoice.total) - storedCents(invoice.amountPaid) - storedCents(invoice.amountCredited);
}

/**
 * Adds a payment or a credit to the invoice (locked `for update` by the caller, who checked the
 * amount with `settlementRefusal`): PARTIALLY_PAID while something is left, PAID once nothing is.
 * The table's checks refuse a settlement above the total even if a caller forgot to check. Emits
 * `erp.invoice.paid` when this settlement completed it.
 */
export async function settleInvoice(
  manager: EntityManager,
  ctx: SubgraphContext,
  invoice: InvoiceEntity,
  settlement: { paidCents: bigint; creditedCents: bigint },
): Promise<InvoiceEntity> {
  const [rows]: [InvoiceEntity[], number] = await manager.query(
    `update erp.invoices set amount_paid = amount_paid + $3, amount_credited = amount_credited + $4,
       status = case when total - amount_paid - amount_credited - $3 - $4 = 0 then 'PAID' else 'PARTIALLY_PAID' end
     where tenant_id = $1 and id = $2 returning ${INVOICE_COLUMNS}`,
    [invoice.tenantId, invoice.id, centsText(settlement.paidCents), centsText(settlement.creditedCents)],
  );
  const settled = rows[0];
  invoiceByIdLoader(ctx).clear(settled.id).prime(settled.id, settled);
  if (settled.status === 'PAID') await emitEvent(ctx, 'erp.invoice.paid', invoiceEventPayload(settled));
  return settled;
}
