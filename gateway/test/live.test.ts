import { randomUUID } from 'node:crypto';
import { createLogger, domainEvent, InProcessEventBus, waitUntil } from '@nexora/kit';
import { parse, type ExecutionResult } from 'graphql';
import { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from '../src';
import { wantsEventStream } from '../src/gateway';
import { LiveHub } from '../src/live/live-hub';
import { LivePlanner, LIVE_SOURCE, type LivePlan } from '../src/live/live-planner';
import type { LiveCaller, LiveResolver } from '../src/live/live-resolver';

const silent = createLogger('live-test', 'silent');
const planner = new LivePlanner(readSupergraph(DEFAULT_SUPERGRAPH_PATH));

const DEAL_UPDATED = `subscription Board($pipeline: ID) {
  board: dealUpdated(pipelineId: $pipeline) { title company { name openBalance { amount } } }
}`;

function planOf(source: string): LivePlan {
  return planner.plan(parse(source), source, null);
}

function callerOf(tenantId: string): LiveCaller {
  return {
    requestId: randomUUID(),
    tenantId,
    userId: randomUUID(),
    permissions: ['crm.deal:read', 'crm.company:read', 'erp.invoice:read'],
    issuedAt: Date.now(),
    operationName: null,
    clientAddress: null,
  } as LiveCaller;
}

describe('the plan shape subscriptions rely on (pinned @apollo/* 2.14.4)', () => {
  it('reads @liveEvents from the supergraph', () => {
    expect(planner.fields.get('dealUpdated')).toEqual({
      name: 'dealUpdated',
      eventTypes: ['crm.deal.created', 'crm.deal.updated', 'crm.deal.moved', 'crm.deal.won', 'crm.deal.lost'],
      entityType: 'Deal',
      arguments: ['pipelineId'],
    });
    expect(planner.fields.get('invoicePosted')?.entityType).toBe('Invoice');
  });

  it('starts from the entity fetched from the owner, then fetches the other subgraphs’ fields', () => {
    const plan = planOf(DEAL_UPDATED);
    expect(plan.owner).toBe('crm');
    expect(plan.responseKey).toBe('board');
    expect(plan.entityQuery.query).toContain('entities: _entities(representations: $representations)');
    expect(plan.entityQuery.query).toContain('... on Deal');
    expect(plan.entityQuery.variableNames).toEqual([]);
    const node = plan.plan.node as unknown as { kind: string; nodes: Array<Record<string, unknown>> };
    expect(node.kind).toBe('Sequence');
    expect(node.nodes[0]).toMatchObject({ kind: 'Fetch', serviceName: LIVE_SOURCE });
    expect(JSON.stringify(node.nodes[1])).toContain('"serviceName":"erp"');
  });

  it('needs no second fetch when every field is the owner’s', () => {
    const plan = planOf('subscription { dealUpdated { title } }');
    expect(plan.plan.node).toMatchObject({ kind: 'Fetch', serviceName: LIVE_SOURCE });
  });
});

/** A resolver that counts its calls and answers with the event's entity id. */
function countingResolver() {
  const calls: string[] = [];
  const resolver = {
    resolve: async (_plan: LivePlan, entityId: string): Promise<ExecutionResult> => {
      calls.push(entityId);
      return { data: { board: { id: entityId } } };
    },
  } as unknown as LiveResolver;
  return { calls, resolver };
}

describe('LiveHub', () => {
  it('resolves each event once for every subscriber sharing tenant, permissions, document and variables', async () => {
    const bus = new InProcessEventBus({ logger: silent });
    const { calls, resolver } = countingResolver();
    const hub = new LiveHub(bus, resolver, silent);
    const tenantId = randomUUID();
    const plan = planOf(DEAL_UPDATED);
    const subscriptions = await Promise.all(
      Array.from({ length: 50 }, () =>
        hub.subscribe({
          plan,
          source: DEAL_UPDATED,
          variables: {},
          caller: callerOf(tenantId),
          after: null,
          onSlow: () => undefined,
        }),
      ),
    );
    expect(hub.stats()).toEqual({ groups: 1, subscribers: 50 });
    await bus.publish(domainEvent('crm.deal.updated', tenantId, { id: 'deal-1', pipelineId: 'p' }));
    await bus.publish(domainEvent('crm.deal.updated', randomUUID(), { id: 'elsewhere' }));
    const firsts = await Promise.all(subscriptions.map((subscription) => subscription.next()));
    expect(firsts.every((first) => (first.value as ExecutionResult).data?.board)).toBe(true);
    expect(calls).toEqual(['deal-1']);
    subscriptions.forEach((subscription) => subscription.close());
    expect(hub.stats()).toEqual({ groups: 0, subscribers: 0 });
  });

  it('narrows events by the field’s arguments', async () => {
    const bus = new InProcessEventBus({ logger: silent });
    const { calls, resolver } = countingResolver();
    const hub = new LiveHub(bus, resolver, silent);
    const tenantId = randomUUID();
    const subscription = await hub.subscribe({
      plan: planOf(DEAL_UPDATED),
      source: DEAL_UPDATED,
      variables: { pipeline: 'sales' },
      caller: callerOf(tenantId),
      after: null,
      onSlow: () => undefined,
    });
    await bus.publish(
      domainEvent('crm.deal.moved', tenantId, { id: 'other-pipeline', pipelineId: 'renewals' }),
    );
    await bus.publish(domainEvent('crm.company.updated', tenantId, { id: 'a-company' }));
    await bus.publish(domainEvent('crm.deal.moved', tenantId, { id: 'in-sales', pipelineId: 'sales' }));
    const first = await subscription.next();
    expect((first.value as ExecutionResult).data).toEqual({ board: { id: 'in-sales' } });
    expect(calls).toEqual(['in-sales']);
    subscription.close();
  });

  it('drops a subscriber that falls too far behind, without slowing the others', async () => {
    const bus = new InProcessEventBus({ logger: silent });
    const { resolver } = countingResolver();
    const hub = new LiveHub(bus, resolver, silent, 5);
    const tenantId = randomUUID();
    const plan = planOf(DEAL_UPDATED);
    let slowDropped = false;
    const options = { plan, source: DEAL_UPDATED, variables: {}, caller: callerOf(tenantId), after: null };
    const slow = await hub.subscribe({ ...options, onSlow: () => (slowDropped = true) });
    const fast = await hub.subscribe({ ...options, onSlow: () => undefined });
    const received: unknown[] = [];
    const reading = (async () => {
      for await (const message of fast) {
        received.push(message);
        if (received.length === 20) return;
      }
    })();
    for (let n = 0; n < 20; n += 1)
      await bus.publish(domainEvent('crm.deal.updated', tenantId, { id: `d${n}` }));
    await reading;
    await waitUntil(() => slowDropped, 'the slow subscriber to be dropped');
    expect(received).toHaveLength(20);
    expect(await slow.next()).toEqual({ value: undefined, done: true });
    fast.close();
  });
});

describe('telling SSE subscriptions from ordinary requests', () => {
  it('serves SSE only to clients that ask for an event stream and not for JSON', () => {
    expect(wantsEventStream('text/event-stream')).toBe(true);
    expect(wantsEventStream('text/event-stream; charset=utf-8')).toBe(true);
    // urql's default Accept lists text/event-stream for incremental delivery of ordinary queries.
    expect(
      wantsEventStream(
        'application/graphql-response+json, application/graphql+json, application/json, text/event-stream, multipart/mixed',
      ),
    ).toBe(false);
    expect(wantsEventStream('application/json')).toBe(false);
    expect(wantsEventStream(undefined)).toBe(false);
  });
});
