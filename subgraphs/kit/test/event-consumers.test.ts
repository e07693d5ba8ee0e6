import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  countRows,
  createInboxMigration,
  domainEvent,
  startTestSubgraph,
  tenantOf,
  type DomainEvent,
  type RunningSubgraph,
  type SubgraphContext,
  type SubgraphModule,
  waitUntil,
} from '../src';

const SCHEMA = 'kit_inbox';

class CreateEchoes1700000000000 implements MigrationInterface {
  name = 'CreateEchoes1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table kit_inbox.echoes (tenant_id uuid not null, body text not null)`);
    await runner.query(`alter table kit_inbox.echoes enable row level security`);
    await runner.query(`alter table kit_inbox.echoes force row level security`);
    await runner.query(`create policy tenant_isolation on kit_inbox.echoes
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table kit_inbox.echoes`);
  }
}

/** Held open by a test: a body of "slow" waits for it after writing. */
let slowGate: { opened: Promise<void>; open: () => void; reached: () => void } | null = null;

/**
 * Writes an echo of every `demo.said` event; a body of "fail" fails after writing, a body of "slow"
 * waits for `slowGate` after writing.
 */
async function echo(ctx: SubgraphContext, event: DomainEvent): Promise<void> {
  const body = (event.payload as { body: string }).body;
  await ctx.db.run((manager) =>
    manager.query(`insert into kit_inbox.echoes (tenant_id, body) values ($1, $2)`, [tenantOf(ctx), body]),
  );
  if (body === 'fail') throw new Error('the consumer failed after writing');
  if (body === 'slow' && slowGate) {
    slowGate.reached();
    await slowGate.opened;
  }
}

const echoModule: SubgraphModule = {
  name: 'kit-inbox-echo',
  defaultPort: 0,
  typeDefs: parse('type Query { ping: String }'),
  resolvers: { Query: { ping: () => 'pong' } },
  database: {
    schema: SCHEMA,
    entities: [],
    migrations: [CreateEchoes1700000000000, createInboxMigration(SCHEMA, 1700000000001)],
  },
  consumers: [{ module: 'echo', type: 'demo.said', handle: echo }],
};

let subgraph: RunningSubgraph;
beforeAll(async () => {
  subgraph = await startTestSubgraph(echoModule);
});
afterAll(async () => {
  await subgraph.stop();
});

const echoes = (tenantId: string) =>
  countRows('select 1 from kit_inbox.echoes where tenant_id = $1', [tenantId]);
const handled = (tenantId: string) =>
  countRows('select 1 from kit_inbox.inbox where tenant_id = $1', [tenantId]);

describe('event consumers', () => {
  it('run once per event, in the event tenant, whatever the redeliveries', async () => {
    const tenantId = randomUUID();
    const event = domainEvent('demo.said', tenantId, { body: 'hello' });
    await subgraph.runtime.events.publish(event);
    await subgraph.runtime.events.publish(event);
    const sentinel = domainEvent('demo.said', tenantId, { body: 'sentinel' });
    await subgraph.runtime.events.publish(sentinel);
    await waitUntil(async () => (await handled(tenantId)) === 2, 'the consumer');
    expect(await echoes(tenantId)).toBe(2);
    expect(await echoes(randomUUID())).toBe(0);
  });

  it('keep nothing of a consumer that fails, inbox row included, so a redelivery retries it', async () => {
    const tenantId = randomUUID();
    await subgraph.runtime.events.publish(domainEvent('demo.said', tenantId, { body: 'fail' }));
    const sentinel = domainEvent('demo.said', tenantId, { body: 'after' });
    await subgraph.runtime.events.publish(sentinel);
    await waitUntil(async () => (await handled(tenantId)) === 1, 'the consumer');
    const bodies = await countRows(`select 1 from kit_inbox.echoes where tenant_id = $1 and body = 'fail'`, [
      tenantId,
    ]);
    expect({
      failedEchoes: bodies,
      echoes: await echoes(tenantId),
      handled: await handled(tenantId),
    }).toEqual({
      failedEchoes: 0,
      echoes: 1,
      handled: 1,
    });
  });

  it('finish the event they are handling before a stopping subgraph closes its pool', async () => {
    const stopping = await startTestSubgraph(echoModule);
    const tenantId = randomUUID();
    let open = () => undefined as void;
    let reached = () => undefined as void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    const handling = new Promise<void>((resolve) => (reached = resolve));
    slowGate = { opened, open, reached };
    try {
      // In-process, publish resolves once the consumer has had the event: do not wait for it here.
      const published = stopping.runtime.events.publish(domainEvent('demo.said', tenantId, { body: 'slow' }));
      await handling;
      let stopped = false;
      const stop = stopping.stop().then(() => (stopped = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Still waiting for the handler, whose transaction holds a pooled connection.
      expect(stopped).toBe(false);
      open();
      await stop;
      await published;
    } finally {
      slowGate = null;
      await stopping.stop();
    }
    expect({ echoes: await echoes(tenantId), handled: await handled(tenantId) }).toEqual({
      echoes: 1,
      handled: 1,
    });
  });
});
