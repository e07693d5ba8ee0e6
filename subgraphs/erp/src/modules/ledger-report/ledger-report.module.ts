import { defineModule } from '@nexora/kit';
import { ledgerReportResolvers } from './ledger-report.resolvers';

/**
 * Ledger reports over posted entries: the trial balance, an account's general ledger with running
 * balances, and an account's balance; per currency, never adding currencies together. Reading them
 * needs `erp.journal:read` (declared by journal-entry).
 */
export default defineModule({
  name: 'ledger-report',
  resolvers: ledgerReportResolvers,
  mappers: {
    TrialBalance: './ledger-report.types#TrialBalanceModel',
    TrialBalanceRow: './ledger-report.types#TrialBalanceRowModel',
    GeneralLedgerConnection: './ledger-report.types#GeneralLedgerModel',
    GeneralLedgerLine: './ledger-report.types#GeneralLedgerLineRow',
  },
});
