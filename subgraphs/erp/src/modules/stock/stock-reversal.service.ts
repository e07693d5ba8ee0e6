import {
  forbidden,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
} from '@nexora/kit';
import { lockProductStock } from './stock-lock';
import { checkReason } from './stock-move.inputs';
import { recordMove, type StockMovePayload } from './stock-move.service';
import { STOCK_MOVE_COLUMNS, type StockMoveRow } from './stock-move.types';

/** Reversing an adjustment is adjusting: it needs the same permission as `adjustStock`. */
export const ADJUST_PERMISSION = 'erp.stock:adjust';

/**
 * Records the move that undoes `input.id`: same type, product and quantity, the other way round,
 * valued as the mirror of the original (stock-move.valuation.ts). A move is reversed at most once
 * (the product's lock serializes the check, a unique key backs it) and a reversal is not itself
 * reversible: record the move again instead, nor is a purchase order's receipt (its order line counts
 * it). NOT_FOUND for an id that names no move of the tenant.
 */
export async function reverseStockMove(
  ctx: SubgraphContext,
  input: { id: string; reason?: string | null },
): Promise<StockMovePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const errors: UserError[] = [];
  const reason = checkReason(input.reason, errors);
  if (errors.length > 0) return { move: null, userErrors: errors };
  return ctx.db.run(async (manager) => {
    const [original]: StockMoveRow[] = await manager.query(
      `select ${STOCK_MOVE_COLUMNS} from erp.stock_moves where tenant_id = $1 and id = $2`,
      [tenantId, id],
    );
    if (!original) throw notFound('Stock move', id);
    if (original.type === 'ADJUSTMENT' && !ctx.caller.permissions.includes(ADJUST_PERMISSION)) {
      throw forbidden(`Reversing an adjustment requires the "${ADJUST_PERMISSION}" permission.`);
    }
    if (original.reversesMoveId) {
      return refused('NOT_REVERSIBLE', 'This move is itself a reversal; record the move again instead.');
    }
    // A purchase order's receipt counts on its order line (received, then billed): undoing the move
    // alone would leave the order saying goods are in stock that are not.
    const [receipt]: Array<{ number: string }> = await manager.query(
      `select o.number from erp.purchase_receipts r
       join erp.purchase_orders o on o.tenant_id = r.tenant_id and o.id = r.purchase_order_id
       where r.tenant_id = $1 and r.stock_move_id = $2`,
      [tenantId, id],
    );
    if (receipt) {
      return refused(
        'NOT_REVERSIBLE',
        `This move received goods of purchase order ${receipt.number}; return them with a delivery to the supplier instead.`,
      );
    }
    await lockProductStock(manager, tenantId, original.productId);
    const [{ reversed }]: Array<{ reversed: boolean }> = await manager.query(
      `select exists (select 1 from erp.stock_moves where tenant_id = $1 and reverses_move_id = $2) as reversed`,
      [tenantId, id],
    );
    if (reversed) return refused('ALREADY_REVERSED', 'This move has already been reversed.');
    return recordMove(ctx, {
      type: 'REVERSAL',
      original,
      reason: reason ?? `Reversal of ${original.type.toLowerCase()} ${original.id}`,
    });
  });
}

function refused(code: string, message: string): StockMovePayload {
  return { move: null, userErrors: [userError(code, message, ['input', 'id'])] };
}
