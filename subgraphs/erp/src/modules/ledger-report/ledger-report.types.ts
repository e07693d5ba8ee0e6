import type { Money } from '../invoice/money';

/** One account and currency of the trial balance (sums as numeric text). */
export interface TrialBalanceRowModel {
  accountId: string;
  currency: string;
  debit: Money;
  credit: Money;
  balance: Money;
}

export interface TrialBalanceModel {
  asOf: string;
  rows: TrialBalanceRowModel[];
  totals: Array<{ currency: string; debit: Money; credit: Money; balance: Money }>;
}

/** A posted line of one account, with the account's running balance in its currency. */
export interface GeneralLedgerLineRow {
  id: string;
  entryId: string;
  position: number;
  date: string;
  sequence: string;
  debit: string;
  credit: string;
  balance: string;
  currency: string;
  companyId: string | null;
  description: string | null;
}

export interface GeneralLedgerModel {
  accountId: string;
  from: string | null;
  to: string | null;
  openingBalances: Money[];
  edges: Array<{ cursor: string; node: GeneralLedgerLineRow }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}
