import { defineModule } from '@nexora/kit';
import { duplicateResolvers } from './duplicate.resolvers';

/** Records that are probably the same, and merging them into one. */
export default defineModule({
  name: 'duplicate',
  resolvers: duplicateResolvers,
  mappers: { DuplicateCandidate: './candidates.service#DuplicateCandidateModel' },
});
