import {
  emitEvent,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import { recordMove } from '../stock/stock-move.service';
import type { StockMoveRow } from '../stock/stock-move.types';
import { formatStockQuantity, quantityText, quantityUnits } from '../stock/stock-quantity';
import { type CheckedDocumentLine, checkDocumentLines, matchOrderLines } from './purchase-document-lines';
import { linesByPurchaseOrderLoader, purchaseOrderByIdLoader } from './purchase-order.loaders';
import { lockPurchaseOrder, purchaseOrderLines } from './purchase-order.store';
import {
  PURCHASE_ORDER_COLUMNS,
  type PurchaseOrderLineRow,
  type PurchaseOrderRow,
  RECEIVABLE_STATUSES,
} from './purchase-order.types';

export interface ReceivePurchaseOrderInput {
  purchaseOrderId: string;
  lines: ReadonlyArray<{ lineId: string; quantity: string }>;
}

export interface ReceiptPayload {
  purchaseOrder: PurchaseOrderRow | null;
  moves: StockMoveRow[];
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): ReceiptPayload => ({ purchaseOrder: null, moves: [], userErrors });

/**
 * Receives goods of a confirmed order: for each line given, a RECEIPT stock move into the line's
 * destination at the line's unit cost, recorded by the stock module's own `recordMove` in this
 * request's transaction (so each move books Dr INVENTORY / Cr GOODS_RECEIVED_NOT_BILLED and
 * announces `erp.stock.moved`); the lines' received quantities and values grow, the order becomes
 * PARTIALLY_RECEIVED or RECEIVED, and `erp.purchase.received` is announced through the outbox.
 *
 * The order's row lock is taken first and held to the end, so concurrent receipts of one order
 * queue and the second checks against what the first received: no order is ever over-received
 * (OVER_RECEIPT; the database's check on the line backs it). Then the lines' products are locked in
 * id order before any move, so a receipt can never wait for a product while holding the ledger's
 * lock that a plain stock move of that product waits for. Any refusal, a move's too (a locked
 * period), rolls everything back: nothing is written.
 */
export async function receivePurchaseOrder(
  ctx: SubgraphContext,
  input: ReceivePurchaseOrderInput,
): Promise<ReceiptPayload> {
  const tenantId = tenantOf(ctx);
  const orderId = parseId(input.purchaseOrderId, 'input.purchaseOrderId');
  const checked = checkDocumentLines(input.lines);
  if (!checked.ok) return refused(checked.errors);
  return ctx.db.run(async (manager) => {
    const order = await lockPurchaseOrder(manager, tenantId, orderId);
    if (!order) throw notFound('Purchase order', orderId);
    if (!RECEIVABLE_STATUSES.includes(order.status)) return refused([notReceivable(order)]);
    const stored = await purchaseOrderLines(manager, tenantId, orderId);
    const matched = matchOrderLines(stored, checked.lines);
    if (!matched.ok) return refused(matched.errors);
    const errors = matched.pairs.flatMap(({ line, request }) => overReceipt(line, request));
    if (errors.length > 0) return refused(errors);

    await manager.query(
      `select id from erp.products where tenant_id = $1 and id = any($2::uuid[]) order by id for update`,
      [tenantId, [...new Set(matched.pairs.map(({ line }) => line.productId))]],
    );
    await ensureLedgerSetup(manager, ctx);
    await manager.query('savepoint purchase_receipt');
    const moves: StockMoveRow[] = [];
    for (const { line, request } of matched.pairs) {
      const recorded = await recordMove(ctx, {
        type: 'RECEIPT',
        productId: line.productId,
        toLocationId: line.locationId,
        quantity: request.quantity,
        unitCost: line.unitCost,
        reference: order.number,
      });
      if (!recorded.move) {
        await manager.query('rollback to savepoint purchase_receipt');
        return refused(
          recorded.userErrors.map((error) => ({
            ...error,
            field: ['input', 'lines', String(request.index)],
          })),
        );
      }
      moves.push(recorded.move);
      await recordReceipt(manager, ctx, order, line, recorded.move);
    }
    await manager.query('release savepoint purchase_receipt');
    const received = await settleReceiptStatus(manager, order);
    purchaseOrderByIdLoader(ctx).clear(order.id).prime(order.id, received);
    linesByPurchaseOrderLoader(ctx).clear(order.id);
    await emitEvent(ctx, 'erp.purchase.received', {
      id: order.id,
      number: order.number,
      supplierId: order.supplierId,
      status: received.status,
      currency: order.currency,
      lines: matched.pairs.map(({ line, request }, index) => ({
        lineId: line.id,
        productId: line.productId,
        locationId: line.locationId,
        quantity: formatStockQuantity(request.quantity),
        receivedQuantity: formatStockQuantity(quantityUnits(line.receivedQuantity) + request.quantity),
        orderedQuantity: formatStockQuantity(quantityUnits(line.quantity)),
        stockMoveId: moves[index].id,
        value: moves[index].valueChange,
      })),
    });
    return { purchaseOrder: received, moves, userErrors: [] };
  });
}

/** Links the move to its line and adds what it brought to the line's received figures. */
async function recordReceipt(
  manager: EntityManager,
  ctx: SubgraphContext,
  order: PurchaseOrderRow,
  line: PurchaseOrderLineRow,
  move: StockMoveRow,
): Promise<void> {
  await manager.query(
    `insert into erp.purchase_receipts (tenant_id, purchase_order_id, purchase_order_line_id, stock_move_id,
       quantity, created_by)
     values ($1, $2, $3, $4, $5, $6)`,
    [order.tenantId, order.id, line.id, move.id, move.quantity, ctx.caller.userId],
  );
  await manager.query(
    `update erp.purchase_order_lines set received_quantity = received_quantity + $3,
       received_value = received_value + $4
     where tenant_id = $1 and id = $2`,
    [order.tenantId, line.id, quantityText(quantityUnits(move.quantity)), move.valueChange],
  );
}

/** RECEIVED once every line has all it ordered, PARTIALLY_RECEIVED before. */
async function settleReceiptStatus(
  manager: EntityManager,
  order: PurchaseOrderRow,
): Promise<PurchaseOrderRow> {
  const [[row]]: [PurchaseOrderRow[], number] = await manager.query(
    `update erp.purchase_orders o set updated_at = now(),
       status = case when exists (
         select 1 from erp.purchase_order_lines line
         where line.tenant_id = o.tenant_id and line.purchase_order_id = o.id and line.received_quantity < line.quantity
       ) then 'PARTIALLY_RECEIVED' else 'RECEIVED' end
     where o.tenant_id = $1 and o.id = $2 returning ${PURCHASE_ORDER_COLUMNS}`,
    [order.tenantId, order.id],
  );
  return row;
}

function notReceivable(order: PurchaseOrderRow): UserError {
  const why =
    order.status === 'DRAFT'
      ? 'is a draft: confirm it first'
      : order.status === 'RECEIVED'
        ? 'has been received in full'
        : 'is cancelled';
  return userError('PURCHASE_ORDER_NOT_RECEIVABLE', `${order.number} ${why}.`, ['input', 'purchaseOrderId']);
}

function overReceipt(line: PurchaseOrderLineRow, request: CheckedDocumentLine): UserError[] {
  const open = quantityUnits(line.quantity) - quantityUnits(line.receivedQuantity);
  if (request.quantity <= open) return [];
  return [
    userError(
      'OVER_RECEIPT',
      `Line ${line.position + 1} ordered ${formatStockQuantity(quantityUnits(line.quantity))} and has received ` +
        `${formatStockQuantity(quantityUnits(line.receivedQuantity))}: at most ${formatStockQuantity(open)} more can be received.`,
      ['input', 'lines', String(request.index), 'quantity'],
    ),
  ];
}
