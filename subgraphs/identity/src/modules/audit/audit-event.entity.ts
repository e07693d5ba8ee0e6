import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One security event of a tenant (append-only; see the migration `CreateAuditEvents`). */
@Entity({ name: 'audit_events', schema: 'identity' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'tenant_id' })
  tenantId!: string;

  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'timestamptz', name: 'occurred_at' })
  occurredAt!: Date;

  @Column({ type: 'uuid', name: 'actor_user_id', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text', name: 'target_type', nullable: true })
  targetType!: string | null;

  @Column({ type: 'uuid', name: 'target_id', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text', name: 'client_address', nullable: true })
  clientAddress!: string | null;

  @Column({ type: 'text', name: 'user_agent', nullable: true })
  userAgent!: string | null;

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column({ type: 'jsonb' })
  details!: Record<string, unknown>;
}
