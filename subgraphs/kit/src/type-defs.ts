import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

/** The shared tenancy directives (schema/directives), declared once for every subgraph. */
export const TENANCY_DIRECTIVES_PATH = path.resolve(__dirname, '../../../schema/directives/tenancy.graphql');

export const TENANCY_LINK_URL = 'https://nexora.dev/tenancy/v1.0';

/** A subgraph's SDL file joined with the shared directive definitions it imports. */
export function loadSubgraphTypeDefs(schemaFile: string): DocumentNode {
  const directives = readFileSync(TENANCY_DIRECTIVES_PATH, 'utf8');
  const own = readFileSync(schemaFile, 'utf8');
  return parse(`${directives}\n${own}`);
}
