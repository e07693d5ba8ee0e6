import { defineModule } from '@nexora/kit';
import { APPLIED_EVENTS } from './read-model.apply';
import { followEvent } from './read-model.events';
import { readModelResolvers } from './read-model.resolvers';

/**
 * The read models: crm's deals and leads, erp's invoices, receivables (payments, credit notes) and
 * stock moves, as their events describe them; every event journaled, so a rebuild replays them all.
 */
export default defineModule({
  name: 'read-model',
  resolvers: readModelResolvers,
  consumes: Object.fromEntries(APPLIED_EVENTS.map((type) => [type, followEvent])),
  permissions: [
    {
      name: 'analytics.data:rebuild',
      description: 'Rebuild the analytics read models from their event journal',
      grantedTo: ['admin'],
    },
  ],
});
