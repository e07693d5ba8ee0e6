import type { AccountRole, AccountType, JournalCode } from './account.types';

export interface DefaultAccount {
  code: string;
  name: string;
  type: AccountType;
  role: AccountRole | null;
}

/**
 * The chart every tenant starts with: a small, conventional numbering (1 assets, 2 liabilities,
 * 3 equity, 4 income, 5 cost of sales, 6 operating expenses) holding every account invoices,
 * payments, stock valuation and purchasing post to, each marked with the role they look it up by.
 * Tenants add their own accounts beside these and may rename them; roles stay where they are.
 */
export const DEFAULT_CHART: readonly DefaultAccount[] = [
  { code: '1000', name: 'Bank', type: 'ASSET', role: 'BANK' },
  { code: '1010', name: 'Cash on hand', type: 'ASSET', role: 'CASH' },
  { code: '1100', name: 'Accounts receivable', type: 'ASSET', role: 'RECEIVABLE' },
  { code: '1200', name: 'Inventory', type: 'ASSET', role: 'INVENTORY' },
  { code: '1300', name: 'Prepaid expenses', type: 'ASSET', role: null },
  { code: '1400', name: 'Tax receivable (input tax)', type: 'ASSET', role: 'TAX_RECEIVABLE' },
  { code: '1500', name: 'Fixed assets', type: 'ASSET', role: null },
  { code: '2000', name: 'Accounts payable', type: 'LIABILITY', role: 'PAYABLE' },
  {
    code: '2100',
    name: 'Goods received not billed',
    type: 'LIABILITY',
    role: 'GOODS_RECEIVED_NOT_BILLED',
  },
  { code: '2200', name: 'Tax payable (output tax)', type: 'LIABILITY', role: 'TAX_PAYABLE' },
  { code: '2300', name: 'Accrued liabilities', type: 'LIABILITY', role: null },
  { code: '2400', name: 'Salaries payable', type: 'LIABILITY', role: null },
  { code: '3000', name: "Owner's equity", type: 'EQUITY', role: 'EQUITY' },
  { code: '3100', name: 'Retained earnings', type: 'EQUITY', role: 'RETAINED_EARNINGS' },
  { code: '4000', name: 'Sales', type: 'INCOME', role: 'SALES' },
  { code: '4100', name: 'Other income', type: 'INCOME', role: null },
  { code: '5000', name: 'Cost of goods sold', type: 'EXPENSE', role: 'COST_OF_GOODS_SOLD' },
  { code: '5100', name: 'Inventory adjustments', type: 'EXPENSE', role: 'STOCK_ADJUSTMENT' },
  { code: '6000', name: 'Operating expenses', type: 'EXPENSE', role: 'EXPENSE' },
  { code: '6100', name: 'Salaries and wages', type: 'EXPENSE', role: null },
  { code: '6200', name: 'Rent', type: 'EXPENSE', role: null },
  { code: '6300', name: 'Bank fees', type: 'EXPENSE', role: null },
];

export const DEFAULT_JOURNALS: ReadonlyArray<{ code: JournalCode; name: string }> = [
  { code: 'SALES', name: 'Sales' },
  { code: 'PURCHASE', name: 'Purchases' },
  { code: 'BANK', name: 'Bank' },
  { code: 'GENERAL', name: 'General' },
];
