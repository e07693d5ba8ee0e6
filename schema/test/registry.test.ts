import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'graphql';
import { parse as parseYaml } from 'yaml';
import { BUILT_IN_ROLES, PERMISSIONS, type SubgraphModule } from '@nexora/kit';
import { codegenConfig } from '../src/codegen-config';
import { buildPermissionCatalogue } from '../src/permission-catalogue';
import { checkedRegistry, REPO_ROOT, SUBGRAPHS } from '../src/registry';

/** A registry entry with just what the checks read. */
function fakeSubgraph(overrides: Partial<SubgraphModule>): SubgraphModule {
  return {
    name: 'demo',
    defaultPort: 4999,
    typeDefs: parse('type Query { ping: String }'),
    resolvers: {},
    database: { schema: 'demo', entities: [], migrations: [] },
    ...overrides,
  };
}

describe('the subgraph registry', () => {
  it('refuses a name used twice, a port used twice and a name that cannot be a schema or env name', () => {
    expect(() => checkedRegistry([fakeSubgraph({}), fakeSubgraph({ defaultPort: 4998 })])).toThrow(
      'Subgraph "demo" is registered twice',
    );
    expect(() => checkedRegistry([fakeSubgraph({}), fakeSubgraph({ name: 'other' })])).toThrow(
      'Subgraphs "demo" and "other" both use port 4999',
    );
    expect(() => checkedRegistry([fakeSubgraph({ name: 'Sales-CRM' })])).toThrow(
      'lower-case letters and digits',
    );
  });

  it('docker-compose.yml runs every registered subgraph on its port, and the gateway knows its URL', () => {
    const compose = parseYaml(readFileSync(path.join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as {
      services: Record<string, { command: string[]; environment: Record<string, string> }>;
    };
    const gateway = compose.services.gateway;
    const urls = Object.fromEntries(
      gateway.environment.SUBGRAPH_URLS.split(',').map((pair) => pair.split('=') as [string, string]),
    );
    for (const subgraph of SUBGRAPHS) {
      const service = compose.services[subgraph.name];
      expect({ name: subgraph.name, command: service?.command, port: service?.environment.PORT }).toEqual({
        name: subgraph.name,
        command: ['npm', 'start', '-w', `subgraphs/${subgraph.name}`],
        port: String(subgraph.defaultPort),
      });
      expect(urls[subgraph.name]).toBe(`http://${subgraph.name}:${subgraph.defaultPort}/graphql`);
    }
    expect(Object.keys(urls).sort()).toEqual(SUBGRAPHS.map((subgraph) => subgraph.name).sort());
    // Production compose holds first-party clients to the web build's documents.
    expect(gateway.environment.SAFELIST_MODE).toBe('enforce');
  });

  it("the Dockerfile copies every workspace's package.json before `npm ci` (which fails on a missing one)", () => {
    const dockerfile = readFileSync(path.join(REPO_ROOT, 'Dockerfile'), 'utf8').split('\n');
    const install = dockerfile.findIndex((line) => line.startsWith('RUN npm ci'));
    const copied = dockerfile
      .slice(0, install)
      .map((line) => /^COPY (\S+)\/package\.json /.exec(line)?.[1])
      .filter(Boolean);
    const { workspaces } = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      workspaces: string[];
    };
    expect(install).toBeGreaterThan(0);
    expect([...copied].sort()).toEqual([...workspaces].sort());
    for (const subgraph of SUBGRAPHS) expect(workspaces).toContain(`subgraphs/${subgraph.name}`);
  });
});

describe('the permission catalogue', () => {
  const declaring = (permissions: SubgraphModule['permissions'], sdl = 'type Query { ping: String }') =>
    fakeSubgraph({ permissions, typeDefs: parse(sdl) });

  it('gives owners everything and each other built-in role what the module grants it', () => {
    const catalogue = buildPermissionCatalogue([
      declaring([
        { name: 'demo.thing:read', description: 'See things', grantedTo: ['admin', 'member', 'viewer'] },
        { name: 'demo.thing:write', description: 'Change things', grantedTo: ['admin', 'member'] },
        { name: 'demo.settings:manage', description: 'Owners only', grantedTo: [] },
      ]),
    ]);
    expect(catalogue.builtInRoles).toEqual({
      owner: ['demo.thing:read', 'demo.thing:write', 'demo.settings:manage'],
      admin: ['demo.thing:read', 'demo.thing:write'],
      member: ['demo.thing:read', 'demo.thing:write'],
      viewer: ['demo.thing:read'],
    });
    expect(catalogue.permissions[0]).toEqual({
      name: 'demo.thing:read',
      subgraph: 'demo',
      description: 'See things',
    });
  });

  it('refuses an @requiresPermission that no module declares (it could never be granted)', () => {
    const sdl = `
      directive @requiresPermission(permission: String!) on OBJECT | FIELD_DEFINITION
      type Query { secret: String @requiresPermission(permission: "demo.secret:read") }`;
    expect(() => buildPermissionCatalogue([declaring([], sdl)])).toThrow(
      '@requiresPermission(permission: "demo.secret:read") names a permission no module declares',
    );
  });

  it("refuses a badly shaped name, another subgraph's prefix and a name declared twice", () => {
    const permission = (name: string) => ({ name, description: 'x', grantedTo: [] as [] });
    expect(() => buildPermissionCatalogue([declaring([permission('demo-thing-read')])])).toThrow(
      'is not shaped <subgraph>.<resource>:<verb>',
    );
    expect(() => buildPermissionCatalogue([declaring([permission('crm.company:read')])])).toThrow(
      '"crm.company:read" must start with "demo."',
    );
    expect(() =>
      buildPermissionCatalogue([declaring([permission('demo.a:read'), permission('demo.a:read')])]),
    ).toThrow('"demo.a:read" is declared twice');
  });

  it('is what the services load: the committed schema/permissions.json matches the registry', () => {
    const catalogue = buildPermissionCatalogue(SUBGRAPHS);
    expect(PERMISSIONS).toEqual(catalogue.permissions.map((permission) => permission.name));
    expect(BUILT_IN_ROLES).toEqual(catalogue.builtInRoles);
    expect(PERMISSIONS).toEqual(expect.arrayContaining(['crm.company:write', 'erp.invoice:read']));
  });
});

describe('codegen.yml', () => {
  it("points each subgraph's mappers at its modules' files, relative to __generated__", () => {
    const directory = path.join(REPO_ROOT, 'subgraphs', 'demo', 'src');
    const yaml = codegenConfig(
      [
        fakeSubgraph({
          sourceDirectory: directory,
          modules: [
            {
              name: 'thing',
              directory: path.join(directory, 'modules', 'thing'),
              mappers: { Thing: './thing.entity#ThingEntity' },
            },
          ],
        }),
      ],
      REPO_ROOT,
    );
    const config = parseYaml(yaml) as {
      generates: Record<string, { schema: string[]; config: { mappers: Record<string, string> } }>;
    };
    const output = config.generates['subgraphs/demo/src/__generated__/resolvers-types.ts'];
    expect(output.config.mappers).toEqual({ Thing: '../modules/thing/thing.entity#ThingEntity' });
    expect(output.schema).toEqual([
      'schema/directives/tenancy.graphql',
      'schema/directives/live.graphql',
      'schema/shared/common.graphql',
      'subgraphs/demo/src/schema.graphql',
    ]);
  });

  it('refuses two modules mapping one GraphQL type', () => {
    const directory = path.join(REPO_ROOT, 'subgraphs', 'demo', 'src');
    const module = (name: string) => ({ name, directory, mappers: { Thing: './x#X' } });
    expect(() =>
      codegenConfig(
        [fakeSubgraph({ sourceDirectory: directory, modules: [module('a'), module('b')] })],
        REPO_ROOT,
      ),
    ).toThrow('two modules map GraphQL type Thing');
  });
});
