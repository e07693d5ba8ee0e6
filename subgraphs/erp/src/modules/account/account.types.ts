/** The five classes of the chart; a balance is always reported as debit minus credit. */
export type AccountType = 'ASSET' | 'LIABILITY' | 'EQUITY' | 'INCOME' | 'EXPENSE';

/**
 * Stable keys other modules find their accounts by ("the receivables account"), whatever code a
 * tenant gave it. Each role names at most one account of a tenant, and that account stays active.
 */
export type AccountRole =
  | 'BANK'
  | 'CASH'
  | 'RECEIVABLE'
  | 'INVENTORY'
  | 'TAX_RECEIVABLE'
  | 'PAYABLE'
  | 'GOODS_RECEIVED_NOT_BILLED'
  | 'TAX_PAYABLE'
  | 'EQUITY'
  | 'RETAINED_EARNINGS'
  | 'SALES'
  | 'COST_OF_GOODS_SOLD'
  | 'STOCK_ADJUSTMENT'
  | 'EXPENSE';

export const ACCOUNT_ROLES: readonly AccountRole[] = [
  'BANK',
  'CASH',
  'RECEIVABLE',
  'INVENTORY',
  'TAX_RECEIVABLE',
  'PAYABLE',
  'GOODS_RECEIVED_NOT_BILLED',
  'TAX_PAYABLE',
  'EQUITY',
  'RETAINED_EARNINGS',
  'SALES',
  'COST_OF_GOODS_SOLD',
  'STOCK_ADJUSTMENT',
  'EXPENSE',
];

export function isAccountRole(value: string): value is AccountRole {
  return (ACCOUNT_ROLES as readonly string[]).includes(value);
}

/** A row of `erp.accounts`, as `ACCOUNT_COLUMNS` selects it. */
export interface AccountRow {
  id: string;
  tenantId: string;
  code: string;
  name: string;
  type: AccountType;
  parentId: string | null;
  role: AccountRole | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const ACCOUNT_COLUMNS = `id, tenant_id as "tenantId", code, name, type, parent_id as "parentId", role, active,
  created_at as "createdAt", updated_at as "updatedAt"`;

/** The journals every tenant has; entries name one of them. */
export type JournalCode = 'SALES' | 'PURCHASE' | 'BANK' | 'GENERAL';

export interface JournalRow {
  id: string;
  code: JournalCode;
  name: string;
}
