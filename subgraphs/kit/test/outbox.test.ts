import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  badUserInput,
  contextForCaller,
  createLogger,
  createOutboxGuardMigration,
  createOutboxPruneMigration,
  createOutboxMigration,
  dedupeById,
  emitEvent,
  InProcessEventBus,
  OutboxRelay,
  postGraphQL,
  RedisEventBus,
  signedHeaders,
  startSubgraph,
  systemCaller,
  TENANCY_DIRECTIVES_PATH,
  TEST_SIGNING_SECRET,
  tenantOf,
  testDatabaseUrl,
  userError,
  type Consumption,
  type DomainEvent,
  type EventBus,
  type EventHandler,
  type FollowOptions,
  type Following,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphModule,
} from '../src';

/** This file's own schema: no other test file's relay competes for its outbox rows. */
const SCHEMA = 'kit_outbox';
const NOTE_CREATED = 'kit.note.created';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = createLogger('outbox-test', 'silent');

class CreateNotes1700000000000 implements MigrationInterface {
  name = 'CreateNotes1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table kit_outbox.notes (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      body text not null)`);
    await runner.query(`create index notes_tenant_idx on kit_outbox.notes (tenant_id)`);
    await runner.query(`alter table kit_outbox.notes enable row level security`);
    await runner.query(`alter table kit_outbox.notes force row level security`);
    await runner.query(`create policy tenant_isolation on kit_outbox.notes
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table kit_outbox.notes`);
  }
}

const SDL = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@shareable"])
    @link(url: "https://nexora.dev/tenancy/v1.0", import: ["@tenantScoped", "@requiresPermission"])

  type UserError @shareable {
    field: [String!]
    message: String!
    code: String!
  }
  type CreateNotesPayload {
    ids: [ID!]!
    userErrors: [UserError!]!
  }
  type Query {
    noteCount: Int! @tenantScoped
  }
  type Mutation {
    createNotes(bodies: [String!]!): CreateNotesPayload! @tenantScoped
    fail: Boolean @tenantScoped
  }
