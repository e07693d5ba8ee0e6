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

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
