import path from 'node:path';

/** The subgraphs composed into the supergraph, with the ports they listen on by default. */
export const SUBGRAPHS = [
  { name: 'identity', port: 4001 },
  { name: 'crm', port: 4003 },
  { name: 'erp', port: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const REPO_ROOT = path.resolve(__dirname, '../..');

export function subgraphSchemaFile(name: string): string {
  return path.join(REPO_ROOT, 'subgraphs', name, 'src', 'schema.graphql');
}

/** The URL written into the committed supergraph; operators override it per subgraph at the gateway. */
export function defaultSubgraphUrl(port: number): string {
  return `http://localhost:${port}/graphql`;
}
