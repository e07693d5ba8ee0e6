import { defineModule } from '@nexora/kit';
import { receivablesResolvers } from './receivables.resolvers';

/** What customers owe, aged by days past due (residuals after payments and credit notes). */
export default defineModule({
  name: 'receivables',
  resolvers: receivablesResolvers,
  mappers: {
    ReceivablesAgeing: './receivables.service#ReceivablesAgeingModel',
    AgeingBuckets: './receivables.service#AgeingBucketsModel',
  },
});
