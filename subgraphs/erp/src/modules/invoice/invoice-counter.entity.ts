import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last invoice number handed out per tenant. Allocation is an upsert that increments it in the
 * request's transaction: concurrent creators queue on this one row lock, and a rolled-back invoice
 * gives its number back, so numbers are unique and gap-free.
 */
@Entity({ name: 'invoice_counters', schema: 'erp' })
export class InvoiceCounterEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'last_number', type: 'bigint' })
  lastNumber!: string;
}
