import { createOutboxPruneMigration } from '@nexora/kit';

/** The erp relay may delete published outbox rows older than its retention. */
export const PruneOutbox1795950000000 = createOutboxPruneMigration('erp', 1795950000000);
