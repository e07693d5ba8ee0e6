import { createOutboxMigration } from '@nexora/kit';

/** crm's transactional outbox: events written with the change they announce (kit `emitEvent`). */
export const CreateOutbox1795618700000 = createOutboxMigration('crm', 1795618700000);
