import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PaymentTerms } from './payment-terms';

/** DRAFT → POSTED → PARTIALLY_PAID → PAID; everything after DRAFT is "posted" (immutable, owed). */
export type InvoiceStatus = 'DRAFT' | 'POSTED' | 'PARTIALLY_PAID' | 'PAID';

/**
 * A row of `erp.invoices`. `customerId` names a company of erp's replica of crm (`erp.companies`,
 * a foreign key). Amounts are numeric(14,2), which the driver returns as strings: money never
 * passes through a float. Dates (`invoiceDate`, `dueDate`) are calendar dates as `YYYY-MM-DD`.
 */
@Entity({ name: 'invoices', schema: 'erp' })
export class InvoiceEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** Position in the tenant's numbering (bigint, hence a string), also the list's sort key. */
  @Column({ type: 'bigint' })
  sequence!: string;

  @Column({ type: 'text' })
  number!: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'text' })
  status!: InvoiceStatus;

  /** The accounting date: the journal entry's date when posted, and where the due date counts from. */
  @Column({ name: 'invoice_date', type: 'date' })
  invoiceDate!: string;

  @Column({ name: 'payment_terms', type: 'text' })
  paymentTerms!: PaymentTerms;

  @Column({ name: 'payment_term_days', type: 'integer' })
  paymentTermDays!: number;

  @Column({ name: 'due_date', type: 'date' })
  dueDate!: string;

  /** Net of every line plus their taxes: what the customer owes. */
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  total!: string;

  @Column({ name: 'tax_total', type: 'numeric', precision: 14, scale: 2 })
  taxTotal!: string;

  @Column({ name: 'amount_paid', type: 'numeric', precision: 14, scale: 2 })
  amountPaid!: string;

  @Column({ name: 'amount_credited', type: 'numeric', precision: 14, scale: 2 })
  amountCredited!: string;

  /** The entry posting booked (receivable, income, tax); null for drafts and pre-ledger invoices. */
  @Column({ name: 'journal_entry_id', type: 'uuid', nullable: true })
  journalEntryId!: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Columns aliased to the entity's property names, so raw rows are `InvoiceEntity`-shaped. */
export const INVOICE_COLUMNS = `id, tenant_id as "tenantId", sequence, number, customer_id as "customerId", currency,
  status, to_char(invoice_date, 'YYYY-MM-DD') as "invoiceDate", payment_terms as "paymentTerms",
  payment_term_days as "paymentTermDays", to_char(due_date, 'YYYY-MM-DD') as "dueDate", total,
  tax_total as "taxTotal", amount_paid as "amountPaid", amount_credited as "amountCredited",
  journal_entry_id as "journalEntryId", issued_at as "issuedAt", created_at as "createdAt"`;

/** Whether the invoice was posted (whatever has been paid since). */
export function isPosted(invoice: Pick<InvoiceEntity, 'status'>): boolean {
  return invoice.status !== 'DRAFT';
}
