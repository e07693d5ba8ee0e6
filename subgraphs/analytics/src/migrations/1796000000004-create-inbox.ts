import { createInboxMigration } from '@nexora/kit';

/** The events analytics has applied to its read models, so a redelivered one changes nothing. */
export const CreateInbox1796000000004 = createInboxMigration('analytics', 1796000000004);
