/**
 * The ledger as other erp modules use it (invoices, payments, stock valuation, purchasing): import
 * from this file only. Every function runs in the caller's transaction (`manager` is the request's
 * or the event handler's own EntityManager) and names the tenant through `ctx`.
 */
export { findAccountByRole } from '../account/account.lookup';
export type { AccountRole, AccountRow, JournalCode } from '../account/account.types';
export { postLedgerEntry, type LedgerResult, type LedgerWriteOptions } from './ledger-posting';
export { reverseLedgerEntry, type ReversalRequest } from './ledger-reversal';
export type { LedgerEntryRequest, LedgerLineRequest } from './journal-entry.validation';
export { computeLineTax, type TaxedLine } from '../tax/tax.compute';
