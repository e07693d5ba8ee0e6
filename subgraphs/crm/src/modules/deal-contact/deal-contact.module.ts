import { defineModule } from '@nexora/kit';
import { dealContactResolvers } from './deal-contact.resolvers';

/** The people involved in a deal. */
export default defineModule({
  name: 'deal-contact',
  resolvers: dealContactResolvers,
});
