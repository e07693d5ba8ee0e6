import { createSecretKey, randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import {
  createLogger,
  deriveContextKey,
  errorCodes,
  InProcessEventBus,
  postGraphQL,
  signedHeaders,
  sqlStatementCount,
  startSubgraph,
  TEST_SIGNING_SECRET,
  testDatabaseUrl,
  type GraphQLResponse,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphModule,
} from '../src';

let resolverCalls = 0;

/** A subgraph whose one field runs SQL, so a refusal can be shown to run neither resolver nor SQL. */
const boundSubgraph: SubgraphModule = {
  name: 'kit_binding',
  defaultPort: 0,
  typeDefs: parse('type Query { tenant: ID, ping(word: String!): String! }'),
  resolvers: {
    Query: {
      tenant: async (_parent: unknown, _args: unknown, ctx: SubgraphContext) => {
        resolverCalls += 1;
        const rows = await ctx.db.run((manager) =>
          manager.query(`select current_setting('app.tenant_id') as id`),
        );
        return (rows as Array<{ id: string }>)[0].id;
      },
      ping: (_parent: unknown, { word }: { word: string }) => {
        resolverCalls += 1;
        return word;
      },
    },
  },
  database: { schema: 'kit_binding', entities: [], migrations: [] },
};

let subgraph: RunningSubgraph;

beforeAll(async () => {
  // Given its own key only, as production can: no master secret in this subgraph.
  subgraph = await startSubgraph(boundSubgraph, {
    port: 0,
    host: '127.0.0.1',
    adminDatabaseUrl: testDatabaseUrl(),
    databaseRolePassword: 'nexora-dev-role-password',
    contextKey: deriveContextKey(TEST_SIGNING_SECRET, 'kit_binding'),
    events: new InProcessEventBus({ logger: createLogger('event-bus', 'silent') }),
    logger: createLogger('kit_binding', 'silent'),
  });
});

afterAll(async () => {
  await subgraph?.stop();
});

const QUERY = JSON.stringify({ query: '{ tenant }', variables: {} });

async function post(body: string, headers: Record<string, string>): Promise<GraphQLResponse> {
  const response = await fetch(subgraph.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

describe('a signed context bound to its request body', () => {
  it('is refused with another body (401 CONTEXT_BODY_MISMATCH) before any resolver or SQL runs', async () => {
    const tenantId = randomUUID();
    const headers = signedHeaders({ audience: 'kit_binding', tenantId }).forBody(QUERY);
    const before = { calls: resolverCalls, sql: sqlStatementCount(subgraph.dataSource) };
    const replays = [
      JSON.stringify({ query: '{ ping(word: "replayed") }', variables: {} }),
      QUERY.replace('{}', '{"x":1}'),
      `${QUERY} `,
    ];
    for (const body of replays) {
      const refused = await post(body, headers);
      expect(refused.status).toBe(401);
      expect(errorCodes(refused)).toEqual(['CONTEXT_BODY_MISMATCH']);
      expect(refused.body.data).toBeUndefined();
    }
    expect({ calls: resolverCalls, sql: sqlStatementCount(subgraph.dataSource) }).toEqual(before);

    // Control: the very same headers with the body they were signed for are accepted.
    const accepted = await post(QUERY, headers);
    expect(accepted).toEqual({ status: 200, body: { data: { tenant: tenantId } } });
    expect(resolverCalls).toBe(before.calls + 1);
  });

  it('binds a GET to its query string, so the operation cannot be swapped there either', async () => {
    const target = `/graphql?query=${encodeURIComponent('{ ping(word: "signed") }')}`;
    const headers = signedHeaders({ audience: 'kit_binding', tenantId: randomUUID() }).forStream({
      method: 'GET',
      target,
    });
    const get = (path: string) =>
      fetch(`http://127.0.0.1:${subgraph.port}${path}`, {
        headers: { ...headers, 'apollo-require-preflight': 'true' },
      }).then(async (response) => ({ status: response.status, body: await response.json() }));
    const swapped = await get(`/graphql?query=${encodeURIComponent('{ ping(word: "swapped") }')}`);
    expect(swapped.status).toBe(401);
    expect(swapped.body.errors[0].extensions.code).toBe('CONTEXT_BODY_MISMATCH');
    expect(await get(target)).toEqual({ status: 200, body: { data: { ping: 'signed' } } });
  });

  it("accepts only its own key: a context another subgraph's key signed is refused", async () => {
    const caller = { audience: 'kit_binding', tenantId: randomUUID() };
    const before = resolverCalls;
    const mintedElsewhere = await postGraphQL(
      subgraph.url,
      '{ tenant }',
      {},
      signedHeaders(caller, deriveContextKey(TEST_SIGNING_SECRET, 'kit_other')),
    );
    expect(mintedElsewhere.status).toBe(401);
    expect(errorCodes(mintedElsewhere)).toEqual(['UNAUTHENTICATED']);
    // The master itself is no key: a holder must derive this subgraph's key from it.
    const master = createSecretKey(Buffer.from(TEST_SIGNING_SECRET));
    const withMaster = await postGraphQL(subgraph.url, '{ tenant }', {}, signedHeaders(caller, master));
    expect(withMaster.status).toBe(401);
    expect(resolverCalls).toBe(before);
    const own = await postGraphQL(subgraph.url, '{ tenant }', {}, signedHeaders(caller));
    expect(own.body).toEqual({ data: { tenant: caller.tenantId } });
  });
});
