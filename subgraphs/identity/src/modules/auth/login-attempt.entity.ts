import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One password check for an e-mail address from a client address; failures throttle further attempts. */
@Entity({ name: 'login_attempts', schema: 'identity' })
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  /** The throttling bucket of the caller's address ('' when unknown), see `throttleAddressKey`. */
  @Column({ type: 'text', name: 'client_address' })
  clientAddress!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', name: 'attempted_at' })
  attemptedAt!: Date;
}
