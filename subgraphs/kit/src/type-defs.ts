import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type DocumentNode } from 'graphql';

const SCHEMA_DIRECTORY = path.resolve(__dirname, '../../../schema');

/** The shared tenancy directives (schema/directives), declared once for every subgraph. */
export const TENANCY_DIRECTIVES_PATH = path.join(SCHEMA_DIRECTORY, 'directives', 'tenancy.graphql');

/** The directive marking Subscription fields fed by domain events (schema/directives/live.graphql). */
export const LIVE_DIRECTIVES_PATH = path.join(SCHEMA_DIRECTORY, 'directives', 'live.graphql');

/** Types every subgraph shares (PageInfo, UserError, Money), declared once. */
export const COMMON_TYPES_PATH = path.join(SCHEMA_DIRECTORY, 'shared', 'common.graphql');

/** What every subgraph's SDL is joined with, in this order; codegen reads the same list. */
export const SHARED_SDL_FILES: readonly string[] = [
  TENANCY_DIRECTIVES_PATH,
  LIVE_DIRECTIVES_PATH,
  COMMON_TYPES_PATH,
];

export const TENANCY_LINK_URL = 'https://nexora.dev/tenancy/v1.0';
export const LIVE_LINK_URL = 'https://nexora.dev/live/v1.0';

/**
 * A subgraph's SDL files (its schema.graphql, then its modules' `<name>.graphql`) joined with the
 * shared directive definitions and common types into one document, so a module may `extend type
 * Query` or a type of another module. The subgraph's schema.graphql must import `@shareable` (the
 * common types are shareable).
 */
export function loadSubgraphTypeDefs(schemaFile: string, moduleFiles: readonly string[] = []): DocumentNode {
  const texts = [...SHARED_SDL_FILES, schemaFile, ...moduleFiles].map((file) => readFileSync(file, 'utf8'));
  return parse(texts.join('\n'));
}
