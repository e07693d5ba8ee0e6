import { createOutboxPruneMigration } from '@nexora/kit';

/** The crm relay may delete published outbox rows older than its retention. */
export const PruneOutbox1795950000000 = createOutboxPruneMigration('crm', 1795950000000);
