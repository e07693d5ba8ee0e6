import { defineModule } from '@nexora/kit';
import { creditNoteResolvers } from './credit-note.resolvers';

/** Credit notes: part or all of a posted invoice's residual taken back, with the entry turning it around. */
export default defineModule({
  name: 'credit-note',
  resolvers: creditNoteResolvers,
  mappers: { CreditNote: './credit-note.types#CreditNoteRow' },
  permissions: [
    {
      name: 'erp.credit-note:write',
      description: 'Issue credit notes against posted invoices',
      grantedTo: ['admin'],
    },
  ],
});
