import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One password check for an e-mail address; failures within a window throttle further attempts. */
@Entity({ name: 'login_attempts', schema: 'identity' })
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'boolean' })
  succeeded!: boolean;

  @Column({ type: 'timestamptz', name: 'attempted_at' })
  attemptedAt!: Date;
}
