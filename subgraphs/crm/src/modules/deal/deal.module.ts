import { defineModule } from '@nexora/kit';
import { dealResolvers } from './deal.resolvers';

/** Deals: opportunities moving through a pipeline, with their stage history and a kanban board. */
export default defineModule({
  name: 'deal',
  resolvers: dealResolvers,
  mappers: {
    Deal: './deal.types#DealRow',
    DealStageChange: './deal.types#StageChangeRow',
    PipelineBoard: './deal.types#BoardRow',
    PipelineBoardStage: './deal.types#BoardStageRow',
    User: './deal.types#UserReference',
  },
  permissions: [
    {
      name: 'crm.deal:read',
      description: 'See pipelines, deals and the board',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'crm.deal:write',
      description: 'Create, edit, move, win and lose deals',
      grantedTo: ['admin', 'member'],
    },
  ],
});
