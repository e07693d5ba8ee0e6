import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import {
  comparePositions,
  createLogger,
  domainEvent,
  type DomainEvent,
  type EventBus,
  type FollowEnd,
  InProcessEventBus,
  type LoggedEvent,
  RedisEventBus,
  waitUntil,
} from '../src';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = createLogger('event-bus-test', 'silent');

type BusFactory = (options?: { retentionMs?: number }) => EventBus;

const created: EventBus[] = [];
const usedTypes = new Set<string>();
const usedTenants = new Set<string>();

const factories: Array<[string, BusFactory]> = [
  [
    'in-process',
    (options = {}) => {
      const bus = new InProcessEventBus({ logger: silent, ...options });
      created.push(bus);
      return bus;
    },
  ],
  [
    'Redis Streams',
    (options = {}) => {
      const bus = new RedisEventBus(REDIS_URL, {
        logger: silent,
        reclaimIdleMs: 150,
        reclaimIntervalMs: 100,
        ...options,
      });
      created.push(bus);
      return bus;
    },
  ],
];

function newType(): string {
  const type = `kit.test.${randomUUID()}`;
  usedTypes.add(type);
  return type;
}

function newTenant(): string {
  const tenantId = randomUUID();
  usedTenants.add(tenantId);
  return tenantId;
}

const bodyOf = (event: DomainEvent) => (event.payload as { n: number }).n;

afterAll(async () => {
  await Promise.all(created.map((bus) => bus.close()));
  const redis = new Redis(REDIS_URL);
  const keys = [
    ...[...usedTypes].map((type) => `nexora:stream:type:${type}`),
    ...[...usedTenants].map((tenantId) => `nexora:stream:tenant:${tenantId}`),
  ];
  for (let start = 0; start < keys.length; start += 500) await redis.del(...keys.slice(start, start + 500));
  redis.disconnect();
});

