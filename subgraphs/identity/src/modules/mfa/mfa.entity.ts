import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** An account's TOTP factor: pending until its first code confirms it, then enabled. */
@Entity({ name: 'mfa_factors', schema: 'identity' })
export class MfaFactorEntity {
  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId!: string;

  /** The TOTP secret sealed with AES-256-GCM (`sealSecret`); never the secret itself. */
  @Column({ type: 'text', name: 'secret_ciphertext', select: false })
  secretCiphertext!: string;

  @Column({ type: 'timestamptz', name: 'enabled_at', nullable: true })
  enabledAt!: Date | null;

  /** The RFC 6238 time step of the last code accepted; codes of that step or earlier are refused. */
  @Column({ type: 'bigint', name: 'last_used_step', nullable: true })
  lastUsedStep!: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** One recovery code of an account, as its HMAC (`recoveryCodeHash`); spent once `usedAt` is set. */
@Entity({ name: 'mfa_recovery_codes', schema: 'identity' })
export class MfaRecoveryCodeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  @Column({ type: 'text', name: 'code_hash', select: false })
  codeHash!: string;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}

/** The step between a right password and the code: one pending sign-in, single use, short-lived. */
@Entity({ name: 'mfa_challenges', schema: 'identity' })
export class MfaChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', name: 'user_id' })
  userId!: string;

  /** The tenant the sign-in is for (not an RLS key: the table is fenced by its account). */
  @Column({ type: 'uuid', name: 'session_tenant_id' })
  sessionTenantId!: string;

  /** SHA-256 of the challenge token (`tokenHash`). */
  @Column({ type: 'text', name: 'token_hash', select: false })
  tokenHash!: string;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt!: Date | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
