import { createInboxMigration } from '@nexora/kit';

/** The events erp has handled (crm's company merges), so a redelivered one changes nothing. */
export const CreateInbox1795860000000 = createInboxMigration('erp', 1795860000000);
