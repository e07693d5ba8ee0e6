import { notFound, parseId, type SubgraphContext, tenantOf, userError, type UserError } from '@nexora/kit';
import { checkQuantity, MAX_TOTAL_QUANTITY_UNITS, quantityText } from '../stock/stock-quantity';
import { reorderRuleColumns, type ReorderRuleRow } from './reorder.types';

export interface ReorderRulePayload {
  rule: ReorderRuleRow | null;
  userErrors: UserError[];
}

export interface SetReorderRuleInput {
  productId: string;
  warehouseId: string;
  minQuantity: string;
  maxQuantity: string;
}

/** Creates the product's rule for the warehouse, or replaces its quantities (one rule per pair). */
export async function setReorderRule(
  ctx: SubgraphContext,
  input: SetReorderRuleInput,
): Promise<ReorderRulePayload> {
  const tenantId = tenantOf(ctx);
  const productId = parseId(input.productId, 'input.productId');
  const warehouseId = parseId(input.warehouseId, 'input.warehouseId');
  const errors: UserError[] = [];
  const field = (name: string) => ['input', name];
  const min = checkQuantity(
    input.minQuantity,
    'zero-or-more',
    field('minQuantity'),
    errors,
    MAX_TOTAL_QUANTITY_UNITS,
  );
  const max = checkQuantity(
    input.maxQuantity,
    'zero-or-more',
    field('maxQuantity'),
    errors,
    MAX_TOTAL_QUANTITY_UNITS,
  );
  if (min !== null && max !== null && max < min) {
    errors.push(
      userError('MAX_BELOW_MIN', 'The maximum must be at least the minimum.', field('maxQuantity')),
    );
  }
  return ctx.db.run(async (manager) => {
    const [found]: Array<{ product: boolean; warehouse: boolean }> = await manager.query(
      `select exists (select 1 from erp.products where tenant_id = $1 and id = $2) as product,
              exists (select 1 from erp.warehouses where tenant_id = $1 and id = $3) as warehouse`,
      [tenantId, productId, warehouseId],
    );
    if (!found.product)
      errors.push(
        userError('PRODUCT_NOT_FOUND', 'No product of this tenant has that id.', field('productId')),
      );
    if (!found.warehouse) {
      errors.push(
        userError('WAREHOUSE_NOT_FOUND', 'No warehouse of this tenant has that id.', field('warehouseId')),
      );
    }
    if (errors.length > 0 || min === null || max === null) return { rule: null, userErrors: errors };
    const [rule]: ReorderRuleRow[] = await manager.query(
      `insert into erp.reorder_rules as rule (tenant_id, product_id, warehouse_id, min_quantity, max_quantity)
       values ($1, $2, $3, $4, $5)
       on conflict (tenant_id, product_id, warehouse_id)
       do update set min_quantity = excluded.min_quantity, max_quantity = excluded.max_quantity, updated_at = now()
       returning ${reorderRuleColumns('rule')}`,
      [tenantId, productId, warehouseId, quantityText(min), quantityText(max)],
    );
    return { rule, userErrors: [] };
  });
}

export async function deleteReorderRule(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<{ deletedId: string; userErrors: UserError[] }> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const [rows]: [Array<{ id: string }>, number] = await ctx.db.run((manager) =>
    manager.query(`delete from erp.reorder_rules where tenant_id = $1 and id = $2 returning id`, [
      tenantId,
      id,
    ]),
  );
  if (rows.length === 0) throw notFound('Reorder rule', id);
  return { deletedId: id, userErrors: [] };
}
