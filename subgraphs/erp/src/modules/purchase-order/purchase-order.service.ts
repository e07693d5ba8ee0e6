import { notFound, parseId, type SubgraphContext, tenantOf, userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { customerRefusal } from '../customer/customer-replica';
import { formatQuantity } from '../invoice/money';
import { quantityUnits } from '../stock/stock-quantity';
import { priceOrderLines } from './purchase-order-lines';
import { purchaseOrderByIdLoader, linesByPurchaseOrderLoader } from './purchase-order.loaders';
import {
  allocateSequence,
  formatPurchaseOrderNumber,
  insertPurchaseOrderLines,
  lockPurchaseOrder,
  purchaseOrderLines,
} from './purchase-order.store';
import { PURCHASE_ORDER_COLUMNS, type PurchaseOrderRow } from './purchase-order.types';
import { checkPurchaseOrderDraft, type PurchaseOrderDraftInput } from './purchase-order.validation';

export interface PurchaseOrderPayload {
  purchaseOrder: PurchaseOrderRow | null;
  userErrors: UserError[];
}

export interface NewPurchaseOrderInput extends PurchaseOrderDraftInput {
  supplierId: string;
}

export interface UpdatePurchaseOrderInput extends Partial<Omit<PurchaseOrderDraftInput, 'lines'>> {
  id: string;
  supplierId?: string | null;
  lines?: PurchaseOrderDraftInput['lines'] | null;
}

const refused = (userErrors: UserError[]): PurchaseOrderPayload => ({ purchaseOrder: null, userErrors });

/**
 * Why `supplierId` may not be ordered from: the company must be in erp's replica of crm for this
 * tenant and not merged away (the customer module's check, worded for suppliers).
 */
export async function supplierRefusal(
  manager: EntityManager,
  tenantId: string,
  supplierId: string,
): Promise<UserError | null> {
  const refusal = await customerRefusal(manager, tenantId, supplierId, ['input', 'supplierId']);
  if (!refusal) return null;
  if (refusal.code === 'CUSTOMER_MERGED') {
    return { ...refusal, code: 'SUPPLIER_MERGED', message: refusal.message.replace('bill', 'order from') };
  }
  return userError(
    'SUPPLIER_UNKNOWN',
    'There is no such company in this workspace. Pick a supplier from CRM (a company created a moment ago may take a second to appear here).',
    ['input', 'supplierId'],
  );
}

/**
 * Creates a DRAFT purchase order with the tenant's next number, after checking the input, the
 * supplier (erp's replica of crm), every product, destination and tax rate. A refusal writes
 * nothing, the number included (it is allocated last, just before the insert).
 */
export async function createPurchaseOrder(
  ctx: SubgraphContext,
  input: NewPurchaseOrderInput,
): Promise<PurchaseOrderPayload> {
  const tenantId = tenantOf(ctx);
  const supplierId = parseId(input.supplierId, 'input.supplierId');
  const checked = checkPurchaseOrderDraft(input);
  if (!checked.ok) return refused(checked.errors);
  const { currency, orderDate, notes } = checked.value;
  return ctx.db.run(async (manager) => {
    const refusal = await supplierRefusal(manager, tenantId, supplierId);
    if (refusal) return refused([refusal]);
    const priced = await priceOrderLines(manager, tenantId, currency, checked.value.lines);
    if (!priced.ok) return refused(priced.errors);
    const sequence = await allocateSequence(manager, 'purchase_order_counters', tenantId);
    const [order]: PurchaseOrderRow[] = await manager.query(
      `insert into erp.purchase_orders (tenant_id, sequence, number, supplier_id, currency, order_date, notes,
         subtotal, tax_total, total, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${PURCHASE_ORDER_COLUMNS}`,
      [
        tenantId,
        sequence,
        formatPurchaseOrderNumber(sequence),
        supplierId,
        currency,
        orderDate,
        notes,
        priced.value.subtotal,
        priced.value.taxTotal,
        priced.value.total,
        ctx.caller.userId,
      ],
    );
    const lines = await insertPurchaseOrderLines(manager, tenantId, order.id, priced.value.lines);
    linesByPurchaseOrderLoader(ctx).prime(order.id, lines);
    return { purchaseOrder: order, userErrors: [] };
  });
}

/**
 * Changes a DRAFT: any of its supplier, currency, date, notes and (replaced as a whole) lines; what
 * is not given stays and the whole draft is checked again. An order past DRAFT is refused with
 * PURCHASE_ORDER_NOT_DRAFT (the database refuses it too); an unknown id is NOT_FOUND.
 */
export async function updatePurchaseOrder(
  ctx: SubgraphContext,
  input: UpdatePurchaseOrderInput,
): Promise<PurchaseOrderPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const supplierGiven = input.supplierId == null ? null : parseId(input.supplierId, 'input.supplierId');
  return ctx.db.run(async (manager) => {
    const draft = await lockPurchaseOrder(manager, tenantId, id);
    if (!draft) throw notFound('Purchase order', id);
    if (draft.status !== 'DRAFT') return refused([notDraft(draft, 'edited')]);
    const stored = input.lines ? null : await purchaseOrderLines(manager, tenantId, id);
    const checked = checkPurchaseOrderDraft({
      currency: input.currency ?? draft.currency,
      orderDate: input.orderDate ?? draft.orderDate,
      notes: input.notes === undefined ? draft.notes : input.notes,
      lines:
        input.lines ??
        (stored ?? []).map((line) => ({
          productId: line.productId,
          quantity: formatQuantity(line.quantity),
          unitCost: line.unitCost,
          taxRateId: line.taxRateId,
          locationId: line.locationId,
          description: line.description,
        })),
    });
    if (!checked.ok) return refused(checked.errors);
    const supplierId = supplierGiven ?? draft.supplierId;
    const refusal = await supplierRefusal(manager, tenantId, supplierId);
    if (refusal) return refused([refusal]);
    const priced = await priceOrderLines(manager, tenantId, checked.value.currency, checked.value.lines);
    if (!priced.ok) return refused(priced.errors);
    const [[order]]: [PurchaseOrderRow[], number] = await manager.query(
      `update erp.purchase_orders set supplier_id = $3, currency = $4, order_date = $5, notes = $6, subtotal = $7,
         tax_total = $8, total = $9, updated_at = now()
       where tenant_id = $1 and id = $2 returning ${PURCHASE_ORDER_COLUMNS}`,
      [
        tenantId,
        id,
        supplierId,
        checked.value.currency,
        checked.value.orderDate,
        checked.value.notes,
        priced.value.subtotal,
        priced.value.taxTotal,
        priced.value.total,
      ],
    );
    await manager.query(
      `delete from erp.purchase_order_lines where tenant_id = $1 and purchase_order_id = $2`,
      [tenantId, id],
    );
    const lines = await insertPurchaseOrderLines(manager, tenantId, id, priced.value.lines);
    purchaseOrderByIdLoader(ctx).clear(id).prime(id, order);
    linesByPurchaseOrderLoader(ctx).clear(id).prime(id, lines);
    return { purchaseOrder: order, userErrors: [] };
  });
}

