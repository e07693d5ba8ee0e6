import {
  emitEvent,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
} from '@nexora/kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import { postLedgerEntry } from '../journal-entry/ledger.api';
import { centsText } from '../journal-entry/ledger-amount';
import { checkLedgerDate, todayUtc } from '../journal-entry/ledger-date';
import { normalizeCurrency } from '../invoice/money';
import { quantityText } from '../stock/stock-quantity';
import { checkDocumentLines, matchOrderLines } from '../purchase-order/purchase-document-lines';
import { linesByPurchaseOrderLoader } from '../purchase-order/purchase-order.loaders';
import {
  allocateSequence,
  lockPurchaseOrder,
  purchaseOrderLines,
} from '../purchase-order/purchase-order.store';
import {
  billTotals,
  type PricedBillLine,
  priceBillLine,
  supplierBillEntryLines,
} from './supplier-bill-entry';
import { SUPPLIER_BILL_COLUMNS, type SupplierBillRow } from './supplier-bill.types';

export const SUPPLIER_REFERENCE_MAX_LENGTH = 100;

export interface CreateSupplierBillInput {
  purchaseOrderId: string;
  currency: string;
  billDate?: string | null;
  supplierReference?: string | null;
  lines: ReadonlyArray<{ lineId: string; quantity: string; unitCost: string }>;
}

export interface SupplierBillPayload {
  supplierBill: SupplierBillRow | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): SupplierBillPayload => ({ supplierBill: null, userErrors });

/** `BILL-000042`, numbered gap-free per tenant. */
export function formatSupplierBillNumber(sequence: string): string {
  return `BILL-${sequence.padStart(6, '0')}`;
}

/**
 * Records and posts the supplier's bill for received goods of a purchase order, matched line by
 * line (three-way match: ordered, received, billed): each line bills at most what was received and
 * not billed yet (OVER_BILLING), in the order's currency (CURRENCY_MISMATCH), at the supplier's
 * unit cost. Posting books Dr GOODS_RECEIVED_NOT_BILLED (the receipt value), Dr TAX_RECEIVABLE,
 * Cr PAYABLE and the price difference (supplier-bill-entry.ts), dated the bill date, and adds the
 * quantities and values to the order lines' billed figures, all under the order's lock. Any
 * refusal, the ledger's too (PERIOD_LOCKED), writes nothing, the number included.
 */
