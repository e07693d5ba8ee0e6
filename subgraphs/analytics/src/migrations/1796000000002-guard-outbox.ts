import { createOutboxGuardMigration } from '@nexora/kit';

/** analytics' outbox rows become append-only for requests and publish-once for the relay. */
export const GuardOutbox1796000000002 = createOutboxGuardMigration('analytics', 1796000000002);
