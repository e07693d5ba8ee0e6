import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { currencyFractionDigits, MAX_QUANTITY_UNITS } from '../invoice/money';
import { parsePrice } from '../product/price';
import type { ProductRow } from '../product/product.types';
import { fullCode, lockQuant, type MoveLocation, shareLockLocations } from './stock-lock';
import type { MoveRequest } from './stock-move.inputs';
import type { StockMoveType } from './stock-move.types';
import { formatStockQuantity, MAX_TOTAL_QUANTITY_UNITS, quantityUnits } from './stock-quantity';
import { currentTotals, valueMove } from './stock-move.valuation';
import { applyMove, type StockTotals } from './stock-valuation.math';

/** numeric(18,2) in cents. */
const MAX_VALUE_CENTS = 10n ** 18n - 1n;

/** One side of a move: the location and what it holds of the product before and after. */
export interface PlannedSide {
  location: MoveLocation;
  before: bigint;
  after: bigint;
  exists: boolean;
}

/** Everything a move will write, computed under the product's lock before anything is written. */
export interface PlannedMove {
  type: StockMoveType;
  product: ProductRow;
  from: PlannedSide | null;
  to: PlannedSide | null;
  quantity: bigint;
  unitCost: bigint | null;
  valueChange: bigint;
  totals: StockTotals;
  reason: string | null;
  reference: string | null;
  reversesMoveId: string | null;
}

export type PlanResult = { ok: true; plan: PlannedMove } | { ok: false; errors: UserError[] };

interface Direction {
  type: StockMoveType;
  fromId: string | null;
  toId: string | null;
  /** Null for an adjustment to a counted quantity: known once the location's quant is read. */
  quantity: bigint | null;
}

function directionOf(request: MoveRequest): Direction {
  switch (request.type) {
    case 'RECEIPT':
      return { type: 'RECEIPT', fromId: null, toId: request.toLocationId, quantity: request.quantity };
    case 'DELIVERY':
      return { type: 'DELIVERY', fromId: request.fromLocationId, toId: null, quantity: request.quantity };
    case 'TRANSFER':
      return {
        type: 'TRANSFER',
        fromId: request.fromLocationId,
        toId: request.toLocationId,
        quantity: request.quantity,
      };
    case 'ADJUSTMENT':
      // Provisional: the sign of the difference decides the side once the quant is known.
      return { type: 'ADJUSTMENT', fromId: request.locationId, toId: null, quantity: null };
    case 'REVERSAL': {
      const { original } = request;
      return {
        type: original.type,
        fromId: original.toLocationId,
        toId: original.fromLocationId,
        quantity: quantityUnits(original.quantity),
      };
    }
  }
}

/** The input field naming a location, for userErrors. */
function locationField(request: MoveRequest, side: 'from' | 'to'): string[] {
  if (request.type === 'TRANSFER') return ['input', side === 'from' ? 'fromLocationId' : 'toLocationId'];
  if (request.type === 'REVERSAL') return ['input', 'id'];
  return ['input', 'locationId'];
}

/**
 * Plans `request` for `product` (already locked): locations exist and are active, the source holds
 * enough unless its warehouse allows negative stock, and the value is computed. Reads only.
 */
