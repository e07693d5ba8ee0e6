import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  callSubgraph,
  errorCodes,
  roleNameFor,
  signedHeaders,
  startTestSubgraph,
  testDatabaseUrl,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphModule,
} from '../src';

const SCHEMA = 'kit_bounds';
const ROLE = roleNameFor(SCHEMA);

class CreateMarks1700000000001 implements MigrationInterface {
  name = 'CreateMarks1700000000001';
  async up(runner: QueryRunner): Promise<void> {
    // Deliberately without row-level security: this table only records whether a write survived.
    await runner.query(`create table kit_bounds.marks (label text not null)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table kit_bounds.marks`);
  }
}

/** A test-only subgraph whose fields run SQL that outlives any reasonable deadline. */
const boundsSubgraph: SubgraphModule = {
  name: 'kit_bounds',
  defaultPort: 0,
  typeDefs: parse(`
    type Query { sleep: Boolean, statementTimeout: String, hang: Boolean }
    type Mutation { markThenSleep(label: String!): Boolean }
  `),
  resolvers: {
    Query: {
      sleep: async (_parent: unknown, _args: unknown, ctx: SubgraphContext) => {
        await ctx.db.run((em) => em.query('select pg_sleep(30)'));
        return true;
      },
      statementTimeout: async (_parent: unknown, _args: unknown, ctx: SubgraphContext) => {
        const rows: Array<{ value: string }> = await ctx.db.run((em) =>
          em.query(`select current_setting('statement_timeout') as value`),
        );
        return rows[0].value;
      },
      // Work the kit cannot reach: it never settles, so only the handler's own answer ends the request.
      hang: () => new Promise<boolean>(() => undefined),
    },
    Mutation: {
      markThenSleep: async (_parent: unknown, { label }: { label: string }, ctx: SubgraphContext) => {
        await ctx.db.run((em) => em.query(`insert into kit_bounds.marks (label) values ($1)`, [label]));
        await ctx.db.run((em) => em.query('select pg_sleep(30)'));
        return true;
      },
    },
  },
  database: { schema: SCHEMA, entities: [], migrations: [CreateMarks1700000000001] },
};

let patient: RunningSubgraph;
let hasty: RunningSubgraph;
let admin: Client;

beforeAll(async () => {
  admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  // The patient one never reaches its deadline in these tests; the hasty one always does.
  patient = await startTestSubgraph(boundsSubgraph, { poolSize: 2, requestTimeoutMs: 120_000 });
  hasty = await startTestSubgraph(boundsSubgraph, { poolSize: 2, requestTimeoutMs: 1_500 });
});

afterAll(async () => {
  await patient?.stop();
  await hasty?.stop();
  await admin?.end();
});

const caller = () => ({ tenantId: randomUUID() });

/** Backends of the subgraph role running pg_sleep right now, as the superuser sees them. */
async function sleepingBackends(): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    `select pid from pg_stat_activity
     where usename = $1 and state = 'active' and query like '%pg_sleep(30)%' and pid <> pg_backend_pid()`,
    [ROLE],
  );
  return rows.map((row) => row.pid);
}

async function backendExists(pid: number): Promise<boolean> {
  const { rows } = await admin.query(`select 1 from pg_stat_activity where pid = $1`, [pid]);
  return rows.length > 0;
}

/** Polls `check` until it holds, at most `tries` times; returns whether it ever held. */
async function eventually(check: () => Promise<boolean>, tries = 200): Promise<boolean> {
  for (let attempt = 0; attempt < tries; attempt += 1) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}

describe('a request the caller abandons', () => {
  it('stops its SQL: the backend is cancelled and its connection is not reused', async () => {
    expect(await sleepingBackends()).toEqual([]);
    const abort = new AbortController();
    const body = JSON.stringify({ query: '{ sleep }' });
    const request = fetch(patient.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...signedHeaders({ audience: patient.name, tenantId: randomUUID() }).forBody(body),
      },
      body,
      signal: abort.signal,
    }).catch((error: unknown) => error);

    let sleeping: number[] = [];
    expect(
      await eventually(async () => {
        sleeping = await sleepingBackends();
        return sleeping.length === 1;
      }),
    ).toBe(true);
    const [pid] = sleeping;

    abort.abort();
    expect(((await request) as Error).name).toBe('AbortError');
    // Cancelled long before pg_sleep(30) would end, and the connection a cancel went to is gone.
    expect(await eventually(async () => (await sleepingBackends()).length === 0)).toBe(true);
    expect(await eventually(async () => !(await backendExists(pid)))).toBe(true);

    // The pool (2 connections) still serves requests, none of them hit by a late cancel.
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => callSubgraph(patient, caller(), '{ statementTimeout }')),
    );
    expect(
      answers.map(
        (answer) => (answer.body.data as Record<string, unknown> | null | undefined)?.statementTimeout,
      ),
    ).toEqual(['2min', '2min', '2min', '2min']);
  });
});

describe('a request past its deadline', () => {
  it('gets TIMEOUT, its statement is cancelled and nothing it wrote is kept', async () => {
    const label = `late-${randomUUID()}`;
    const result = await callSubgraph(
      hasty,
      caller(),
      'mutation ($label: String!) { markThenSleep(label: $label) }',
      { label },
    );
    expect(errorCodes(result)).toEqual(['TIMEOUT']);
    expect(
      (result.body.data as Record<string, unknown> | null | undefined)?.markThenSleep ?? null,
    ).toBeNull();
    expect(await eventually(async () => (await sleepingBackends()).length === 0)).toBe(true);
    const { rows } = await admin.query<{ count: number }>(
      `select count(*)::int as count from kit_bounds.marks where label = $1`,
      [label],
    );
    expect(rows[0].count).toBe(0);
  });

  it('binds the deadline as a transaction-local statement_timeout', async () => {
    const result = await callSubgraph(hasty, caller(), '{ statementTimeout }');
    expect((result.body.data as Record<string, unknown> | null | undefined)?.statementTimeout).toBe('1500ms');
    // Outside a request transaction the pool's session default applies again.
    const rows: Array<{ value: string }> = await hasty.dataSource.query(
      `select current_setting('statement_timeout') as value`,
    );
    expect(rows[0].value).toBe('15s');
  });

  it('is answered with 504 TIMEOUT even when the work is nothing the kit can cancel', async () => {
    const result = await callSubgraph(hasty, caller(), '{ hang }');
    expect(result.status).toBe(504);
    expect(errorCodes(result)).toEqual(['TIMEOUT']);
  });
});
