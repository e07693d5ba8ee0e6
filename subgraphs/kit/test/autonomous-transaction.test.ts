import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  AutonomousTransactions,
  callSubgraph,
  errorCodes,
  graphqlError,
  startTestSubgraph,
  testDatabaseUrl,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphModule,
} from '../src';

const SCHEMA = 'kit_autonomous';

class CreateRecords1700000000002 implements MigrationInterface {
  name = 'CreateRecords1700000000002';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table kit_autonomous.records (
      tenant_id uuid not null,
      label text not null)`);
    await runner.query(`alter table kit_autonomous.records enable row level security`);
    await runner.query(`alter table kit_autonomous.records force row level security`);
    await runner.query(`create policy tenant_isolation on kit_autonomous.records
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table kit_autonomous.records`);
  }
}

/** Lets a test hold the one autonomous connection for as long as it likes (no timing involved). */
let releaseHolder: () => void = () => undefined;

const recordIn = (ctx: SubgraphContext, label: string) =>
  ctx.autonomous.run((em) =>
    em.query(
      `insert into kit_autonomous.records (tenant_id, label)
       values (nullif(current_setting('app.tenant_id', true), '')::uuid, $1)`,
      [label],
    ),
  );

const autonomousSubgraph: SubgraphModule = {
  name: 'kit_autonomous',
  defaultPort: 0,
  typeDefs: parse(`
    type Query { boundTenant: String }
    type Mutation {
      recordThenFail(label: String!): Boolean
      readThenRecord(label: String!): Boolean
      holdAutonomous: Boolean
    }
  `),
  resolvers: {
    Query: {
      boundTenant: async (_parent: unknown, _args: unknown, ctx: SubgraphContext) => {
        const rows: Array<{ tenant: string }> = await ctx.autonomous.run((em) =>
          em.query(`select current_setting('app.tenant_id', true) as tenant`),
        );
        return rows[0].tenant;
      },
    },
    Mutation: {
      recordThenFail: async (_parent: unknown, { label }: { label: string }, ctx: SubgraphContext) => {
        await ctx.db.run((em) => em.query(`select 1`));
        await recordIn(ctx, label);
        throw graphqlError('BAD_USER_INPUT', 'This mutation always fails after recording.');
      },
      // The request holds its request connection while it waits for an autonomous one.
      readThenRecord: async (_parent: unknown, { label }: { label: string }, ctx: SubgraphContext) => {
        await ctx.db.run((em) => em.query(`select 1`));
        await recordIn(ctx, label);
        return true;
      },
      holdAutonomous: async (_parent: unknown, _args: unknown, ctx: SubgraphContext) => {
        await ctx.autonomous.run(async (em) => {
          await em.query('select 1');
          await new Promise<void>((resolve) => {
            releaseHolder = resolve;
          });
        });
        return true;
      },
    },
  },
  database: { schema: SCHEMA, entities: [], migrations: [CreateRecords1700000000002] },
};

let subgraph: RunningSubgraph;

beforeAll(async () => {
  // One connection each: the smallest pools that can still deadlock if the rule is broken.
  subgraph = await startTestSubgraph(autonomousSubgraph, { poolSize: 1, autonomousPoolSize: 1 });
});

afterAll(async () => {
  await subgraph?.stop();
});

async function recordsLabelled(label: string): Promise<number> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ count: number }>(
      `select count(*)::int as count from kit_autonomous.records where label = $1`,
      [label],
    );
    return rows[0].count;
  } finally {
    await admin.end();
  }
}

describe('ctx.autonomous', () => {
  it('commits its work even when the request transaction rolls back', async () => {
    const label = `kept-${randomUUID()}`;
    const result = await callSubgraph(
      subgraph,
      { tenantId: randomUUID() },
      'mutation ($label: String!) { recordThenFail(label: $label) }',
      { label },
    );
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(await recordsLabelled(label)).toBe(1);
  });

  it("binds the request's tenant, so row-level security applies as in the request", async () => {
    const tenantId = randomUUID();
    const result = await callSubgraph(subgraph, { tenantId }, '{ boundTenant }');
    expect((result.body.data as Record<string, unknown> | null | undefined)?.boundTenant).toBe(tenantId);
  });

  it('serves more concurrent requests than either pool holds, none failing', async () => {
    const label = `many-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        callSubgraph(
          subgraph,
          { tenantId: randomUUID() },
          'mutation ($label: String!) { a: readThenRecord(label: $label) b: readThenRecord(label: $label) }',
          { label },
        ),
      ),
    );
    expect(results.flatMap(errorCodes)).toEqual([]);
    expect(await recordsLabelled(label)).toBe(24);
  });

  it('answers TOO_MANY_REQUESTS when its pool stays busy, instead of waiting without end', async () => {
    const holding = callSubgraph(subgraph, { tenantId: randomUUID() }, 'mutation { holdAutonomous }');
    // Wait (by polling Postgres, not a clock) until the only autonomous connection is taken.
    let taken = false;
    for (let attempt = 0; attempt < 200 && !taken; attempt += 1) {
      taken = (await activeAutonomousBackends()) > 0;
      if (!taken) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect(taken).toBe(true);
    const label = `busy-${randomUUID()}`;
    const refused = await callSubgraph(
      subgraph,
      { tenantId: randomUUID() },
      'mutation ($label: String!) { readThenRecord(label: $label) }',
      { label },
    );
    expect(errorCodes(refused)).toEqual(['TOO_MANY_REQUESTS']);
    expect(refused.body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(1);
    expect(await recordsLabelled(label)).toBe(0);
    releaseHolder();
    expect(errorCodes(await holding)).toEqual([]);
  });

  it('refuses to nest: an inner run would wait on the pool the outer one occupies', async () => {
    const autonomous = new AutonomousTransactions(subgraph.autonomousPool, () => ({
      tenantId: randomUUID(),
      userId: null,
    }));
    await expect(autonomous.run(() => autonomous.run(async () => 'inner'))).rejects.toThrow(/cannot nest/);
  });
});

/** Connections of the autonomous pool that are inside a transaction right now. */
async function activeAutonomousBackends(): Promise<number> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity
       where application_name = 'nexora-kit_autonomous-autonomous' and state like 'idle in transaction%'`,
    );
    return rows[0].count;
  } finally {
    await admin.end();
  }
}
