import { defineModule } from '@nexora/kit';
import { CSV_ENTITIES } from './csv-entities';
import { importResolvers } from './import.resolvers';
import { csvFileRoutes } from './import.routes';

/**
 * CSV import and export of crm entities (companies, people, deals): file routes the gateway serves at
 * `/files/crm/<entity>/import|export`, and the import jobs clients poll through GraphQL.
 */
export default defineModule({
  name: 'import',
  resolvers: importResolvers,
  mappers: { ImportJob: './import-job.model#ImportJobRow' },
  files: CSV_ENTITIES.flatMap(csvFileRoutes),
});
