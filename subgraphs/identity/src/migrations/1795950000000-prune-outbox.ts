import { createOutboxPruneMigration } from '@nexora/kit';

/** The identity relay may delete published outbox rows older than its retention. */
export const PruneOutbox1795950000000 = createOutboxPruneMigration('identity', 1795950000000);
