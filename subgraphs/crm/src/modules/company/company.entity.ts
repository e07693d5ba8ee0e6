import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A row of `crm.companies`. Column types are explicit because tsx/esbuild emit no decorator
 * metadata. `ownerId` points at an identity user; crm cannot check it (another schema and role).
 */
@Entity({ name: 'companies', schema: 'crm' })
export class CompanyEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  domain!: string | null;

  @Column({ type: 'text', nullable: true })
  industry!: string | null;

  @Column({ name: 'employee_count', type: 'integer', nullable: true })
  employeeCount!: number | null;

  @Column({ name: 'address_street', type: 'text', nullable: true })
  addressStreet!: string | null;

  @Column({ name: 'address_city', type: 'text', nullable: true })
  addressCity!: string | null;

  @Column({ name: 'address_postal_code', type: 'text', nullable: true })
  addressPostalCode!: string | null;

  @Column({ name: 'address_region', type: 'text', nullable: true })
  addressRegion!: string | null;

  @Column({ name: 'address_country', type: 'text', nullable: true })
  addressCountry!: string | null;

  @Column({ type: 'text', array: true })
  tags!: string[];

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
