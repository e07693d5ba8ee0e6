import { createInboxMigration } from '@nexora/kit';

/** The events crm has handled (identity's tenant creations), so a redelivered one changes nothing. */
export const CreateInbox1795820000002 = createInboxMigration('crm', 1795820000002);
