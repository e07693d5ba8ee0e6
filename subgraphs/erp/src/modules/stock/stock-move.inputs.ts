import { parseId, userError, type UserError } from '@nexora/kit';
import { checkQuantity } from './stock-quantity';
import type { StockMoveRow } from './stock-move.types';

export const REASON_MAX_LENGTH = 500;
export const REFERENCE_MAX_LENGTH = 100;

/** A move asked for, its input checked; what depends on stored state is checked under the lock. */
export type MoveRequest =
  | {
      type: 'RECEIPT';
      productId: string;
      toLocationId: string;
      quantity: bigint;
      unitCost: string;
      reference: string | null;
    }
  | {
      type: 'DELIVERY';
      productId: string;
      fromLocationId: string;
      quantity: bigint;
      reference: string | null;
    }
  | {
      type: 'TRANSFER';
      productId: string;
      fromLocationId: string;
      toLocationId: string;
      quantity: bigint;
      reference: string | null;
    }
  | {
      type: 'ADJUSTMENT';
      productId: string;
      locationId: string;
      /** Exactly one of the two: what was counted, or the signed difference. */
      counted: bigint | null;
      difference: bigint | null;
      reason: string;
    }
  | { type: 'REVERSAL'; original: StockMoveRow; reason: string | null };

export type RequestCheck = { ok: true; request: MoveRequest } | { ok: false; errors: UserError[] };

const field = (name: string) => ['input', name];

function checkReference(raw: string | null | undefined, errors: UserError[]): string | null {
  const reference = raw?.trim() ?? '';
  if (reference.length === 0) return null;
  if ([...reference].length > REFERENCE_MAX_LENGTH) {
    errors.push(
      userError(
        'REFERENCE_TOO_LONG',
        `A reference can have at most ${REFERENCE_MAX_LENGTH} characters.`,
        field('reference'),
      ),
    );
  }
  return reference;
}

/** A trimmed reason; blank is none. REASON_TOO_LONG past 500 characters. */
export function checkReason(raw: string | null | undefined, errors: UserError[]): string | null {
  const reason = raw?.trim() ?? '';
  if (reason.length === 0) return null;
  if ([...reason].length > REASON_MAX_LENGTH) {
    errors.push(
      userError(
        'REASON_TOO_LONG',
        `A reason can have at most ${REASON_MAX_LENGTH} characters.`,
        field('reason'),
      ),
    );
  }
  return reason;
}

function result(errors: UserError[], request: MoveRequest): RequestCheck {
  return errors.length > 0 ? { ok: false, errors } : { ok: true, request };
}

export function receiptRequest(input: {
  productId: string;
  locationId: string;
  quantity: string;
  unitCost: string;
  reference?: string | null;
}): RequestCheck {
  const productId = parseId(input.productId, 'input.productId');
  const toLocationId = parseId(input.locationId, 'input.locationId');
  const errors: UserError[] = [];
  const quantity = checkQuantity(input.quantity, 'positive', field('quantity'), errors) ?? 0n;
  const reference = checkReference(input.reference, errors);
  return result(errors, {
    type: 'RECEIPT',
    productId,
    toLocationId,
    quantity,
    unitCost: input.unitCost,
    reference,
  });
}

export function deliveryRequest(input: {
  productId: string;
  locationId: string;
  quantity: string;
  reference?: string | null;
}): RequestCheck {
  const productId = parseId(input.productId, 'input.productId');
  const fromLocationId = parseId(input.locationId, 'input.locationId');
  const errors: UserError[] = [];
  const quantity = checkQuantity(input.quantity, 'positive', field('quantity'), errors) ?? 0n;
  const reference = checkReference(input.reference, errors);
  return result(errors, { type: 'DELIVERY', productId, fromLocationId, quantity, reference });
}

export function transferRequest(input: {
  productId: string;
  fromLocationId: string;
  toLocationId: string;
  quantity: string;
  reference?: string | null;
}): RequestCheck {
  const productId = parseId(input.productId, 'input.productId');
  const fromLocationId = parseId(input.fromLocationId, 'input.fromLocationId');
  const toLocationId = parseId(input.toLocationId, 'input.toLocationId');
  const errors: UserError[] = [];
  if (fromLocationId === toLocationId) {
    errors.push(
      userError('SAME_LOCATION', 'A transfer goes from one location to another.', field('toLocationId')),
    );
  }
  const quantity = checkQuantity(input.quantity, 'positive', field('quantity'), errors) ?? 0n;
  const reference = checkReference(input.reference, errors);
  return result(errors, { type: 'TRANSFER', productId, fromLocationId, toLocationId, quantity, reference });
}

export function adjustmentRequest(input: {
  productId: string;
  locationId: string;
  countedQuantity?: string | null;
  difference?: string | null;
  reason: string;
}): RequestCheck {
  const productId = parseId(input.productId, 'input.productId');
  const locationId = parseId(input.locationId, 'input.locationId');
  const errors: UserError[] = [];
  let counted: bigint | null = null;
  let difference: bigint | null = null;
  if ((input.countedQuantity == null) === (input.difference == null)) {
    errors.push(
      userError(
        'ADJUSTMENT_INVALID',
        'Give either the counted quantity (what the location holds now) or the difference, not both.',
        field('countedQuantity'),
      ),
    );
  } else if (input.countedQuantity != null) {
    counted = checkQuantity(input.countedQuantity, 'zero-or-more', field('countedQuantity'), errors);
  } else if (input.difference != null) {
    difference = checkQuantity(input.difference, 'non-zero', field('difference'), errors);
  }
  const reason = checkReason(input.reason, errors);
  if (!reason)
    errors.push(
      userError('REASON_REQUIRED', 'Say why the stock is adjusted (e.g. "Count 2026-03").', field('reason')),
    );
  return result(errors, {
    type: 'ADJUSTMENT',
    productId,
    locationId,
    counted,
    difference,
    reason: reason ?? '',
  });
}
