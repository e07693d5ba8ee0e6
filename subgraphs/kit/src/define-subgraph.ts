import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { LoadedDomainModule, DomainModule, EntityTarget } from './domain-module';
import { mergeResolvers } from './merge-resolvers';
import type { SubgraphModule } from './subgraph-module';
import { loadSubgraphTypeDefs } from './type-defs';

export interface DefineSubgraphOptions extends Pick<
  SubgraphModule,
  'name' | 'defaultPort' | 'routes' | 'onStart'
> {
  /** The subgraph's `src` folder (`__dirname` of its index.ts). */
  directory: string;
  /** Its Postgres schema and role; the subgraph's name by default. */
  databaseSchema?: string;
}

const SOURCE_FILE = /\.(ts|js)$/;
const DECLARATION_FILE = /\.d\.ts$/;

function sourceFiles(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => SOURCE_FILE.test(file) && !DECLARATION_FILE.test(file) && !file.includes('.test.'))
    .sort();
}

/** Every `modules/<name>/<name>.module.ts`, in folder-name order, checked for a default export. */
export function discoverModules(directory: string): LoadedDomainModule[] {
  const modulesDirectory = path.join(directory, 'modules');
  if (!existsSync(modulesDirectory)) return [];
  const found: LoadedDomainModule[] = [];
  for (const folder of readdirSync(modulesDirectory, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    const moduleDirectory = path.join(modulesDirectory, folder.name);
    const file = sourceFiles(moduleDirectory).find((name) =>
      new RegExp(`^${folder.name}\\.module\\.(ts|js)$`).test(name),
    );
    if (!file) continue; // a folder of helpers, not a module
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const declared = (require(path.join(moduleDirectory, file)) as { default?: DomainModule }).default;
    if (!declared || typeof declared !== 'object' || typeof declared.name !== 'string') {
      throw new Error(`${path.join(moduleDirectory, file)} must default-export defineModule({ name, ... })`);
    }
    if (declared.name !== folder.name) {
      throw new Error(
        `Module in modules/${folder.name} is named "${declared.name}"; name it after its folder`,
      );
    }
    const schemaFile = path.join(moduleDirectory, `${folder.name}.graphql`);
    found.push({
      ...declared,
      directory: moduleDirectory,
      ...(existsSync(schemaFile) ? { schemaFile } : {}),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Every migration class exported by `migrations/*.ts`; TypeORM orders them by their timestamp. */
export function discoverMigrations(directory: string): Array<new () => unknown> {
  const migrationsDirectory = path.join(directory, 'migrations');
  return sourceFiles(migrationsDirectory).flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(path.join(migrationsDirectory, file)) as Record<string, unknown>;
    const classes = Object.values(exported).filter(
      (value): value is new () => unknown => typeof value === 'function',
    );
    if (classes.length === 0)
      throw new Error(`${path.join(migrationsDirectory, file)} exports no migration class`);
    return classes;
  });
}

/**
 * A subgraph from its folder: SDL from `schema.graphql` and each module's `<name>.graphql` (with
 * the shared directives and types), modules from `modules/<name>/<name>.module.ts` (resolvers merged, clashes refused; entities;
 * permissions; codegen mappers), migrations from `migrations/`. Adding a module or a migration is
 * adding files; nothing to list.
 */
export function defineSubgraph(options: DefineSubgraphOptions): SubgraphModule {
  const modules = discoverModules(options.directory);
  const schemaFiles = [
    path.join(options.directory, 'schema.graphql'),
    ...modules.flatMap((module) => (module.schemaFile ? [module.schemaFile] : [])),
  ];
  const entities: EntityTarget[] = modules.flatMap((module) => [...(module.entities ?? [])]);
  return {
    name: options.name,
    defaultPort: options.defaultPort,
    typeDefs: loadSubgraphTypeDefs(schemaFiles[0], schemaFiles.slice(1)),
    schemaFiles,
    resolvers: mergeResolvers(
      modules.map((module) => ({
        name: module.name,
        resolvers: (module.resolvers ?? {}) as SubgraphModule['resolvers'],
      })),
    ),
    database: {
      schema: options.databaseSchema ?? options.name,
      entities,
      migrations: discoverMigrations(options.directory),
    },
    permissions: modules.flatMap((module) => [...(module.permissions ?? [])]),
    consumers: modules.flatMap((module) =>
      Object.entries(module.consumes ?? {}).map(([type, handle]) => ({ module: module.name, type, handle })),
    ),
    files: modules.flatMap((module) => [...(module.files ?? [])]),
    modules,
    sourceDirectory: options.directory,
    routes: options.routes,
    onStart: options.onStart,
  };
}
