import { createOutboxMigration } from '@nexora/kit';

/** identity's transactional outbox: events written with the change they announce (kit `emitEvent`). */
export const CreateOutbox1795618700000 = createOutboxMigration('identity', 1795618700000);
