import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A tenant's API key. The key itself is never stored: only `secretHash`, the SHA-256 of the whole
 * key (see `apiKeyHash`), and `publicId`, the non-secret part that finds the row.
 */
@Entity({ name: 'api_keys', schema: 'identity' })
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', name: 'public_id' })
  publicId!: string;

  @Column({ type: 'text', name: 'secret_hash', select: false })
  secretHash!: string;

  @Column({ type: 'text', array: true })
  scopes!: string[];

  @Column({ type: 'integer', name: 'requests_per_minute', nullable: true })
  requestsPerMinute!: number | null;

  @Column({ type: 'integer', name: 'cost_per_minute', nullable: true })
  costPerMinute!: number | null;

  @Column({ type: 'uuid', name: 'created_by', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', name: 'revoked_by', nullable: true })
  revokedBy!: string | null;
}

/** A key as the API shows it (no hash). */
export type ApiKeyRecord = Omit<ApiKeyEntity, 'secretHash'>;
