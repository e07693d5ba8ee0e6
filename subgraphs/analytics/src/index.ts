import { defineSubgraph } from '@nexora/kit';

/**
 * The analytics subgraph: per-tenant KPIs and saved dashboards, computed from read models that only
 * domain events feed (it never reads another subgraph's tables). Its modules are the folders of
 * `modules/` with a `<name>.module.ts`; its migrations the files of `migrations/`.
 */
export const analyticsSubgraph = defineSubgraph({
  name: 'analytics',
  defaultPort: 4005,
  directory: __dirname,
});
