import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphQLScalarType } from 'graphql';
import {
  defineSubgraph,
  discoverMigrations,
  discoverModules,
  mergeResolvers,
  ResolverClashError,
} from '../src';

const SDL = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
type Query { alpha: String beta: String }
`;

let root: string;
let counter = 0;

/** A subgraph folder on disk: schema.graphql, modules/<name>/<file>, migrations/<file>. */
function subgraphFolder(files: Record<string, string>): string {
  const directory = path.join(root, `subgraph-${++counter}`);
  for (const [file, text] of Object.entries({ 'schema.graphql': SDL, ...files })) {
    mkdirSync(path.dirname(path.join(directory, file)), { recursive: true });
    writeFileSync(path.join(directory, file), text);
  }
  return directory;
}

const moduleFile = (name: string, body: string) =>
  `exports.default = { name: ${JSON.stringify(name)}, ${body} };\n`;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'nexora-define-subgraph-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('mergeResolvers', () => {
  it('joins the fields several modules add to one type', () => {
    const alpha = () => 'a';
    const beta = () => 'b';
    const merged = mergeResolvers([
      { name: 'one', resolvers: { Query: { alpha } } },
      { name: 'two', resolvers: { Query: { beta }, Thing: { __resolveReference: alpha } } },
    ]);
    expect(merged).toEqual({ Query: { alpha, beta }, Thing: { __resolveReference: alpha } });
  });

  it('refuses a field answered by two modules, naming it and both modules', () => {
    const merge = () =>
      mergeResolvers([
        { name: 'invoice', resolvers: { Query: { invoices: () => [] } } },
        { name: 'customer', resolvers: { Query: { invoices: () => [] } } },
      ]);
    expect(merge).toThrow(ResolverClashError);
    expect(merge).toThrow('Query.invoices is resolved by both "invoice" and "customer"');
  });

  it('refuses two reference resolvers for one entity and a scalar defined twice', () => {
    expect(() =>
      mergeResolvers([
        { name: 'a', resolvers: { Company: { __resolveReference: () => null } } },
        { name: 'b', resolvers: { Company: { __resolveReference: () => null } } },
      ]),
    ).toThrow('Company.__resolveReference');
    const scalar = new GraphQLScalarType({ name: 'Day' });
    expect(() =>
      mergeResolvers([
        { name: 'a', resolvers: { Day: scalar } },
        { name: 'b', resolvers: { Day: scalar } },
      ]),
    ).toThrow('Day is resolved by both "a" and "b"');
  });
});

describe('defineSubgraph', () => {
  it('finds modules by their <name>.module file and migrations in migrations/, in name order', () => {
    const directory = subgraphFolder({
      'modules/beta/beta.module.js': moduleFile(
        'beta',
        `resolvers: { Query: { beta: () => 'b' } }, entities: ['BetaEntity'],
         permissions: [{ name: 'demo.beta:read', description: 'read', grantedTo: ['viewer'] }],
         mappers: { Beta: './beta.entity#BetaEntity' }`,
      ),
      'modules/alpha/alpha.module.js': moduleFile(
        'alpha',
        `resolvers: { Query: { alpha: () => 'a' } }, entities: ['AlphaEntity']`,
      ),
      'modules/alpha/alpha.helpers.js': 'exports.unused = 1;\n',
      'modules/shared/format.js': 'exports.format = () => "";\n',
      'migrations/2-second.js': 'exports.Second2 = class Second2 {};\n',
      'migrations/1-first.js': 'exports.First1 = class First1 {};\n',
    });
    const subgraph = defineSubgraph({ name: 'demo', defaultPort: 4999, directory });

    expect(subgraph.modules?.map((module) => module.name)).toEqual(['alpha', 'beta']);
    expect(subgraph.modules?.[1].directory).toBe(path.join(directory, 'modules', 'beta'));
    expect(Object.keys(subgraph.resolvers.Query as object)).toEqual(['alpha', 'beta']);
    expect(subgraph.database.schema).toBe('demo');
    expect(subgraph.database.entities).toEqual(['AlphaEntity', 'BetaEntity']);
    expect((subgraph.database.migrations as Array<{ name: string }>).map((m) => m.name)).toEqual([
      'First1',
      'Second2',
    ]);
    expect(subgraph.permissions?.map((permission) => permission.name)).toEqual(['demo.beta:read']);
    expect(subgraph.sourceDirectory).toBe(directory);
  });

  it("joins each module's <name>.graphql after schema.graphql, so modules extend Query on their own", () => {
    const directory = subgraphFolder({
      'modules/gamma/gamma.module.js': moduleFile('gamma', `resolvers: { Query: { gamma: () => 'g' } }`),
      'modules/gamma/gamma.graphql': 'extend type Query { gamma: String }\n',
    });
    const subgraph = defineSubgraph({ name: 'demo', defaultPort: 4999, directory });
    expect(subgraph.schemaFiles).toEqual([
      path.join(directory, 'schema.graphql'),
      path.join(directory, 'modules', 'gamma', 'gamma.graphql'),
    ]);
    const extension = subgraph.typeDefs.definitions.find(
      (definition) => definition.kind === 'ObjectTypeExtension' && definition.name.value === 'Query',
    );
    expect(
      extension && 'fields' in extension ? extension.fields?.map((field) => field.name.value) : null,
    ).toEqual(['gamma']);
  });

  it('refuses two modules answering the same field', () => {
    const directory = subgraphFolder({
      'modules/one/one.module.js': moduleFile('one', `resolvers: { Query: { alpha: () => '1' } }`),
      'modules/two/two.module.js': moduleFile('two', `resolvers: { Query: { alpha: () => '2' } }`),
    });
    expect(() => defineSubgraph({ name: 'demo', defaultPort: 4999, directory })).toThrow(
      'Query.alpha is resolved by both "one" and "two"',
    );
  });

  it('refuses a module file without a default export or named after another folder', () => {
    const unnamed = subgraphFolder({ 'modules/one/one.module.js': 'exports.one = {};\n' });
    expect(() => discoverModules(unnamed)).toThrow('must default-export defineModule');
    const misnamed = subgraphFolder({ 'modules/one/one.module.js': moduleFile('two', '') });
    expect(() => discoverModules(misnamed)).toThrow('Module in modules/one is named "two"');
  });

  it('refuses a migration file that exports no class', () => {
    const directory = subgraphFolder({ 'migrations/1-empty.js': 'exports.value = 1;\n' });
    expect(() => discoverMigrations(directory)).toThrow('exports no migration class');
  });
});
