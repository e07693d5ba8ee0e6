import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { JWK } from 'jose';

/** An ES256 key pair for access tokens. Global platform data, never tenant data. */
@Entity({ name: 'signing_keys', schema: 'identity' })
export class SigningKeyEntity {
  /** RFC 7638 thumbprint of the public key; the `kid` in token headers and the JWKS. */
  @PrimaryColumn({ type: 'text' })
  kid!: string;

  @Column({ type: 'text' })
  algorithm!: string;

  @Column({ type: 'jsonb', name: 'public_jwk' })
  publicJwk!: JWK;

  @Column({ type: 'jsonb', name: 'private_jwk', select: false })
  privateJwk!: JWK;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  /** A retired key no longer signs nor appears in the JWKS. */
  @Column({ type: 'timestamptz', name: 'retired_at', nullable: true })
  retiredAt!: Date | null;
}
