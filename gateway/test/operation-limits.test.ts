import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, Kind, parse, visit } from 'graphql';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLogger, PERMISSIONS, TEST_SIGNING_SECRET } from '@nexora/kit';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, readSupergraph, type RunningGateway } from '../src';
import { measureOperation } from '../src/limits/operation-measure';
import { query } from './fixtures/fixture-stack';
import {
  startIdentityFixture,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type IdentityFixture,
} from './fixtures/identity-fixture';

/**
 * The documents an outside review used to stall the platform, sent to the real gateway serving the
 * real supergraph. Every subgraph URL points at one server that counts what reaches it: a refused
 * operation must cost no subgraph anything.
 */
let identity: IdentityFixture;
let gateway: RunningGateway;
let subgraphCalls = 0;
let subgraphs: Server;
let token: string;

beforeAll(async () => {
  identity = await startIdentityFixture();
  subgraphs = createServer((_req, res) => {
    subgraphCalls += 1;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => subgraphs.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(subgraphs.address() as AddressInfo).port}/graphql`;
  gateway = await createGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls: { identity: url, crm: url, erp: url },
    jwks: identity.jwksUrl,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    signingSecret: TEST_SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway', 'silent'),
  });
  token = await identity.token({ perms: [...PERMISSIONS] });
});

afterAll(async () => {
  await gateway.stop();
  await new Promise((resolve) => subgraphs.close(resolve));
  await identity.stop();
});

/** `F0` spreads `F1` twice, which spreads `F2` twice...: 2^depth paths in about 2 KB. */
function doublingFragments(depth: number, on: string, selection: string): string {
  const fragments = Array.from(
    { length: depth },
    (_, i) => `fragment F${i} on ${on} { ${selection} ...F${i + 1} ...F${i + 1} }`,
  );
  return `${fragments.join('\n')}\nfragment F${depth} on ${on} { ${selection} }`;
}

const SCHEMA_FRAGMENT = `fragment S on __Schema { types { name fields { name args { name type { name } } } } }`;
const aliasedSchemas = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: __schema { ...S }`).join(' ')} } ${SCHEMA_FRAGMENT}`;

/** Three nested 100-invoice pages: about a million nodes inside erp if it ever ran. */
const nestedInvoices = (level = 3): string =>
  level === 0
    ? 'name'
    : `invoices(first: 100) { edges { node { number customer { ${nestedInvoices(level - 1)} } } } }`;

const ATTACKS: Array<{ name: string; document: string; signedIn: boolean; code: string; limit?: string }> = [
  {
    name: 'forty doubling fragments of __typename (anonymous)',
    document: `query { ...F0 }\n${doublingFragments(40, 'Query', '__typename')}`,
    signedIn: false,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'fields',
  },
  {
    name: 'doubling inline fragments',
    document: `query { ...F0 }\n${doublingFragments(40, 'Query', '... on Query { __typename }')}`,
    signedIn: false,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'fields',
  },
  {
    name: 'doubling fragments on a real entity field',
    document: `query { companies(first: 1) { edges { node { ...F0 } } } }\n${doublingFragments(30, 'Company', 'name')}`,
    signedIn: true,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'fields',
  },
  {
    name: 'twenty aliased __schema (anonymous)',
    document: aliasedSchemas(20),
    signedIn: false,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'schemaFields',
  },
  {
    name: 'two aliased __schema, signed in',
    document: aliasedSchemas(2),
    signedIn: true,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'schemaFields',
  },
  {
    name: 'three nested 100-item invoice lists',
    document: `{ ${nestedInvoices()} }`,
    signedIn: true,
    code: 'COST_LIMIT_EXCEEDED',
  },
  {
    name: 'two nested lists, ten aliases',
    document: `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: ${nestedInvoices(2)}`).join(' ')} }`,
    signedIn: true,
    code: 'COST_LIMIT_EXCEEDED',
  },
  {
    name: 'two nested lists, thirty aliases',
    document: `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${nestedInvoices(2)}`).join(' ')} }`,
    signedIn: true,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'rootFields',
  },
  {
    name: 'six aliased logins in one mutation',
    document: `mutation { ${Array.from({ length: 6 }, (_, i) => `l${i}: login(input: { email: "owner@example.test", password: "wrong-${i}" }) { userErrors { code } }`).join(' ')} }`,
    signedIn: false,
    code: 'GRAPHQL_VALIDATION_FAILED',
    limit: 'rootFields',
  },
  {
    name: 'a document of more than 3,000 tokens',
    document: `{ ${Array.from({ length: 3_100 }, () => '__typename').join(' ')} }`,
    signedIn: false,
    code: 'GRAPHQL_PARSE_FAILED',
  },
];

describe('documents built to stall the platform', () => {
  it.each(ATTACKS)(
    '$name: 400 with a code, no subgraph called',
    async ({ document, signedIn, code, limit }) => {
      const before = subgraphCalls;
      const result = await query(gateway.url, document, signedIn ? { token } : {});
      expect({ status: result.status, code: result.body.errors?.[0]?.extensions?.code }).toEqual({
        status: 400,
        code,
      });
      if (limit) expect(result.body.errors?.[0]?.extensions?.limit).toBe(limit);
      expect(result.body.data).toBeUndefined();
      expect(subgraphCalls).toBe(before);
    },
  );

  it('leave /health answering while all of them arrive at once', async () => {
    const attacks = ATTACKS.flatMap((attack) =>
      Array.from({ length: 3 }, () => query(gateway.url, attack.document, attack.signedIn ? { token } : {})),
    );
    const health = Array.from({ length: 10 }, () => fetch(`${gateway.origin}/health`).then((r) => r.status));
    const [statuses, healthStatuses] = await Promise.all([Promise.all(attacks), Promise.all(health)]);
    expect(new Set(statuses.map((result) => result.status))).toEqual(new Set([400]));
    expect(healthStatuses).toEqual(Array(10).fill(200));
  });

  it('are each measured by looking at no more selections than the document holds', () => {
    const apiSchema = buildSchema(
      readFileSync(path.join(path.dirname(DEFAULT_SUPERGRAPH_PATH), 'api.graphql'), 'utf8'),
    );
    for (const { document: text, code } of ATTACKS) {
      if (code === 'GRAPHQL_PARSE_FAILED') continue;
      const document = parse(text);
      let selections = 0;
      const count = () => {
        selections += 1;
      };
      visit(document, { Field: count, InlineFragment: count, FragmentSpread: count });
      const operation = document.definitions.find(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
      const { visited } = measureOperation(apiSchema, document, operation);
      expect(visited).toBeGreaterThan(0);
      expect(visited).toBeLessThanOrEqual(selections);
    }
  });
});

describe('what stays allowed', () => {
  it('a page of 100 invoices with their customers reaches the subgraphs', async () => {
    const before = subgraphCalls;
    const result = await query(gateway.url, `{ ${nestedInvoices(1)} }`, { token });
    // The counting subgraph answers 500: the operation was planned and sent, not refused.
    expect(result.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(subgraphCalls).toBe(before + 1);
  });

  it('one introspection of the whole schema, signed in, but not anonymously', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const signedIn = await query(gateway.url, getIntrospectionQuery(), { token });
    expect(signedIn.status).toBe(200);
    expect((signedIn.body.data?.__schema as { types: unknown[] }).types.length).toBeGreaterThan(20);
    const anonymous = await query(gateway.url, getIntrospectionQuery());
    expect({ status: anonymous.status, code: anonymous.body.errors?.[0]?.extensions?.code }).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('a cost refusal names the estimate and the ceiling', async () => {
    const result = await query(gateway.url, `{ ${nestedInvoices()} }`, { token });
    expect(result.body.errors?.[0]?.extensions).toMatchObject({
      code: 'COST_LIMIT_EXCEEDED',
      maxCost: 100_000,
    });
    expect(result.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(1_000_000);
    expect(result.body.errors?.[0]?.message).toMatch(/estimated cost .* above the limit of 100,000/);
  });
});
