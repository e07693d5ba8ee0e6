import { defineModule } from '@nexora/kit';
import { reorderResolvers } from './reorder.resolvers';

/** Reorder rules (min/max per product and warehouse) and the products to reorder now. */
export default defineModule({
  name: 'reorder',
  resolvers: reorderResolvers,
  mappers: {
    ReorderRule: './reorder.types#ReorderRuleRow',
    ReorderSuggestion: './reorder.types#ReorderSuggestionModel',
  },
  permissions: [
    {
      name: 'erp.reorder:write',
      description: 'Set and delete reorder rules (minimum and maximum stock per product and warehouse)',
      grantedTo: ['admin', 'member'],
    },
  ],
});
