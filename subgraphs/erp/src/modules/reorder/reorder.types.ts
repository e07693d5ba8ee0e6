/** A row of `erp.reorder_rules`, as `REORDER_RULE_COLUMNS` selects it. */
export interface ReorderRuleRow {
  id: string;
  tenantId: string;
  productId: string;
  warehouseId: string;
  minQuantity: string;
  maxQuantity: string;
  createdAt: Date;
  updatedAt: Date;
}

/** The rule's columns aliased to `ReorderRuleRow`, qualified by `alias` for joins. */
export function reorderRuleColumns(alias = 'reorder_rules'): string {
  return `${alias}.id, ${alias}.tenant_id as "tenantId", ${alias}.product_id as "productId",
  ${alias}.warehouse_id as "warehouseId", ${alias}.min_quantity as "minQuantity",
  ${alias}.max_quantity as "maxQuantity", ${alias}.created_at as "createdAt", ${alias}.updated_at as "updatedAt"`;
}

/** A rule whose warehouse holds less than its minimum, with what it holds. */
export interface ReorderSuggestionModel {
  /** The rule's id and SKU sort key: the suggestion's position in its list. */
  id: string;
  sortKey: string;
  rule: ReorderRuleRow;
  /** numeric text, over all the warehouse's locations. */
  onHand: string;
}
