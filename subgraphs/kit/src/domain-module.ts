import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { EntitySchema } from 'typeorm';
import type { SubgraphContext } from './context';
import type { EventConsumer } from './event-consumers';
import type { FileRoute } from './file-routes';

/** The built-in roles besides `owner`, which holds every permission of the catalogue. */
export type GrantableRole = 'admin' | 'member' | 'viewer';

/** A permission a module contributes to the catalogue (schema/permissions.json). */
export interface PermissionDeclaration {
  /** `<subgraph>.<resource>:<verb>`, e.g. `crm.deal:write`. */
  name: string;
  /** What holding it allows, for admins building custom roles. */
  description: string;
  /** The built-in roles that hold it; owners hold every permission anyway. */
  grantedTo: readonly GrantableRole[];
}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityTarget = Function | EntitySchema;

/**
 * One module of a subgraph (`modules/<name>/<name>.module.ts`, default-exported). The subgraph finds
 * its modules by that file name, so adding a module is adding its folder: nothing else to edit.
 */
export interface DomainModule {
  /** The module's folder name. */
  name: string;
  /**
   * The module's resolvers; several modules may add fields to one type, a field answered twice
   * fails at start. Typed by the subgraph's generated `Resolvers`.
   */
  resolvers?: object;
  /** TypeORM entities of the module's tables. */
  entities?: readonly EntityTarget[];
  permissions?: readonly PermissionDeclaration[];
  /**
   * Authenticated HTTP routes for what GraphQL carries badly (file uploads, streamed exports),
   * served by the gateway at `/files/<subgraph>/<path>`; see `FileRoute`.
   */
  files?: readonly FileRoute[];
  /**
   * codegen mappers: GraphQL type → `<file in this folder>#<export>`, e.g.
   * `{ Deal: './deal.entity#DealEntity' }`; `npm run compose` writes them into codegen.yml.
   */
  mappers?: Readonly<Record<string, string>>;
  /**
   * Domain events this module reacts to, by type (e.g. `crm.company.merged`). Each runs in a
   * transaction bound to the event's tenant, at most once per event (the subgraph needs an inbox
   * table: `createInboxMigration`).
   */
  consumes?: Readonly<Record<string, EventConsumer>>;
}

/** A module as found on disk: where it lives, for codegen's mapper paths. */
export interface LoadedDomainModule extends DomainModule {
  directory: string;
  /** `<name>.graphql` beside the module file, when the module declares its own types there. */
  schemaFile?: string;
}

/** Identity helper that types a module declaration. */
export function defineModule(module: DomainModule): DomainModule {
  return module;
}

export type ModuleResolvers = GraphQLResolverMap<SubgraphContext>;