/**
 * DRAFT → CONFIRMED: the order is sent to the supplier; from now on what was ordered is fixed and
 * goods may be received. The supplier is checked again (it may have been merged since the draft).
 */
export async function confirmPurchaseOrder(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<PurchaseOrderPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const draft = await lockPurchaseOrder(manager, tenantId, id);
    if (!draft) throw notFound('Purchase order', id);
    if (draft.status !== 'DRAFT') return refused([notDraft(draft, 'confirmed again')]);
    const refusal = await supplierRefusal(manager, tenantId, draft.supplierId);
    if (refusal) return refused([{ ...refusal, field: ['input', 'id'] }]);
    return { purchaseOrder: await setStatus(ctx, manager, draft, 'CONFIRMED'), userErrors: [] };
  });
}

/**
 * Cancels a DRAFT, or a CONFIRMED order of which nothing was received yet. Once goods arrived the
 * order stays (PURCHASE_ORDER_RECEIVED): reverse the receipts' stock moves in the stock module.
 */
export async function cancelPurchaseOrder(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<PurchaseOrderPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const order = await lockPurchaseOrder(manager, tenantId, id);
    if (!order) throw notFound('Purchase order', id);
    if (order.status === 'CANCELLED') {
      return refused([
        userError('ALREADY_CANCELLED', `${order.number} is already cancelled.`, ['input', 'id']),
      ]);
    }
    const lines = await purchaseOrderLines(manager, tenantId, id);
    const received = lines.some((line) => quantityUnits(line.receivedQuantity) > 0n);
    if (order.status !== 'DRAFT' && (order.status !== 'CONFIRMED' || received)) {
      return refused([
        userError(
          'PURCHASE_ORDER_RECEIVED',
          `Goods of ${order.number} have been received: it can no longer be cancelled.`,
          ['input', 'id'],
        ),
      ]);
    }
    return { purchaseOrder: await setStatus(ctx, manager, order, 'CANCELLED'), userErrors: [] };
  });
}

async function setStatus(
  ctx: SubgraphContext,
  manager: EntityManager,
  order: PurchaseOrderRow,
  status: 'CONFIRMED' | 'CANCELLED',
): Promise<PurchaseOrderRow> {
  const [rows]: [PurchaseOrderRow[], number] = await manager.query(
    `update erp.purchase_orders set status = $3, updated_at = now(),
       confirmed_at = case when $3 = 'CONFIRMED' then now() else confirmed_at end,
       cancelled_at = case when $3 = 'CANCELLED' then now() else cancelled_at end
     where tenant_id = $1 and id = $2 returning ${PURCHASE_ORDER_COLUMNS}`,
    [order.tenantId, order.id, status],
  );
  purchaseOrderByIdLoader(ctx).clear(order.id).prime(order.id, rows[0]);
  return rows[0];
}

/** PURCHASE_ORDER_NOT_DRAFT: only drafts change; a confirmed order moves on by receipts and bills. */
export function notDraft(order: PurchaseOrderRow, what: string): UserError {
  return userError(
    'PURCHASE_ORDER_NOT_DRAFT',
    `${order.number} is ${order.status.toLowerCase().replace('_', ' ')} and can no longer be ${what}; only drafts can.`,
    ['input', 'id'],
  );
}