describe.each(factories)('%s event bus', (_name, newBus) => {
  it('delivers each event of a group’s types to it once, in order, and to every group', async () => {
    const bus = newBus();
    const [type, other] = [newType(), newType()];
    const tenantId = newTenant();
    const seen = { billing: [] as number[], search: [] as number[] };
    const billing = await bus.consume(`billing-${randomUUID()}`, [type], (event) => {
      seen.billing.push(bodyOf(event));
    });
    const search = await bus.consume(`search-${randomUUID()}`, [type, other], (event) => {
      seen.search.push(bodyOf(event));
    });
    for (let n = 1; n <= 5; n += 1) await bus.publish(domainEvent(n % 2 ? type : other, tenantId, { n }));
    await waitUntil(() => seen.search.length === 5, 'both groups');
    await waitUntil(() => seen.billing.length === 3, 'the billing group');
    // In order per type (Redis keeps a stream per type; across types there is no order).
    expect({
      billing: seen.billing,
      searchOdd: seen.search.filter((n) => n % 2 === 1),
      searchEven: seen.search.filter((n) => n % 2 === 0),
    }).toEqual({ billing: [1, 3, 5], searchOdd: [1, 3, 5], searchEven: [2, 4] });
    await billing.stop();
    await search.stop();
  });

  it('delivers an event again after its handler failed', async () => {
    const bus = newBus();
    const type = newType();
    const attempts: number[] = [];
    const consumption = await bus.consume(`retry-${randomUUID()}`, [type], (event) => {
      attempts.push(bodyOf(event));
      if (attempts.length === 1) throw new Error('transient');
    });
    await bus.publish(domainEvent(type, newTenant(), { n: 7 }));
    await waitUntil(() => attempts.length >= 2, 'the redelivery', 10_000);
    expect(attempts.slice(0, 2)).toEqual([7, 7]);
    await consumption.stop();
  });

  it('follows one tenant from now on, in position order, never another tenant', async () => {
    const bus = newBus();
    const type = newType();
    const [mine, theirs] = [newTenant(), newTenant()];
    await bus.publish(domainEvent(type, mine, { n: 0 }));
    const received: LoggedEvent[] = [];
    const following = await bus.follow(mine, { after: null, onEvent: (event) => received.push(event) });
    for (let n = 1; n <= 4; n += 1) {
      await bus.publish(domainEvent(type, mine, { n }));
      await bus.publish(domainEvent(type, theirs, { n: -n }));
    }
    await waitUntil(() => received.length === 4, 'the tenant’s events');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map(bodyOf)).toEqual([1, 2, 3, 4]);
    expect(received.every((event) => event.tenantId === mine)).toBe(true);
    const positions = received.map((event) => event.position);
    expect([...positions].sort(comparePositions)).toEqual(positions);
    following.stop();
  });

  it('resumes after the last position seen: exactly the missed events, then the live ones', async () => {
    const bus = newBus();
    const type = newType();
    const tenantId = newTenant();
    const first: LoggedEvent[] = [];
    const following = await bus.follow(tenantId, { after: null, onEvent: (event) => first.push(event) });
    for (let n = 1; n <= 3; n += 1) await bus.publish(domainEvent(type, tenantId, { n }));
    await waitUntil(() => first.length === 3, 'the first events');
    following.stop();
    // Disconnected: these happen while nobody follows.
    for (let n = 4; n <= 150; n += 1) await bus.publish(domainEvent(type, tenantId, { n }));

    const resumed: LoggedEvent[] = [];
    const again = await bus.follow(tenantId, {
      after: first[2].position,
      onEvent: (event) => resumed.push(event),
    });
    for (let n = 151; n <= 155; n += 1) await bus.publish(domainEvent(type, tenantId, { n }));
    await waitUntil(() => resumed.length >= 152, 'the missed and the live events');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resumed.map(bodyOf)).toEqual(Array.from({ length: 152 }, (_, index) => index + 4));
    again.stop();
  });

  it('ends a resume that would miss events no longer kept with EXPIRED', async () => {
    const bus = newBus({ retentionMs: 200 });
    const type = newType();
    const tenantId = newTenant();
    const received: LoggedEvent[] = [];
    const following = await bus.follow(tenantId, { after: null, onEvent: (event) => received.push(event) });
    await bus.publish(domainEvent(type, tenantId, { n: 1 }));
    await waitUntil(() => received.length === 1, 'the first event');
    following.stop();
    // Missed while disconnected, then older than the retention: trimming happens as the log grows,
    // and the third event pushes the first two out.
    await bus.publish(domainEvent(type, tenantId, { n: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await bus.publish(domainEvent(type, tenantId, { n: 3 }));
    let ended: FollowEnd | null = null;
    await bus.follow(tenantId, {
      after: received[0].position,
      onEvent: () => undefined,
      onEnd: (reason) => (ended = reason),
    });
    await waitUntil(() => ended !== null, 'the end of the follow');
    expect(ended).toBe('EXPIRED');
  });
});

describe('Redis Streams event bus', () => {
  const [, newBus] = factories[1];

  it('keeps events for a group while its consumers are down, and shares them among replicas', async () => {
    const type = newType();
    const tenantId = newTenant();
    const group = `group-${randomUUID()}`;
    const first: number[] = [];
    const before = await newBus().consume(group, [type], (event) => void first.push(bodyOf(event)));
    await newBus().publish(domainEvent(type, tenantId, { n: 1 }));
    await waitUntil(() => first.length === 1, 'the first consumer');
    await before.stop();

    const publisher = newBus();
    for (let n = 2; n <= 21; n += 1) await publisher.publish(domainEvent(type, tenantId, { n }));
    // Two replicas come back: together they get every event published meanwhile, each once.
    const handled: Array<[replica: number, n: number]> = [];
    const replicas = await Promise.all(
      [1, 2].map((replica) =>
        newBus().consume(group, [type], (event) => void handled.push([replica, bodyOf(event)])),
      ),
    );
    await waitUntil(() => handled.length >= 20, 'the replicas', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(handled.map(([, n]) => n).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, index) => index + 2),
    );
    await Promise.all(replicas.map((replica) => replica.stop()));
  });

  it('moves an event whose handler always fails to the dead stream, and goes on with the next', async () => {
    const bus = newBus();
    const type = newType();
    const group = `dead-${randomUUID()}`;
    const handled: number[] = [];
    let failures = 0;
    const consumption = await bus.consume(group, [type], (event) => {
      if (bodyOf(event) === 1) {
        failures += 1;
        throw new Error('poison');
      }
      handled.push(bodyOf(event));
    });
    await bus.publish(domainEvent(type, newTenant(), { n: 1 }));
    await bus.publish(domainEvent(type, newTenant(), { n: 2 }));
    const redis = new Redis(REDIS_URL);
    try {
      await waitUntil(
        async () => (await redis.xlen(`nexora:stream:dead:${group}`)) === 1,
        'the dead letter',
        15_000,
      );
      expect(failures).toBe(5);
      expect(handled).toEqual([2]);
      const pending = (await redis.xpending(`nexora:stream:type:${type}`, group)) as [number];
      expect(pending[0]).toBe(0);
    } finally {
      await redis.del(`nexora:stream:dead:${group}`);
      redis.disconnect();
    }
    await consumption.stop();
  });

  it('skips malformed stream entries and keeps consuming', async () => {
    const bus = newBus();
    const type = newType();
    const received: number[] = [];
    const consumption = await bus.consume(
      `bad-${randomUUID()}`,
      [type],
      (event) => void received.push(bodyOf(event)),
    );
    const redis = new Redis(REDIS_URL);
    try {
      await redis.xadd(`nexora:stream:type:${type}`, '*', 'event', 'not json');
      await redis.xadd(`nexora:stream:type:${type}`, '*', 'other', 'field');
      await redis.xadd(`nexora:stream:type:${type}`, '*', 'event', JSON.stringify({ id: 1 }));
    } finally {
      redis.disconnect();
    }
    await bus.publish(domainEvent(type, newTenant(), { n: 3 }));
    await waitUntil(() => received.length === 1, 'the valid event');
    expect(received).toEqual([3]);
    await consumption.stop();
  });

  it('consumes again after its connection is killed', async () => {
    const name = `nexora-events-test-${randomUUID().slice(0, 8)}`;
    const bus = new RedisEventBus(REDIS_URL, { logger: silent, connectionName: name });
    created.push(bus);
    const type = newType();
    const received: number[] = [];
    const group = `kill-${randomUUID()}`;
    const consumption = await bus.consume(group, [type], (event) => void received.push(bodyOf(event)));
    const redis = new Redis(REDIS_URL);
    try {
      const clients = (await redis.client('LIST')) as string;
      const line = clients.split('\n').find((entry) => entry.includes(`name=${name}-${group}-consumer `));
      const id = /id=(\d+) /.exec(line ?? '')?.[1];
      expect(id).toBeDefined();
      await redis.client('KILL', 'ID', id as string);
    } finally {
      redis.disconnect();
    }
    await bus.publish(domainEvent(type, newTenant(), { n: 9 }));
    await waitUntil(() => received.length === 1, 'the event after the reconnection', 10_000);
    await consumption.stop();
  });

  it('fails a publish fast when Redis is unreachable', async () => {
    const unreachable = new RedisEventBus('redis://127.0.0.1:1', { logger: silent, commandTimeoutMs: 300 });
    try {
      const started = Date.now();
      await expect(
        unreachable.publish(domainEvent('kit.test.unreachable', randomUUID(), {})),
      ).rejects.toThrow(/Redis/);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await unreachable.close();
    }
  });
});
