import { createOutboxMigration } from '@nexora/kit';

/** analytics' transactional outbox: `analytics.metric.updated` events, written with the change. */
export const CreateOutbox1796000000001 = createOutboxMigration('analytics', 1796000000001);
