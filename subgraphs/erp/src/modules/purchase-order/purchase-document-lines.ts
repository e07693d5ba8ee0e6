import { isUuid, userError, type UserError } from '@nexora/kit';
import { checkQuantity } from '../stock/stock-quantity';
import type { PurchaseOrderLineRow } from './purchase-order.types';

export const MAX_DOCUMENT_LINES = 100;

/** A line of a receipt or a bill naming a purchase order line, its shape checked. */
export interface CheckedDocumentLine {
  /** Its position in the input, for error paths. */
  index: number;
  lineId: string;
  quantity: bigint;
}

/**
 * Checks the lines of a receipt or a bill before anything is read: 1–100 of them, each naming a
 * purchase order line (a UUID, at most once) with a quantity > 0 (NEGATIVE_QUANTITY,
 * QUANTITY_INVALID).
 */
export function checkDocumentLines(
  lines: ReadonlyArray<{ lineId: string; quantity: string }>,
): { ok: true; lines: CheckedDocumentLine[] } | { ok: false; errors: UserError[] } {
  const errors: UserError[] = [];
  if (lines.length === 0) {
    errors.push(userError('LINES_REQUIRED', 'Name at least one purchase order line.', ['input', 'lines']));
  }
  if (lines.length > MAX_DOCUMENT_LINES) {
    errors.push(
      userError('TOO_MANY_LINES', `At most ${MAX_DOCUMENT_LINES} lines at once.`, ['input', 'lines']),
    );
    return { ok: false, errors };
  }
  const seen = new Set<string>();
  const checked = lines.map((line, index) => {
    const field = (name: string) => ['input', 'lines', String(index), name];
    let lineId = '';
    if (!isUuid(line.lineId)) {
      errors.push(userError('ID_INVALID', '"lineId" is not a valid id.', field('lineId')));
    } else {
      lineId = line.lineId.toLowerCase();
      if (seen.has(lineId)) {
        errors.push(
          userError(
            'LINE_DUPLICATE',
            'Each purchase order line may appear once; add the quantities up.',
            field('lineId'),
          ),
        );
      }
      seen.add(lineId);
    }
    const quantity = checkQuantity(line.quantity, 'positive', field('quantity'), errors) ?? 0n;
    return { index, lineId, quantity };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lines: checked };
}

/** Pairs each requested line with the order's stored line; LINE_NOT_FOUND for a line of no such order. */
export function matchOrderLines<T extends CheckedDocumentLine>(
  stored: readonly PurchaseOrderLineRow[],
  requested: readonly T[],
):
  | { ok: true; pairs: Array<{ line: PurchaseOrderLineRow; request: T }> }
  | { ok: false; errors: UserError[] } {
  const byId = new Map(stored.map((line) => [line.id, line]));
  const errors: UserError[] = [];
  const pairs: Array<{ line: PurchaseOrderLineRow; request: T }> = [];
  for (const request of requested) {
    const line = byId.get(request.lineId);
    if (!line) {
      errors.push(
        userError('LINE_NOT_FOUND', 'This purchase order has no such line.', [
          'input',
          'lines',
          String(request.index),
          'lineId',
        ]),
      );
    } else pairs.push({ line, request });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pairs };
}
