import { emitEvent, type SubgraphContext, tenantOf, userError, type UserError } from '@nexora/kit';
import { productByIdLoader } from '../product/product.loaders';
import { lockProductStock } from './stock-lock';
import {
  adjustmentRequest,
  deliveryRequest,
  type MoveRequest,
  receiptRequest,
  type RequestCheck,
  transferRequest,
} from './stock-move.inputs';
import { planMove, type PlannedMove } from './stock-move.plan';
import type { StockMoveRow } from './stock-move.types';
import { writeMove } from './stock-move.write';
import { formatStockQuantity } from './stock-quantity';
import { postStockValuationEntry } from './stock-valuation-entry';
import { AMOUNT_SCALE, formatUnits } from '../invoice/money';
import { ensureLedgerSetup } from '../account/ledger-setup';

export interface StockMovePayload {
  move: StockMoveRow | null;
  userErrors: UserError[];
}

export const receiveStock = (ctx: SubgraphContext, input: Parameters<typeof receiptRequest>[0]) =>
  recordChecked(ctx, receiptRequest(input));

export const deliverStock = (ctx: SubgraphContext, input: Parameters<typeof deliveryRequest>[0]) =>
  recordChecked(ctx, deliveryRequest(input));

export const transferStock = (ctx: SubgraphContext, input: Parameters<typeof transferRequest>[0]) =>
  recordChecked(ctx, transferRequest(input));

export const adjustStock = (ctx: SubgraphContext, input: Parameters<typeof adjustmentRequest>[0]) =>
  recordChecked(ctx, adjustmentRequest(input));

function recordChecked(ctx: SubgraphContext, check: RequestCheck): Promise<StockMovePayload> {
  if (!check.ok) return Promise.resolve({ move: null, userErrors: check.errors });
  return recordMove(ctx, check.request);
}

/**
 * Records one stock move: locks the product (see stock-lock.ts), plans the move (locations, on-hand
 * check, value) reading only, and then writes the move, the quants and the product's totals, posts
 * the valuation entry (stock-valuation-entry.ts) and announces `erp.stock.moved` through the outbox,
 * all in the request's transaction. A refused move returns userErrors having written nothing, the
 * ledger's refusal (PERIOD_LOCKED) included: the move is written in a savepoint rolled back then.
 */
export async function recordMove(ctx: SubgraphContext, request: MoveRequest): Promise<StockMovePayload> {
  const tenantId = tenantOf(ctx);
  const productId = request.type === 'REVERSAL' ? request.original.productId : request.productId;
  return ctx.db.run(async (manager) => {
    const product = await lockProductStock(manager, tenantId, productId);
    if (!product) {
      return {
        move: null,
        userErrors: [
          userError('PRODUCT_NOT_FOUND', 'No product of this tenant has that id.', ['input', 'productId']),
        ],
      };
    }
    const planned = await planMove(manager, request, product);
    if (!planned.ok) return { move: null, userErrors: planned.errors };
    // Seeded outside the savepoint: rolling a refused move back must not take the chart along.
    await ensureLedgerSetup(manager, ctx);
    await manager.query('savepoint stock_move_write');
    const move = await writeMove(manager, planned.plan, ctx.caller.userId ?? null);
    const refused = await postStockValuationEntry(manager, ctx, move, product.currency);
    if (refused.length > 0) {
      // The ledger refused the move's entry (a locked period): the move leaves no trace either.
      await manager.query('rollback to savepoint stock_move_write');
      return { move: null, userErrors: refused };
    }
    await manager.query('release savepoint stock_move_write');
    await emitEvent(ctx, 'erp.stock.moved', stockMovedPayload(move, planned.plan));
    productByIdLoader(ctx).clear(product.id);
    return { move, userErrors: [] };
  });
}

/** What `erp.stock.moved` carries: quantities and value as decimal strings, never floats. */
function stockMovedPayload(move: StockMoveRow, plan: PlannedMove) {
  return {
    id: move.id,
    type: move.type,
    productId: move.productId,
    sku: plan.product.sku,
    quantity: formatStockQuantity(plan.quantity),
    unit: plan.product.unit,
    fromLocationId: move.fromLocationId,
    fromWarehouseId: plan.from?.location.warehouseId ?? null,
    toLocationId: move.toLocationId,
    toWarehouseId: plan.to?.location.warehouseId ?? null,
    valueChange: formatUnits(plan.valueChange, AMOUNT_SCALE),
    currency: plan.product.currency,
    reversesMoveId: move.reversesMoveId,
  };
}
