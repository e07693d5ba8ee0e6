import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DocumentNode } from 'graphql';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { SubgraphContext } from './context';
import type { LoadedDomainModule, PermissionDeclaration } from './domain-module';
import type { DeclaredConsumer } from './event-consumers';
import type { EventBus } from './event-bus';
import type { FileRoute } from './file-routes';
import type { Logger } from './logger';

/** What a running subgraph hands to its module's hooks and extra routes. */
export interface SubgraphRuntime {
  dataSource: DataSource;
  logger: Logger;
  events: EventBus;
  /** Creates a system context bound to a tenant, for work outside a GraphQL request (seeds, events). */
  systemContext(tenantId: string | null): SubgraphContext;
  /**
   * Runs work that outlives the request that started it (an import job). Failures are logged; the
   * subgraph's `stop()` waits for it before closing the database pools.
   */
  runInBackground(label: string, work: () => Promise<void>): void;
}

/**
 * A subgraph as a plain module: everything needed to compose it (name, typeDefs, resolvers) and to
 * run it (database, optional routes and start hook). `subgraphs/<domain>/src/index.ts` exports one,
 * built by `defineSubgraph` from its folder; schema/src/registry.ts lists them.
 */
export interface SubgraphModule {
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext>;
  database: {
    schema: string;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    entities: MixedList<Function | string | EntitySchema>;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    migrations: MixedList<Function | string>;
  };
  /** Extra unauthenticated HTTP routes (e.g. a JWKS document). Keep them free of tenant data. */
  routes?: (
    runtime: SubgraphRuntime,
  ) => Record<string, (req: IncomingMessage, res: ServerResponse) => Promise<void>>;
  /** Authenticated routes of its modules (`defineModule({ files })`), served under `/files/`. */
  files?: readonly FileRoute[];
  /** Runs once after migrations, before the subgraph accepts requests. */
  onStart?: (runtime: SubgraphRuntime) => Promise<void>;
  /** The domain events its modules consume (see `DomainModule.consumes`). */
  consumers?: readonly DeclaredConsumer[];
  /** The permissions its modules contribute to the catalogue (see `npm run compose`). */
  permissions?: readonly PermissionDeclaration[];
  /** Its modules as found on disk (defineSubgraph), for codegen's mappers. */
  modules?: readonly LoadedDomainModule[];
  /** Its own SDL files, in the order they are joined (schema.graphql first), for codegen. */
  schemaFiles?: readonly string[];
  /** Its `src` folder, where schema.graphql and __generated__ live. */
  sourceDirectory?: string;
}