export async function createSupplierBill(
  ctx: SubgraphContext,
  input: CreateSupplierBillInput,
): Promise<SupplierBillPayload> {
  const tenantId = tenantOf(ctx);
  const orderId = parseId(input.purchaseOrderId, 'input.purchaseOrderId');
  const header = checkBillHeader(input);
  const checked = checkDocumentLines(input.lines);
  const errors = [...header.errors, ...(checked.ok ? [] : checked.errors)];
  if (errors.length > 0 || !checked.ok) return refused(errors);
  return ctx.db.run(async (manager) => {
    const order = await lockPurchaseOrder(manager, tenantId, orderId);
    if (!order) throw notFound('Purchase order', orderId);
    if (order.status === 'DRAFT' || order.status === 'CANCELLED') {
      return refused([
        userError(
          'PURCHASE_ORDER_NOT_BILLABLE',
          `${order.number} is ${order.status === 'DRAFT' ? 'a draft' : 'cancelled'}: nothing of it was received to bill.`,
          ['input', 'purchaseOrderId'],
        ),
      ]);
    }
    if (header.currency !== order.currency) {
      return refused([
        userError(
          'CURRENCY_MISMATCH',
          `${order.number} is in ${order.currency}; a bill for it must be in ${order.currency} too.`,
          ['input', 'currency'],
        ),
      ]);
    }
    const stored = await purchaseOrderLines(manager, tenantId, orderId);
    const requests = checked.lines.map((line) => ({ ...line, unitCost: input.lines[line.index].unitCost }));
    const matched = matchOrderLines(stored, requests);
    if (!matched.ok) return refused(matched.errors);
    const priced: PricedBillLine[] = [];
    const lineErrors: UserError[] = [];
    for (const { line, request } of matched.pairs) {
      const result = priceBillLine(line, request, order.currency);
      if (result.ok) priced.push(result.line);
      else lineErrors.push(...result.errors);
    }
    if (lineErrors.length > 0) return refused(lineErrors);
    const totals = billTotals(priced);
    if (!('subtotal' in totals)) return refused([totals]);

    await ensureLedgerSetup(manager, ctx);
    await manager.query('savepoint supplier_bill_write');
    const id = randomUUID();
    const sequence = await allocateSequence(manager, 'supplier_bill_counters', tenantId);
    const number = formatSupplierBillNumber(sequence);
    const entryLines = supplierBillEntryLines(totals, order.supplierId, number);
    let journalEntryId: string | null = null;
    if (entryLines) {
      const booked = await postLedgerEntry(manager, ctx, {
        journal: 'PURCHASE',
        date: header.billDate,
        reference: number,
        memo: `Supplier bill for ${order.number}${header.supplierReference ? ` (${header.supplierReference})` : ''}`,
        currency: order.currency,
        source: { type: 'SUPPLIER_BILL', id },
        lines: entryLines,
      });
      if (!booked.entry) {
        await manager.query('rollback to savepoint supplier_bill_write');
        return refused(booked.userErrors.map((error) => ({ ...error, field: ['input', 'billDate'] })));
      }
      journalEntryId = booked.entry.id;
    }
    await manager.query('release savepoint supplier_bill_write');
    const [bill]: SupplierBillRow[] = await manager.query(
      `insert into erp.supplier_bills (id, tenant_id, sequence, number, purchase_order_id, supplier_id, currency,
         bill_date, supplier_reference, subtotal, tax_total, total, price_difference, journal_entry_id, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning ${SUPPLIER_BILL_COLUMNS}`,
      [
        id,
        tenantId,
        sequence,
        number,
        order.id,
        order.supplierId,
        order.currency,
        header.billDate,
        header.supplierReference,
        centsText(totals.subtotal),
        centsText(totals.taxTotal),
        centsText(totals.subtotal + totals.taxTotal),
        centsText(totals.priceDifference),
        journalEntryId,
        ctx.caller.userId,
      ],
    );
    await writeBillLines(manager, tenantId, bill.id, priced);
    linesByPurchaseOrderLoader(ctx).clear(order.id);
    await emitEvent(ctx, 'erp.supplier-bill.posted', {
      id: bill.id,
      number: bill.number,
      purchaseOrderId: order.id,
      supplierId: order.supplierId,
      total: bill.total,
      currency: bill.currency,
      billDate: bill.billDate,
    });
    return { supplierBill: bill, userErrors: [] };
  });
}

/** The bill's lines, and each order line's billed quantity and value moved on by them. */
async function writeBillLines(
  manager: EntityManager,
  tenantId: string,
  billId: string,
  lines: readonly PricedBillLine[],
): Promise<void> {
  for (const [position, line] of lines.entries()) {
    const quantity = line.quantity;
    await manager.query(
      `insert into erp.supplier_bill_lines (tenant_id, supplier_bill_id, purchase_order_line_id, position, quantity,
         unit_cost, amount, tax, receipt_value)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        tenantId,
        billId,
        line.orderLine.id,
        position,
        quantityText(quantity),
        centsText(line.unitCost),
        centsText(line.amount),
        centsText(line.tax),
        centsText(line.receiptValue),
      ],
    );
    await manager.query(
      `update erp.purchase_order_lines set billed_quantity = billed_quantity + $3,
         billed_value = billed_value + $4
       where tenant_id = $1 and id = $2`,
      [tenantId, line.orderLine.id, quantityText(quantity), centsText(line.receiptValue)],
    );
  }
}

function checkBillHeader(input: CreateSupplierBillInput): {
  currency: string;
  billDate: string;
  supplierReference: string | null;
  errors: UserError[];
} {
  const errors: UserError[] = [];
  const currency = normalizeCurrency(input.currency);
  if (!currency) {
    errors.push(
      userError('CURRENCY_INVALID', 'Use an ISO 4217 currency code such as "USD" or "EUR".', [
        'input',
        'currency',
      ]),
    );
  }
  let billDate = todayUtc();
  if (input.billDate != null) {
    const checked = checkLedgerDate(input.billDate, ['input', 'billDate']);
    if (checked.ok) billDate = checked.date;
    else errors.push(checked.error);
  }
  const reference = input.supplierReference?.trim() || null;
  if (reference && [...reference].length > SUPPLIER_REFERENCE_MAX_LENGTH) {
    errors.push(
      userError(
        'REFERENCE_TOO_LONG',
        `The supplier's reference can have at most ${SUPPLIER_REFERENCE_MAX_LENGTH} characters.`,
        ['input', 'supplierReference'],
      ),
    );
  }
  return { currency: currency ?? '', billDate, supplierReference: reference, errors };
}
