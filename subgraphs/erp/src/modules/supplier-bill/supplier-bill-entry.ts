import { userError, type UserError } from '@nexora/kit';
import { computeLineTax, type LedgerLineRequest } from '../journal-entry/ledger.api';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { currencyFractionDigits, lineAmountUnits, MAX_AMOUNT_UNITS } from '../invoice/money';
import { parsePrice } from '../product/price';
import type { CheckedDocumentLine } from '../purchase-order/purchase-document-lines';
import type { PurchaseOrderLineRow } from '../purchase-order/purchase-order.types';
import { formatStockQuantity, quantityUnits } from '../stock/stock-quantity';

/** A bill line matched, priced and valued, in cents. */
export interface PricedBillLine {
  orderLine: PurchaseOrderLineRow;
  index: number;
  quantity: bigint;
  unitCost: bigint;
  amount: bigint;
  tax: bigint;
  receiptValue: bigint;
}

/**
 * The three-way match of one bill line against its order line: the quantity billed is at most what
 * was received and not billed yet (OVER_BILLING), the unit cost is a price of the order's currency.
 * Its amount is quantity × unit cost rounded half-up, its tax the order line's rate on that amount.
 * Its receipt value, what it clears of goods received not billed, is the receipt value of those
 * units: quantity × the order's unit cost, except that the bill taking the last received units
 * takes exactly what is left of the line's received value, so a line billed in full leaves nothing
 * behind in that account, whatever rounding the receipts did.
 */
export function priceBillLine(
  orderLine: PurchaseOrderLineRow,
  request: CheckedDocumentLine & { unitCost: string },
  currency: string,
): { ok: true; line: PricedBillLine } | { ok: false; errors: UserError[] } {
  const field = (name: string) => ['input', 'lines', String(request.index), name];
  const errors: UserError[] = [];
  const received = quantityUnits(orderLine.receivedQuantity);
  const billed = quantityUnits(orderLine.billedQuantity);
  const open = received - billed;
  if (request.quantity > open) {
    errors.push(
      userError(
        'OVER_BILLING',
        `Line ${orderLine.position + 1} has received ${formatStockQuantity(received)} and been billed ` +
          `${formatStockQuantity(billed)}: at most ${formatStockQuantity(open)} can be billed now.`,
        field('quantity'),
      ),
    );
  }
  const cost = parsePrice(request.unitCost, currency);
  if (!cost.ok)
    errors.push(userError('UNIT_COST_INVALID', `The unit cost ${cost.reason}.`, field('unitCost')));
  if (errors.length > 0 || !cost.ok) return { ok: false, errors };
  const digits = currencyFractionDigits(currency);
  const amount = lineAmountUnits(request.quantity, cost.cents, digits);
  const tax =
    orderLine.taxRate === null
      ? 0n
      : storedCents(
          computeLineTax(centsText(amount), currency, { rate: orderLine.taxRate, inclusive: false }).tax,
        );
  const left = storedCents(orderLine.receivedValue) - storedCents(orderLine.billedValue);
  const atOrderCost = lineAmountUnits(request.quantity, storedCents(orderLine.unitCost), digits);
  const receiptValue = request.quantity === open ? left : atOrderCost < left ? atOrderCost : left;
  return {
    ok: true,
    line: {
      orderLine,
      index: request.index,
      quantity: request.quantity,
      unitCost: cost.cents,
      amount,
      tax,
      receiptValue,
    },
  };
}

export interface BillTotals {
  subtotal: bigint;
  taxTotal: bigint;
  receiptValue: bigint;
  /** subtotal − receiptValue: positive when the supplier billed more than the receipts were valued at. */
  priceDifference: bigint;
}

export function billTotals(lines: readonly PricedBillLine[]): BillTotals | UserError {
  const sum = (pick: (line: PricedBillLine) => bigint) =>
    lines.reduce((total, line) => total + pick(line), 0n);
  const subtotal = sum((line) => line.amount);
  const taxTotal = sum((line) => line.tax);
  const receiptValue = sum((line) => line.receiptValue);
  if (subtotal + taxTotal > MAX_AMOUNT_UNITS) {
    return userError('AMOUNT_TOO_LARGE', 'The bill total is too large.', ['input', 'lines']);
  }
  return { subtotal, taxTotal, receiptValue, priceDifference: subtotal - receiptValue };
}

/**
 * The bill's entry, in the order's currency: Dr GOODS_RECEIVED_NOT_BILLED at the receipt value
 * (clearing what the receipts credited there), Dr TAX_RECEIVABLE with the input tax, Cr PAYABLE
 * with the total, naming the supplier; the price difference (billed net − receipt value) goes to
 * the STOCK_ADJUSTMENT account ("Inventory adjustments", the cost-of-sales class), a debit when the
 * supplier billed more, a credit when less. The stock value is not revalued: goods already
 * received keep the cost they came in at. Lines of 0 are left out; null when nothing is left.
 */
export function supplierBillEntryLines(
  totals: BillTotals,
  supplierId: string,
  number: string,
): LedgerLineRequest[] | null {
  const lines: LedgerLineRequest[] = [];
  const add = (
    account: LedgerLineRequest['account'],
    cents: bigint,
    side: 'debit' | 'credit',
    companyId?: string,
  ) => {
    if (cents === 0n) return;
    const flipped = cents < 0n ? (side === 'debit' ? 'credit' : 'debit') : side;
    lines.push({
      account,
      [flipped]: centsText(cents < 0n ? -cents : cents),
      description: number,
      companyId,
    });
  };
  add('GOODS_RECEIVED_NOT_BILLED', totals.receiptValue, 'debit');
  add('TAX_RECEIVABLE', totals.taxTotal, 'debit');
  add('STOCK_ADJUSTMENT', totals.priceDifference, 'debit');
  add('PAYABLE', totals.subtotal + totals.taxTotal, 'credit', supplierId);
  return lines.length >= 2 ? lines : null;
}
