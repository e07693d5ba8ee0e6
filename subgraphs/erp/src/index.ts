import { defineSubgraph } from '@nexora/kit';

/**
 * The ERP subgraph: invoices of each tenant, and the billing view of crm's companies. Its modules
 * are the folders of `modules/` with a `<name>.module.ts`; its migrations the files of `migrations/`.
 */
export const erpSubgraph = defineSubgraph({ name: 'erp', defaultPort: 4004, directory: __dirname });
