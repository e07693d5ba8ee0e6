import { graphql } from '../../__generated__';

/**
 * What the Security screen shows of the account's two-factor sign-in. Every MFA mutation asks for it
 * too, so the cache (one MfaStatus per client: see cache.ts) shows the change at once.
 */
export const MfaStatusFields = graphql(`
  fragment MfaStatusFields on MfaStatus {
    enabled
    enabledAt
    enrolmentPending
    recoveryCodesRemaining
  }
`);

/** How many recovery codes an enrolment or a regeneration gives. */
export const RECOVERY_CODE_COUNT = 10;
