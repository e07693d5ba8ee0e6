import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import {
  countRows,
  errorCodes,
  postGraphQL,
  queryAsSuperuser,
  randomClientAddress,
  subgraphTestHarness,
  type CallerContext,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphModule,
} from '../src';

/** A test-only subgraph that answers with the caller context it verified. */
const echoSubgraph: SubgraphModule = {
  name: 'kit_harness',
  defaultPort: 0,
  typeDefs: parse(`
    type Caller { audience: String!, tenantId: ID, userId: ID, permissions: [String!]!, clientAddress: String }
    type Query { caller: Caller! }
  `),
  resolvers: {
    Query: { caller: (_parent: unknown, _args: unknown, ctx: SubgraphContext) => ctx.caller },
  },
  database: { schema: 'kit_harness', entities: [], migrations: [] },
};

const DEFAULTS = ['kit_harness.thing:read', 'kit_harness.thing:write'];
const harness = subgraphTestHarness(echoSubgraph, { permissions: DEFAULTS });
const CALLER = `{ caller { audience tenantId userId permissions clientAddress } }`;

type Echo = {
  caller: Pick<CallerContext, 'audience' | 'tenantId' | 'userId' | 'permissions' | 'clientAddress'>;
};

let subgraph: RunningSubgraph;

beforeAll(async () => {
  subgraph = await harness.start();
});

afterAll(async () => {
  await subgraph?.stop();
});

describe('subgraphTestHarness', () => {
  it("signs for the module's audience with its default permissions unless the caller names its own", async () => {
    const tenantId = randomUUID();
    const member = await harness.call<Echo>(subgraph, { tenantId }, CALLER);
    expect(member.status).toBe(200);
    expect(member.body.data?.caller).toEqual({
      audience: 'kit_harness',
      tenantId,
      userId: expect.any(String),
      permissions: DEFAULTS,
      clientAddress: null,
    });

    const userId = randomUUID();
    const readOnly = await harness.call<Echo>(
      subgraph,
      { tenantId, userId, permissions: [DEFAULTS[0]] },
      CALLER,
    );
    expect(readOnly.body.data?.caller).toMatchObject({ userId, permissions: [DEFAULTS[0]] });
    const nobody = await harness.call<Echo>(
      subgraph,
      { tenantId: null, userId: null, permissions: [] },
      CALLER,
    );
    expect(nobody.body.data?.caller).toMatchObject({ tenantId: null, userId: null, permissions: [] });
  });

  it('is refused by any other subgraph: its contexts are signed for its own module only', async () => {
    const elsewhere = subgraphTestHarness(
      { ...echoSubgraph, name: 'kit_elsewhere' },
      { permissions: DEFAULTS },
    );
    const refused = await elsewhere.call(subgraph, { tenantId: randomUUID() }, CALLER);
    expect(refused.status).toBe(401);
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    const anonymous = await postGraphQL(subgraph.url, CALLER, {}, elsewhere.anonymous());
    expect(anonymous.status).toBe(401);
  });

  it("signs anonymous callers without tenant, user or permissions, from the harness's address by default", async () => {
    const fromHarness = await postGraphQL<Echo>(subgraph.url, CALLER, {}, harness.anonymous());
    expect(fromHarness.body.data?.caller).toEqual({
      audience: 'kit_harness',
      tenantId: null,
      userId: null,
      permissions: [],
      clientAddress: harness.clientAddress,
    });
    const address = randomClientAddress();
    const fromAddress = await postGraphQL<Echo>(subgraph.url, CALLER, {}, harness.anonymous(address));
    expect(fromAddress.body.data?.caller.clientAddress).toBe(address);
    const fromNowhere = await postGraphQL<Echo>(subgraph.url, CALLER, {}, harness.anonymous(null));
    expect(fromNowhere.body.data?.caller.clientAddress).toBeNull();
  });

  it('gives every harness and every call of randomClientAddress a /64 of its own', () => {
    const addresses = [harness.clientAddress, ...Array.from({ length: 50 }, randomClientAddress)];
    for (const address of addresses) expect(address).toMatch(/^2001:db8:[0-9a-f]{4}:[0-9a-f]{4}::1$/);
    expect(new Set(addresses.map((address) => address.replace(/::1$/, ''))).size).toBe(addresses.length);
  });

  it('counts and queries as the superuser, outside row-level security', async () => {
    expect(await countRows(`select * from generate_series(1, $1::int)`, [3])).toBe(3);
    const rows = await queryAsSuperuser<{ superuser: boolean }>(
      `select rolsuper as superuser from pg_roles where rolname = current_user`,
    );
    expect(rows).toEqual([{ superuser: true }]);
  });
});