export async function planMove(
  manager: EntityManager,
  request: MoveRequest,
  product: ProductRow,
): Promise<PlanResult> {
  const errors: UserError[] = [];
  const direction = directionOf(request);
  const ids = [direction.fromId, direction.toId].filter((id): id is string => id !== null);
  const locations = await shareLockLocations(manager, product.tenantId, ids);
  const sides: Record<'from' | 'to', MoveLocation | null> = { from: null, to: null };
  for (const side of ['from', 'to'] as const) {
    const id = side === 'from' ? direction.fromId : direction.toId;
    if (!id) continue;
    const location = locations.get(id);
    if (!location) {
      errors.push(
        userError(
          'LOCATION_NOT_FOUND',
          'No stock location of this tenant has that id.',
          locationField(request, side),
        ),
      );
    } else if (!location.active) {
      errors.push(
        userError(
          'LOCATION_INACTIVE',
          `Location ${fullCode(location)} (or its warehouse) is inactive.`,
          locationField(request, side),
        ),
      );
    } else {
      sides[side] = location;
    }
  }
  if (request.type === 'RECEIPT' && !product.active) {
    errors.push(
      userError('PRODUCT_INACTIVE', `${product.sku} is inactive; reactivate it to receive it.`, [
        'input',
        'productId',
      ]),
    );
  }
  if (errors.length > 0) return { ok: false, errors };

  const fromQuant = sides.from ? await lockQuant(manager, product.tenantId, product.id, sides.from.id) : null;
  let { from, to } = sides;
  let quantity = direction.quantity;
  if (request.type === 'ADJUSTMENT' && sides.from && fromQuant) {
    const current = quantityUnits(fromQuant.quantity);
    const change = request.difference ?? (request.counted ?? 0n) - current;
    if (change === 0n) {
      const held = amountOf(current, product.unit);
      return {
        ok: false,
        errors: [
          userError(
            'QUANTITY_UNCHANGED',
            `${fullCode(sides.from)} already holds ${held} of ${product.sku}; nothing to adjust.`,
            ['input', 'countedQuantity'],
          ),
        ],
      };
    }
    quantity = change < 0n ? -change : change;
    if (change > 0n) [from, to] = [null, sides.from];
  }
  if (quantity === null || quantity > MAX_QUANTITY_UNITS) {
    return {
      ok: false,
      errors: [
        userError('QUANTITY_INVALID', 'One move can carry at most 999,999,999.999.', ['input', 'quantity']),
      ],
    };
  }
  const toQuant = to
    ? to === sides.from
      ? fromQuant
      : await lockQuant(manager, product.tenantId, product.id, to.id)
    : null;

  const fromSide = from && fromQuant ? side(from, fromQuant, -quantity) : null;
  const toSide = to && toQuant ? side(to, toQuant, quantity) : null;
  if (fromSide && fromSide.after < 0n && !fromSide.location.allowNegativeStock) {
    errors.push(insufficientStock(product, fromSide, quantity, request));
  }
  const unitCost =
    request.type === 'RECEIPT' ? checkUnitCost(request.unitCost, product.currency, errors) : null;
  if (errors.length > 0) return { ok: false, errors };

  const digits = currencyFractionDigits(product.currency);
  const quantityChange = fromSide && toSide ? 0n : fromSide ? -quantity : quantity;
  const valueChange = valueMove(request, product, { quantity, quantityChange, unitCost, digits });
  const totals = applyMove(currentTotals(product), quantityChange, valueChange);
  const tooLarge = [totals.quantity, fromSide?.after ?? 0n, toSide?.after ?? 0n].some(
    (units) => (units < 0n ? -units : units) > MAX_TOTAL_QUANTITY_UNITS,
  );
  if (tooLarge || (totals.value < 0n ? -totals.value : totals.value) > MAX_VALUE_CENTS) {
    return {
      ok: false,
      errors: [
        userError('QUANTITY_INVALID', 'The stock would exceed what can be recorded.', ['input', 'quantity']),
      ],
    };
  }
  return {
    ok: true,
    plan: {
      type: direction.type,
      product,
      from: fromSide,
      to: toSide,
      quantity,
      unitCost,
      valueChange,
      totals,
      reason: request.type === 'ADJUSTMENT' || request.type === 'REVERSAL' ? request.reason : null,
      reference: request.type === 'ADJUSTMENT' || request.type === 'REVERSAL' ? null : request.reference,
      reversesMoveId: request.type === 'REVERSAL' ? request.original.id : null,
    },
  };
}

function side(
  location: MoveLocation,
  quant: { quantity: string; exists: boolean },
  change: bigint,
): PlannedSide {
  const before = quantityUnits(quant.quantity);
  return { location, before, after: before + change, exists: quant.exists };
}

function checkUnitCost(raw: string, currency: string, errors: UserError[]): bigint | null {
  const parsed = parsePrice(raw, currency);
  if (!parsed.ok) {
    errors.push(userError('UNIT_COST_INVALID', `The unit cost ${parsed.reason}.`, ['input', 'unitCost']));
    return null;
  }
  return parsed.cents;
}

/** "2 kg", or just "2" for products counted in units. */
function amountOf(units: bigint, unit: string): string {
  return unit === 'unit' ? formatStockQuantity(units) : `${formatStockQuantity(units)} ${unit}`;
}

function insufficientStock(
  product: ProductRow,
  from: PlannedSide,
  quantity: bigint,
  request: MoveRequest,
): UserError {
  return userError(
    'INSUFFICIENT_STOCK',
    `Not enough ${product.sku} at ${fullCode(from.location)}: ${amountOf(from.before, product.unit)} available, ` +
      `${amountOf(quantity, product.unit)} asked; warehouse ${from.location.warehouseCode} does not allow negative stock.`,
    ['input', request.type === 'REVERSAL' ? 'id' : request.type === 'ADJUSTMENT' ? 'difference' : 'quantity'],
  );
}
