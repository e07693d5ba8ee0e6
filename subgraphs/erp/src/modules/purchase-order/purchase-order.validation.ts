import { isUuid, userError, type UserError } from '@nexora/kit';
import { checkLedgerDate, todayUtc } from '../journal-entry/ledger-date';
import { DEFAULT_CURRENCY, normalizeCurrency } from '../invoice/money';
import { checkQuantity } from '../stock/stock-quantity';

export const MAX_ORDER_LINES = 100;
export const DESCRIPTION_MAX_LENGTH = 500;
export const NOTES_MAX_LENGTH = 1000;

/** One line of `createPurchaseOrder`/`updatePurchaseOrder` as the API takes it. */
export interface PurchaseOrderLineInput {
  productId: string;
  quantity: string;
  unitCost: string;
  taxRateId?: string | null;
  /** Where the goods go: a location, or a warehouse (its default location). Exactly one. */
  locationId?: string | null;
  warehouseId?: string | null;
  description?: string | null;
}

export interface PurchaseOrderDraftInput {
  currency?: string | null;
  orderDate?: string | null;
  notes?: string | null;
  lines: readonly PurchaseOrderLineInput[];
}

/** A line whose shape is checked; what depends on stored rows (product, location, rate) comes next. */
export interface CheckedOrderLine {
  productId: string;
  quantity: bigint;
  unitCost: string;
  taxRateId: string | null;
  locationId: string | null;
  warehouseId: string | null;
  description: string | null;
}

export interface CheckedOrder {
  currency: string;
  orderDate: string;
  notes: string | null;
  lines: CheckedOrderLine[];
}

/**
 * Checks a purchase order's input before anything is read: currency, date, notes and each line's
 * ids, quantity (> 0, NEGATIVE_QUANTITY or QUANTITY_INVALID) and destination. Field paths are those
 * of the GraphQL input (`['input', 'lines', '0', 'quantity']`).
 */
export function checkPurchaseOrderDraft(
  input: PurchaseOrderDraftInput,
): { ok: true; value: CheckedOrder } | { ok: false; errors: UserError[] } {
  const errors: UserError[] = [];
  const currency = input.currency == null ? DEFAULT_CURRENCY : normalizeCurrency(input.currency);
  if (!currency) {
    errors.push(
      userError('CURRENCY_INVALID', 'Use an ISO 4217 currency code such as "USD" or "EUR".', [
        'input',
        'currency',
      ]),
    );
  }
  let orderDate = todayUtc();
  if (input.orderDate != null) {
    const checked = checkLedgerDate(input.orderDate, ['input', 'orderDate']);
    if (checked.ok) orderDate = checked.date;
    else errors.push(checked.error);
  }
  const notes = optionalText(input.notes, NOTES_MAX_LENGTH, 'NOTES_TOO_LONG', ['input', 'notes'], errors);
  if (input.lines.length === 0) {
    errors.push(userError('LINES_REQUIRED', 'A purchase order needs at least one line.', ['input', 'lines']));
  }
  if (input.lines.length > MAX_ORDER_LINES) {
    errors.push(
      userError('TOO_MANY_LINES', `A purchase order can have at most ${MAX_ORDER_LINES} lines.`, [
        'input',
        'lines',
      ]),
    );
    return { ok: false, errors };
  }
  const lines = input.lines.map((line, index) => checkLine(line, index, errors));
  if (errors.length > 0 || !currency) return { ok: false, errors };
  return { ok: true, value: { currency, orderDate, notes, lines } };
}

function checkLine(line: PurchaseOrderLineInput, index: number, errors: UserError[]): CheckedOrderLine {
  const field = (name: string) => ['input', 'lines', String(index), name];
  const id = (raw: string | null | undefined, name: string): string | null => {
    if (raw == null) return null;
    if (isUuid(raw)) return raw.toLowerCase();
    errors.push(userError('ID_INVALID', `"${name}" is not a valid id.`, field(name)));
    return null;
  };
  const productId = id(line.productId, 'productId') ?? '';
  const quantity = checkQuantity(line.quantity, 'positive', field('quantity'), errors) ?? 0n;
  const taxRateId = id(line.taxRateId, 'taxRateId');
  const locationId = id(line.locationId, 'locationId');
  const warehouseId = id(line.warehouseId, 'warehouseId');
  if ((line.locationId == null) === (line.warehouseId == null)) {
    errors.push(
      userError(
        'DESTINATION_REQUIRED',
        'Say where the goods go: a location (locationId) or a warehouse (warehouseId, its default location), not both.',
        field('locationId'),
      ),
    );
  }
  const description = optionalText(
    line.description,
    DESCRIPTION_MAX_LENGTH,
    'DESCRIPTION_TOO_LONG',
    field('description'),
    errors,
  );
  return { productId, quantity, unitCost: line.unitCost, taxRateId, locationId, warehouseId, description };
}

function optionalText(
  value: string | null | undefined,
  max: number,
  code: string,
  field: string[],
  errors: UserError[],
): string | null {
  const text = value?.trim() ?? '';
  if (text.length === 0) return null;
  if ([...text].length > max) {
    errors.push(userError(code, `This text can have at most ${max} characters.`, field));
    return null;
  }
  return text;
}
