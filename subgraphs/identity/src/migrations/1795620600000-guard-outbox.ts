import { createOutboxGuardMigration } from '@nexora/kit';

/** identity's outbox rows become append-only for requests and publish-once for the relay. */
export const GuardOutbox1795620600000 = createOutboxGuardMigration('identity', 1795620600000);