`;

/** A minimal subgraph: each note written announces itself with an event, like a domain service. */
const notesModule: SubgraphModule = {
  name: 'kit-outbox-notes',
  defaultPort: 0,
  typeDefs: parse(`${readFileSync(TENANCY_DIRECTIVES_PATH, 'utf8')}\n${SDL}`),
  resolvers: {
    Query: {
      noteCount: async (_root: unknown, _args: unknown, ctx: SubgraphContext) => {
        const [row]: Array<{ count: number }> = await ctx.db.run((em) =>
          em.query(`select count(*)::int as count from kit_outbox.notes`),
        );
        return row.count;
      },
    },
    Mutation: {
      createNotes: async (_root: unknown, { bodies }: { bodies: string[] }, ctx: SubgraphContext) => {
        const tenantId = tenantOf(ctx);
        if (bodies.some((body) => body.trim() === '')) {
          return { ids: [], userErrors: [userError('EMPTY', 'A note needs a body.', ['bodies'])] };
        }
        const ids: string[] = [];
        for (const body of bodies) {
          const [note]: Array<{ id: string }> = await ctx.db.run((em) =>
            em.query(`insert into kit_outbox.notes (tenant_id, body) values ($1, $2) returning id`, [
              tenantId,
              body,
            ]),
          );
          await emitEvent(ctx, NOTE_CREATED, { id: note.id, body });
          ids.push(note.id);
        }
        return { ids, userErrors: [] };
      },
      fail: () => {
        throw badUserInput('This field always fails.');
      },
    },
  },
  database: {
    schema: SCHEMA,
    entities: [],
    migrations: [
      CreateNotes1700000000000,
      createOutboxMigration(SCHEMA, 1700000000001),
      createOutboxGuardMigration(SCHEMA, 1700000000002),
      createOutboxPruneMigration(SCHEMA, 1700000000003),
    ],
  },
};

function startNotes(events: EventBus, outboxPollIntervalMs?: number): Promise<RunningSubgraph> {
  return startSubgraph(notesModule, {
    port: 0,
    host: '127.0.0.1',
    adminDatabaseUrl: testDatabaseUrl(),
    databaseRolePassword: 'nexora-dev-role-password',
    signingSecret: TEST_SIGNING_SECRET,
    events,
    logger: silent,
    poolSize: 4,
    outboxPollIntervalMs,
  });
}

const CREATE = `mutation ($bodies: [String!]!) { createNotes(bodies: $bodies) { ids userErrors { code } } }`;

async function createNotes(subgraph: RunningSubgraph, tenantId: string, bodies: string[]) {
  const result = await postGraphQL<{ createNotes: { ids: string[]; userErrors: Array<{ code: string }> } }>(
    subgraph.url,
    CREATE,
    { bodies },
    signedHeaders({ audience: subgraph.name, tenantId, userId: randomUUID() }),
  );
  return { result, ids: result.body.data?.createNotes.ids ?? [] };
}

async function admin<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

interface OutboxRow {
  id: string;
  tenant_id: string;
  type: string;
  payload: unknown;
  occurred_at: Date;
  published_at: Date | null;
}

function outboxRows(tenantId: string): Promise<OutboxRow[]> {
  return admin<OutboxRow>(`select * from kit_outbox.outbox where tenant_id = $1 order by sequence`, [
    tenantId,
  ]);
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for a condition');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Records the events of one tenant a bus delivers; other tests' tenants are ignored. */
async function recordTenant(bus: EventBus, tenantId: string, type = NOTE_CREATED) {
  const events: DomainEvent[] = [];
  const following = await bus.follow(tenantId, {
    after: null,
    onEvent: ({ position: _position, ...event }) => {
      if (event.type === type) events.push(event);
    },
  });
  const bodies = () => events.map((event) => (event.payload as { body: string }).body);
  return { events, bodies, unsubscribe: () => following.stop() };
}

describe('outbox: emitEvent and the relay', () => {
  const bus = new InProcessEventBus({ logger: silent });
  let notes: RunningSubgraph;

  beforeAll(async () => {
    notes = await startNotes(bus);
  });

  afterAll(async () => {
    await notes.stop();
    await bus.close();
  });

  it('publishes a committed mutation exactly once, as the row it committed', async () => {
    const tenantId = randomUUID();
    const seen = await recordTenant(bus, tenantId);
    const { ids } = await createNotes(notes, tenantId, ['hello']);
    expect(ids).toHaveLength(1);
    await waitFor(() => seen.events.length === 1);
    // The relay publishes in order: once a later event arrives, a duplicate of the first would have too.
    await createNotes(notes, tenantId, ['sentinel']);
    await waitFor(() => seen.events.length === 2);
    expect(seen.bodies()).toEqual(['hello', 'sentinel']);

    const [row] = await outboxRows(tenantId);
    expect(seen.events[0]).toEqual({
      id: row.id,
      type: NOTE_CREATED,
      tenantId,
      occurredAt: row.occurred_at.toISOString(),
      payload: { id: ids[0], body: 'hello' },
    });
    await waitFor(async () => (await outboxRows(tenantId)).every((r) => r.published_at !== null));
    seen.unsubscribe();
  });

  it('delivers the events of one request in the order they were emitted', async () => {
    const tenantId = randomUUID();
    const seen = await recordTenant(bus, tenantId);
    const bodies = Array.from({ length: 12 }, (_, i) => `note ${i}`);
    await createNotes(notes, tenantId, bodies);
    await waitFor(() => seen.events.length === 12);
    expect(seen.bodies()).toEqual(bodies);
    // One transaction, one occurred_at: the order comes from the outbox sequence, not the clock.
    expect(new Set(seen.events.map((event) => event.occurredAt)).size).toBe(1);
    seen.unsubscribe();
  });

  it('publishes nothing and keeps no row when the mutation fails or the request rolls back', async () => {
    const tenantId = randomUUID();
    const seen = await recordTenant(bus, tenantId);
    const refused = await createNotes(notes, tenantId, ['fine', ' ']);
    expect(refused.result.body.data?.createNotes.userErrors).toEqual([{ code: 'EMPTY' }]);

    // The first mutation writes its note and emits; the second field fails, so the request rolls back.
    const failed = await postGraphQL(
      notes.url,
      `mutation { createNotes(bodies: ["doomed"]) { ids } fail }`,
      {},
      signedHeaders({ audience: notes.name, tenantId }),
    );
    expect(failed.body.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);

    await createNotes(notes, tenantId, ['sentinel']);
    await waitFor(() => seen.events.length >= 1);
    expect(seen.bodies()).toEqual(['sentinel']);
    expect((await outboxRows(tenantId)).map((row) => row.payload)).toEqual([
      { id: expect.any(String), body: 'sentinel' },
    ]);
    const [notesLeft] = await admin<{ count: number }>(
      `select count(*)::int as count from kit_outbox.notes where tenant_id = $1`,
      [tenantId],
    );
    expect(notesLeft.count).toBe(1);
    seen.unsubscribe();
  });

  it('refuses to emit without a tenant or without an outbox', async () => {
    const tenantless = notes.runtime.systemContext(null);
    await expect(emitEvent(tenantless, NOTE_CREATED, {})).rejects.toThrow(/without a tenant/);
    await tenantless.db.finish('rollback');

    const noOutbox = contextForCaller(systemCaller(notes.name, randomUUID()), {
      dataSource: notes.dataSource,
      logger: silent,
    });
    await expect(emitEvent(noOutbox, NOTE_CREATED, {})).rejects.toThrow(/no outbox/);
    await noOutbox.db.finish('rollback');
  });

  it('forces row-level security: a tenant sees, writes and changes only its own outbox rows', async () => {
    const [table] = await admin<{ rls: boolean; forced: boolean; owner: string }>(
      `select relrowsecurity as rls, relforcerowsecurity as forced, pg_get_userbyid(relowner) as owner
       from pg_class where oid = 'kit_outbox.outbox'::regclass`,
    );
    expect(table).toEqual({ rls: true, forced: true, owner: 'nexora_kit_outbox' });
    const policies = await admin<{ policyname: string; cmd: string }>(
      `select policyname, cmd from pg_policies where schemaname = $1 and tablename = 'outbox' order by 1`,
      [SCHEMA],
    );
    expect(policies).toEqual([
      { policyname: 'outbox_relay_prune', cmd: 'DELETE' },
      { policyname: 'outbox_relay_publish', cmd: 'UPDATE' },
      { policyname: 'outbox_relay_read', cmd: 'SELECT' },
      { policyname: 'outbox_tenant_read', cmd: 'SELECT' },
      { policyname: 'outbox_tenant_write', cmd: 'INSERT' },
    ]);

    const a = randomUUID();
    const b = randomUUID();
    await createNotes(notes, a, ['a secret']);
    const [aRow] = await outboxRows(a);

    const asTenant = async <T>(tenantId: string | null, sql: string, params: unknown[] = []) => {
      const ctx = notes.runtime.systemContext(tenantId);
      try {
        const result = (await ctx.db.run((em) => em.query(sql, params))) as T;
        await ctx.db.finish('commit');
        return result;
      } catch (error) {
        await ctx.db.finish('rollback');
        throw error;
      }
    };
    const count = `select count(*)::int as count from kit_outbox.outbox where id = $1`;
    expect(await asTenant(a, count, [aRow.id])).toEqual([{ count: 1 }]);
    expect(await asTenant(b, count, [aRow.id])).toEqual([{ count: 0 }]);
    expect(await asTenant(null, count, [aRow.id])).toEqual([{ count: 0 }]);
    // Updates of invisible rows touch nothing ([rows, affected] through TypeORM).
    expect(
      await asTenant(b, `update kit_outbox.outbox set payload = '{}' where id = $1 returning id`, [aRow.id]),
    ).toEqual([[], 0]);
    await expect(
      asTenant(b, `insert into kit_outbox.outbox (tenant_id, type, payload) values ($1, 'forged', '{}')`, [
        a,
      ]),
    ).rejects.toThrow(/row-level security/);
    expect((await outboxRows(a)).map((row) => row.payload)).toEqual([aRow.payload]);
  });

  it('keeps events as written: a tenant cannot rewrite or withdraw its own, the relay only marks them once', async () => {
    const a = randomUUID();
    await createNotes(notes, a, ['announced']);
    const [row] = await outboxRows(a);
    const ctx = notes.runtime.systemContext(a);
    const rewritten = await ctx.db.run((em) =>
      em.query(`update kit_outbox.outbox set payload = '{"forged":true}' where id = $1 returning id`, [
        row.id,
      ]),
    );
    const withdrawn = await ctx.db.run((em) =>
      em.query(`delete from kit_outbox.outbox where id = $1 returning id`, [row.id]),
    );
    await ctx.db.finish('commit');
    expect({ rewritten, withdrawn }).toEqual({ rewritten: [[], 0], withdrawn: [[], 0] });
    // Even a role that bypasses row-level security cannot change an event, only publish it once.
    await expect(
      admin(`update kit_outbox.outbox set payload = '{}' where id = $1`, [row.id]),
    ).rejects.toThrow(/only change by being marked published/);
    await admin(`update kit_outbox.outbox set published_at = now() where id = $1 and published_at is null`, [
      row.id,
    ]);
    await expect(
      admin(`update kit_outbox.outbox set published_at = now() where id = $1`, [row.id]),
    ).rejects.toThrow(/only change by being marked published/);
    expect((await outboxRows(a)).map((r) => r.payload)).toEqual([row.payload]);
  });
});

describe('outbox: pruning', () => {
  it('deletes published rows past the retention, never a row not yet published', async () => {
    const bus = new InProcessEventBus({ logger: silent });
    const notes = await startNotes(bus);
    const tenantId = randomUUID();
    try {
      await createNotes(notes, tenantId, ['one', 'two', 'three']);
      await waitFor(async () => (await outboxRows(tenantId)).every((row) => row.published_at !== null));
      // A row still waiting for its relay (as after a crash): never pruned, however old.
      await admin(
        `insert into kit_outbox.outbox (tenant_id, type, payload, occurred_at) values ($1, $2, '{"body":"waiting"}', now() - interval '30 days')`,
        [tenantId, NOTE_CREATED],
      );
      const keepAll = new OutboxRelay({
        dataSource: notes.dataSource,
        schema: SCHEMA,
        events: bus,
        logger: silent,
      });
      // Rows this young stay (older ones of earlier runs may go).
      await keepAll.prune();
      expect(await outboxRows(tenantId)).toHaveLength(4);

      await new Promise((resolve) => setTimeout(resolve, 20));
      const shortLived = new OutboxRelay({
        dataSource: notes.dataSource,
        schema: SCHEMA,
        events: bus,
        logger: silent,
        retentionMs: 10,
      });
      expect(await shortLived.prune()).toBeGreaterThanOrEqual(3);
      expect((await outboxRows(tenantId)).map((row) => [row.payload, row.published_at])).toEqual([
        [{ body: 'waiting' }, null],
      ]);
    } finally {
      await notes.stop();
      await bus.close();
    }
  });
});

describe('outbox: rows nobody published', () => {
  it('are published when a relay starts and, later, on its next poll', async () => {
    const tenantId = randomUUID();
    const requestBus = new InProcessEventBus({ logger: silent });
    const notes = await startNotes(requestBus);
    // A relay that is gone (as after a crash): requests still commit their rows, nobody publishes.
    await notes.outbox?.stop();
    const relayBus = new InProcessEventBus({ logger: silent });
    const seen = await recordTenant(relayBus, tenantId);
    const relay = new OutboxRelay({
      dataSource: notes.dataSource,
      schema: SCHEMA,
      events: relayBus,
      logger: silent,
      pollIntervalMs: 300,
    });
    try {
      await createNotes(notes, tenantId, ['left behind']);
      expect((await outboxRows(tenantId)).map((row) => row.published_at)).toEqual([null]);

      relay.start();
      await waitFor(() => seen.events.length === 1);
      // Committed after the relay's start, nudging only the stopped relay: found by polling.
      await createNotes(notes, tenantId, ['found by polling']);
      await waitFor(() => seen.events.length === 2);
      expect(seen.bodies()).toEqual(['left behind', 'found by polling']);
      expect((await outboxRows(tenantId)).every((row) => row.published_at !== null)).toBe(true);
    } finally {
      await relay.stop();
      await notes.stop();
      await relayBus.close();
      await requestBus.close();
    }
  });
});

/** An InProcessEventBus whose `publish` fails as scripted, and can be held before publishing. */
class FlakyEventBus implements EventBus {
  readonly inner = new InProcessEventBus({ logger: silent });
  calls = 0;
  failOnCalls = new Set<number>();
  hold: Promise<void> | null = null;
  failed: Array<() => void> = [];

  async publish(event: DomainEvent): Promise<void> {
    this.calls += 1;
    if (this.failOnCalls.has(this.calls)) {
      this.failed.splice(0).forEach((notify) => notify());
      throw new Error('broker unavailable');
    }
    if (this.hold) await this.hold;
    await this.inner.publish(event);
  }

  nextFailure(): Promise<void> {
    return new Promise((resolve) => this.failed.push(resolve));
  }

  consume(group: string, types: readonly string[], handler: EventHandler): Promise<Consumption> {
    return this.inner.consume(group, types, handler);
  }

  follow(tenantId: string, options: FollowOptions): Promise<Following> {
    return this.inner.follow(tenantId, options);
  }

  idle(): Promise<void> {
    return this.inner.idle();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('outbox: publish failures', () => {
  const bus = new FlakyEventBus();
  let notes: RunningSubgraph;

  beforeAll(async () => {
    notes = await startNotes(bus);
  });

  afterAll(async () => {
    await notes.stop();
    await bus.close();
  });

  it('leaves the row unpublished when publishing fails and delivers it on retry', async () => {
    const tenantId = randomUUID();
    const seen = await recordTenant(bus, tenantId);
    let release = () => {};
    bus.hold = new Promise((resolve) => (release = resolve));
    bus.failOnCalls = new Set([bus.calls + 1]);
    const failure = bus.nextFailure();

    await createNotes(notes, tenantId, ['retried']);
    await failure;
    // The retry is held back until the row has been checked.
    expect((await outboxRows(tenantId)).map((row) => row.published_at)).toEqual([null]);
    expect(seen.events).toEqual([]);
    bus.hold = null;
    release();

    await waitFor(() => seen.events.length === 1);
    await waitFor(async () => (await outboxRows(tenantId))[0].published_at !== null);
    await createNotes(notes, tenantId, ['sentinel']);
    await waitFor(() => seen.events.length === 2);
    expect(seen.bodies()).toEqual(['retried', 'sentinel']);
  });

  it('keeps what a failing batch did publish, and retries only the rest', async () => {
    const tenantId = randomUUID();
    const seen = await recordTenant(bus, tenantId);
    let release = () => {};
    bus.failOnCalls = new Set([bus.calls + 2]);
    const failure = bus.nextFailure();
    const held = new Promise<void>((resolve) => (release = resolve));

    const pending = createNotes(notes, tenantId, ['first', 'second']);
    await failure;
    bus.hold = held;
    await pending;
    await waitFor(() => seen.events.length === 1);
    // The relay marks a row published after the bus took it, so wait for the mark, not the event.
    await waitFor(async () => (await outboxRows(tenantId))[0].published_at !== null);
    const rows = await outboxRows(tenantId);
    expect(rows.map((row) => row.published_at !== null)).toEqual([true, false]);
    bus.hold = null;
    release();

    await waitFor(() => seen.events.length === 2);
    await createNotes(notes, tenantId, ['sentinel']);
    await waitFor(() => seen.events.length === 3);
    expect(seen.bodies()).toEqual(['first', 'second', 'sentinel']);
  });
});

describe('outbox: several relays on one table', () => {
  it('publish each event once while sharing the work', async () => {
    const tenantId = randomUUID();
    const bus = new InProcessEventBus({ logger: silent });
    const replicas = [await startNotes(bus, 50), await startNotes(bus, 50)];
    const seen = await recordTenant(bus, tenantId);
    try {
      const bodies = Array.from({ length: 30 }, (_, i) => `note ${i}`);
      await Promise.all(bodies.map((body, i) => createNotes(replicas[i % 2], tenantId, [body])));
      await waitFor(() => seen.events.length >= 30);
      await createNotes(replicas[0], tenantId, ['sentinel']);
      await waitFor(() => seen.events.length >= 31);
      expect(seen.events).toHaveLength(31);
      expect(new Set(seen.events.map((event) => event.id)).size).toBe(31);
      expect(new Set(seen.bodies())).toEqual(new Set([...bodies, 'sentinel']));
    } finally {
      for (const replica of replicas) await replica.stop();
      await bus.close();
    }
  });
});

describe('outbox: RedisEventBus', () => {
  const buses: RedisEventBus[] = [];
  const redisBus = (options: ConstructorParameters<typeof RedisEventBus>[1] = {}) => {
    const bus = new RedisEventBus(REDIS_URL, { logger: silent, ...options });
    buses.push(bus);
    return bus;
  };

  afterAll(async () => {
    await Promise.all(buses.map((bus) => bus.close()));
  });

  it('carries relayed events to a follower in another RedisEventBus', async () => {
    const tenantId = randomUUID();
    const notes = await startNotes(redisBus());
    const subscriber = redisBus();
    const seen = await recordTenant(subscriber, tenantId);
    try {
      const { ids } = await createNotes(notes, tenantId, ['over redis']);
      await waitFor(() => seen.events.length === 1);
      const [row] = await outboxRows(tenantId);
      expect(seen.events[0]).toEqual({
        id: row.id,
        type: NOTE_CREATED,
        tenantId,
        occurredAt: row.occurred_at.toISOString(),
        payload: { id: ids[0], body: 'over redis' },
      });
    } finally {
      await notes.stop();
    }
  });
});

describe('dedupeById', () => {
  const event = (id: string): DomainEvent => ({
    id,
    type: 'kit.test',
    tenantId: randomUUID(),
    occurredAt: new Date().toISOString(),
    payload: {},
  });

  it('drops an event it has already handled', async () => {
    const bus = new InProcessEventBus({ logger: silent });
    const handled: string[] = [];
    await bus.consume(
      'dedupe',
      ['kit.test'],
      dedupeById((e) => void handled.push(e.id)),
    );
    const once = event(randomUUID());
    const other = event(randomUUID());
    await bus.publish(once);
    await bus.publish(once);
    await bus.publish(other);
    await waitFor(() => handled.length === 2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(handled).toEqual([once.id, other.id]);
    await bus.close();
  });

  it('remembers a bounded number of ids, least recently seen forgotten first', async () => {
    const handled: string[] = [];
    const handler = dedupeById((e) => void handled.push(e.id), { capacity: 2 });
    for (const id of ['a', 'b', 'a', 'c', 'b', 'a']) await handler(event(id));
    // 'a' stays recent (seen again before 'c'), so 'b' is the one forgotten when 'c' arrives.
    expect(handled).toEqual(['a', 'b', 'c', 'b', 'a']);
  });

  it('forgets an event whose handler failed, so a redelivery is handled', async () => {
    let attempts = 0;
    const handler = dedupeById(() => {
      attempts += 1;
      if (attempts === 1) throw new Error('transient');
    });
    const retried = event(randomUUID());
    await expect(handler(retried)).rejects.toThrow('transient');
    await handler(retried);
    await handler(retried);
    expect(attempts).toBe(2);
  });
});
