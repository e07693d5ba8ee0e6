import { createOutboxMigration } from '@nexora/kit';

/** erp's transactional outbox: events written with the change they announce (kit `emitEvent`). */
export const CreateOutbox1795618700000 = createOutboxMigration('erp', 1795618700000);
