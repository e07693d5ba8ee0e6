import path from 'node:path';
import type { SubgraphModule } from '@nexora/kit';
import { analyticsSubgraph } from '@nexora/analytics';
import { crmSubgraph } from '@nexora/crm';
import { erpSubgraph } from '@nexora/erp';
import { identitySubgraph } from '@nexora/identity';

/**
 * The subgraph registry: every subgraph of the supergraph, in start order (identity first: the
 * gateway needs its JWKS). Composition, the permission catalogue, codegen's config, the all-in-one
 * launcher, the e2e tests and the benchmark all read this list; adding a subgraph is one line here.
 */
export const SUBGRAPHS: readonly SubgraphModule[] = checkedRegistry([
  identitySubgraph,
  crmSubgraph,
  erpSubgraph,
  analyticsSubgraph,
]);

export const REPO_ROOT = path.resolve(__dirname, '../..');

/** The URL written into the committed supergraph; operators override it per subgraph at the gateway. */
export function defaultSubgraphUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}

/** The subgraph with this name; throws on a name the registry does not hold. */
export function registeredSubgraph(name: string): SubgraphModule {
  const found = SUBGRAPHS.find((module) => module.name === name);
  if (!found) throw new Error(`No subgraph named "${name}" is registered in schema/src/registry.ts`);
  return found;
}

/** The environment variable that overrides a subgraph's port in all-in-one mode, e.g. CRM_PORT. */
export function portVariable(name: string): string {
  return `${name.toUpperCase()}_PORT`;
}

/** Names must be lower-case words (they become schema, role and env names); names and ports unique. */
export function checkedRegistry(modules: readonly SubgraphModule[]): readonly SubgraphModule[] {
  const names = new Set<string>();
  const ports = new Map<number, string>();
  for (const module of modules) {
    if (!/^[a-z][a-z0-9]*$/.test(module.name)) {
      throw new Error(`Subgraph name "${module.name}" must be lower-case letters and digits`);
    }
    if (names.has(module.name)) throw new Error(`Subgraph "${module.name}" is registered twice`);
    const taken = ports.get(module.defaultPort);
    if (taken) {
      throw new Error(`Subgraphs "${taken}" and "${module.name}" both use port ${module.defaultPort}`);
    }
    names.add(module.name);
    ports.set(module.defaultPort, module.name);
  }
  return modules;
}
