import { defineSubgraph } from '@nexora/kit';

/**
 * The CRM subgraph: companies (and later people, leads, deals) of each tenant. Its modules are the
 * folders of `modules/` with a `<name>.module.ts`; its migrations are the files of `migrations/`.
 */
export const crmSubgraph = defineSubgraph({ name: 'crm', defaultPort: 4003, directory: __dirname });
