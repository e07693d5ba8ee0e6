/** How a payment reached the tenant; CASH books to the cash account, every other to the bank. */
export type PaymentMethod = 'BANK_TRANSFER' | 'CARD' | 'CASH' | 'CHECK' | 'OTHER';

/** A row of `erp.payments` (`date` as `YYYY-MM-DD`, `amount` numeric(14,2) text). */
export interface PaymentRow {
  id: string;
  tenantId: string;
  invoiceId: string;
  amount: string;
  currency: string;
  date: string;
  method: PaymentMethod;
  reference: string | null;
  journalEntryId: string;
  createdBy: string | null;
  createdAt: Date;
}

export const PAYMENT_COLUMNS = `id, tenant_id as "tenantId", invoice_id as "invoiceId", amount, currency,
  to_char(payment_date, 'YYYY-MM-DD') as date, method, reference, journal_entry_id as "journalEntryId",
  created_by as "createdBy", created_at as "createdAt"`;
