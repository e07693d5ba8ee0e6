import { Column, Entity, PrimaryColumn } from 'typeorm';

export const LEAD_SOURCES = ['WEBSITE', 'REFERRAL', 'EVENT', 'OUTBOUND', 'PARTNER', 'OTHER'] as const;
export const LEAD_STATUSES = ['NEW', 'CONTACTED', 'QUALIFIED', 'DISQUALIFIED', 'CONVERTED'] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/** A row of `crm.leads`. `ownerId` points at an identity user. */
@Entity({ name: 'leads', schema: 'crm' })
export class LeadEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'company_name', type: 'text', nullable: true })
  companyName!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @Column({ type: 'text' })
  source!: LeadSource;

  @Column({ type: 'text' })
  status!: LeadStatus;

  @Column({ type: 'integer', nullable: true })
  score!: number | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt!: Date | null;

  @Column({ name: 'converted_person_id', type: 'uuid', nullable: true })
  convertedPersonId!: string | null;

  @Column({ name: 'converted_company_id', type: 'uuid', nullable: true })
  convertedCompanyId!: string | null;

  @Column({ name: 'converted_deal_id', type: 'uuid', nullable: true })
  convertedDealId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
