import { defineModule } from '@nexora/kit';
import { MfaChallengeEntity, MfaFactorEntity, MfaRecoveryCodeEntity } from './mfa.entity';
import { mfaResolvers } from './mfa.resolvers';

/**
 * Two-factor sign-in with TOTP (authenticator apps): enrolment, recovery codes, and the second step
 * of `login` (`completeMfaLogin`). Secrets are sealed at rest with MFA_ENCRYPTION_KEY.
 */
export default defineModule({
  name: 'mfa',
  resolvers: mfaResolvers,
  entities: [MfaFactorEntity, MfaRecoveryCodeEntity, MfaChallengeEntity],
});
