/** A row of `erp.credit_notes` (`date` as `YYYY-MM-DD`, amounts numeric(14,2) text, tax included). */
export interface CreditNoteRow {
  id: string;
  tenantId: string;
  sequence: string;
  number: string;
  invoiceId: string;
  amount: string;
  taxAmount: string;
  currency: string;
  date: string;
  reason: string;
  journalEntryId: string;
  createdBy: string | null;
  createdAt: Date;
}

export const CREDIT_NOTE_COLUMNS = `id, tenant_id as "tenantId", sequence, number, invoice_id as "invoiceId", amount,
  tax_amount as "taxAmount", currency, to_char(credit_date, 'YYYY-MM-DD') as date, reason,
  journal_entry_id as "journalEntryId", created_by as "createdBy", created_at as "createdAt"`;
