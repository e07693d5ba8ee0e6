/**
 * A crm company as erp knows it: only its id. erp never reads crm's tables (another schema and
 * database role), so any id is accepted and simply has no invoices if nothing was billed to it.
 */
export interface CustomerReference {
  id: string;
}
