import { defineModule } from '@nexora/kit';
import { receivablesResolvers } from './receivables.resolvers';

/**
 * Receivables ageing from erp's invoice, payment and credit-note events. The read model is fed by
 * the read-model module (which journals every event, so a rebuild replays these too); this module
 * answers the query. Same permission as the other KPIs: erp shows its ageing to viewers too.
 */
export default defineModule({
  name: 'receivables',
  resolvers: receivablesResolvers,
  mappers: {
    ReceivablesAgeingSummary: './receivables.service#ReceivablesAgeingSummaryModel',
    ReceivablesAgeingBuckets: './receivables.service#AgeingBucketsModel',
  },
});
