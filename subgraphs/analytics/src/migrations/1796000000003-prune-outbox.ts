import { createOutboxPruneMigration } from '@nexora/kit';

/** The analytics relay may delete published outbox rows older than its retention. */
export const PruneOutbox1796000000003 = createOutboxPruneMigration('analytics', 1796000000003);
