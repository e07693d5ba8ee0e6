import { defineModule } from '@nexora/kit';
import { setUpCreatedTenant } from './pipeline.seed';
import { pipelineResolvers } from './pipeline.resolvers';

/**
 * Pipelines: a tenant's sales processes (ordered stages with win probabilities) and its catalogue of
 * lost reasons. Every tenant gets the default "Sales" pipeline when identity announces it
 * (`identity.tenant.created`) or, at the latest, the first time crm sees it in a request.
 */
export default defineModule({
  name: 'pipeline',
  resolvers: pipelineResolvers,
  consumes: { 'identity.tenant.created': setUpCreatedTenant },
  mappers: {
    Pipeline: './pipeline.types#PipelineRow',
    PipelineStage: './pipeline.types#StageRow',
    LostReason: './pipeline.types#LostReasonRow',
  },
  permissions: [
    {
      name: 'crm.pipeline:write',
      description: 'Create pipelines, rename, add and reorder their stages',
      grantedTo: ['admin'],
    },
  ],
});
