import { Column, Entity, PrimaryColumn } from 'typeorm';

export type InvoiceStatus = 'DRAFT' | 'POSTED';

/**
 * A row of `erp.invoices`. `customerId` is a crm company id that erp cannot verify (crm's schema and
 * role are out of reach), so it is stored as given. Amounts are numeric(14,2), which the driver
 * returns as strings: money never passes through a float.
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

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  total!: string;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Columns aliased to the entity's property names, so raw rows are `InvoiceEntity`-shaped. */
export const INVOICE_COLUMNS = `id, tenant_id as "tenantId", sequence, number, customer_id as "customerId", currency,
  status, total, issued_at as "issuedAt", created_at as "createdAt"`;
