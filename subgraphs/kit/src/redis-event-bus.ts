import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import {
  comparePositions,
  type Consumption,
  DEFAULT_EVENT_RETENTION_MS,
  type DomainEvent,
  type EventBus,
  type EventBusOptions,
  type EventHandler,
  type FollowOptions,
  type Following,
  type LoggedEvent,
  parseDomainEvent,
  runHandler,
  RunningWork,
} from './event-bus';
import { createLogger, type Logger } from './logger';

const PREFIX = 'nexora:stream:';
const typeStream = (type: string) => `${PREFIX}type:${type}`;
const tenantStream = (tenantId: string) => `${PREFIX}tenant:${tenantId}`;
const deadStream = (group: string) => `${PREFIX}dead:${group}`;

/** How long one blocking read waits before the loop looks again (new tenants, stop). */
const BLOCK_MS = 1_000;
/** A delivered event not acknowledged for this long is handed to a live consumer again. */
const RECLAIM_IDLE_MS = 30_000;
/** Deliveries after which an event whose handler keeps failing goes to the group's dead stream. */
const MAX_DELIVERIES = 5;
const READ_COUNT = 100;

export interface RedisEventBusOptions extends EventBusOptions {
  /** Time limit for waiting for a (re)connection and for each command; a publish fails after that. */
  commandTimeoutMs?: number;
  /** Prefix of the connections' names in Redis `CLIENT LIST`. */
  connectionName?: string;
  /** How often a consumer group looks for events a crashed consumer left unacknowledged (default 10 s). */
  reclaimIntervalMs?: number;
  /** How long an unacknowledged event waits before it is reclaimed (default 30 s). */
  reclaimIdleMs?: number;
}

type StreamEntry = [id: string, fields: string[]];
type StreamRead = Array<[key: string, entries: StreamEntry[]]> | null;

function eventOf(fields: string[]): DomainEvent | null {
  const index = fields.indexOf('event');
  return index >= 0 && index % 2 === 0 ? parseDomainEvent(fields[index + 1] ?? '') : null;
}

/** Resolves when `client` is connected, rejects after `timeoutMs` or when it is closed for good. */
function whenReady(client: Redis, timeoutMs: number): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  if (client.status === 'end') return Promise.reject(new Error('The Redis connection is closed.'));
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      clearTimeout(timer);
      client.off('ready', onReady);
      client.off('end', onEnd);
      if (error) reject(error);
      else resolve();
    };
    const onReady = () => settle();
    const onEnd = () => settle(new Error('The Redis connection is closed.'));
    const timer = setTimeout(
      () => settle(new Error(`Redis is not reachable (waited ${timeoutMs} ms).`)),
      timeoutMs,
    );
    client.once('ready', onReady);
    client.once('end', onEnd);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

interface TenantTail {
  /** The newest position the shared reader has read for this tenant. */
  position: string;
  followers: Set<RedisFollower>;
}

interface RedisFollower {
  position: string;
  options: FollowOptions;
  stopped: boolean;
  /** Events the shared reader found while the follower was still catching up. */
  held: LoggedEvent[] | null;
}

/**
 * Services mode: events live in Redis Streams, so none is lost when a consumer is down.
 *
 * Each event is appended (one MULTI) to its type's stream, read by consumer groups (one per
 * subgraph; replicas of a subgraph share the group's work), and to its tenant's stream, read by
 * followers (live subscriptions), whose positions are that stream's ids. Both are trimmed by age
 * (`retentionMs`) as they grow. A consumer acknowledges an event after its handler succeeded; an
 * event a crashed consumer left unacknowledged is reclaimed after `reclaimIdleMs`, and one whose
 * handler failed `MAX_DELIVERIES` times is moved to `nexora:stream:dead:<group>` and logged.
 *
 * Failure behaviour: a publish fails within `commandTimeoutMs` when Redis is down (the outbox relay
 * retries); the reading loops wait and read again, from where they were, when Redis is back.
 */
export class RedisEventBus implements EventBus {
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private readonly retentionMs: number;
  private readonly reclaimIntervalMs: number;
  private readonly reclaimIdleMs: number;
  private readonly name: string;
  private readonly commands: Redis;
  private readonly connections = new Set<Redis>();
  private readonly loops = new Set<Promise<void>>();
  private readonly work = new RunningWork();
  private readonly tails = new Map<string, TenantTail>();
  private tailReader: Redis | null = null;
  private closed = false;

  constructor(
    private readonly redisUrl: string,
    options: RedisEventBusOptions = {},
  ) {
    this.logger = options.logger ?? createLogger('event-bus');
    this.timeoutMs = options.commandTimeoutMs ?? 2_000;
    this.retentionMs = options.retentionMs ?? DEFAULT_EVENT_RETENTION_MS;
    this.reclaimIntervalMs = options.reclaimIntervalMs ?? 10_000;
    this.reclaimIdleMs = options.reclaimIdleMs ?? RECLAIM_IDLE_MS;
    this.name = options.connectionName ?? 'nexora-events';
    this.commands = this.connect('cmd', this.timeoutMs);
  }

  async publish(event: DomainEvent): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed.');
    await whenReady(this.commands, this.timeoutMs);
    const body = JSON.stringify(event);
    const minId = String(Math.max(0, Date.now() - this.retentionMs));
    const results = await this.commands
      .multi()
      .xadd(typeStream(event.type), 'MINID', minId, '*', 'event', body)
      .xadd(tenantStream(event.tenantId), 'MINID', minId, '*', 'event', body)
      .exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('The event was not stored.');
  }

  async consume(group: string, types: readonly string[], handler: EventHandler): Promise<Consumption> {
    if (this.closed) throw new Error('The event bus is closed.');
    const keys = [...new Set(types)].map(typeStream);
    await whenReady(this.commands, this.timeoutMs);
    for (const key of keys) {
      // From the start of what is kept: a group created after events were published still gets them.
      await this.commands.xgroup('CREATE', key, group, '0', 'MKSTREAM').catch((error: Error) => {
        if (!error.message.includes('BUSYGROUP')) throw error;
      });
    }
    const consumer = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    const reader = this.connect(`${group}-consumer`, this.timeoutMs + BLOCK_MS);
    const state = { stopped: false };
    const loop = this.consumeLoop(group, consumer, keys, handler, reader, state);
    this.loops.add(loop);
    return {
      stop: async () => {
        state.stopped = true;
        await loop;
        this.loops.delete(loop);
        await this.quit(reader);
      },
    };
  }

  async follow(tenantId: string, options: FollowOptions): Promise<Following> {
    if (this.closed) throw new Error('The event bus is closed.');
    await whenReady(this.commands, this.timeoutMs);
    const key = tenantStream(tenantId);
    if (options.after !== null && (await this.isExpired(key, options.after))) {
      setImmediate(() => options.onEnd?.('EXPIRED'));
      return { stop: () => undefined };
    }
    let tail = this.tails.get(tenantId);
    if (!tail) {
      const last = (await this.commands.xrevrange(key, '+', '-', 'COUNT', 1)) as StreamEntry[];
      tail = this.tails.get(tenantId) ?? { position: last[0]?.[0] ?? '0-0', followers: new Set() };
      this.tails.set(tenantId, tail);
    }
    const follower: RedisFollower = {
      position: options.after ?? tail.position,
      options,
      stopped: false,
      held: options.after !== null && comparePositions(options.after, tail.position) < 0 ? [] : null,
    };
    tail.followers.add(follower);
    this.ensureTailReader();
    if (follower.held) void this.work.track(this.catchUp(key, follower));
    return {
      stop: () => {
        follower.stopped = true;
        const current = this.tails.get(tenantId);
        current?.followers.delete(follower);
        if (current && current.followers.size === 0) this.tails.delete(tenantId);
      },
    };
  }

  idle(): Promise<void> {
    return this.work.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const tail of this.tails.values())
      for (const follower of tail.followers) {
        follower.stopped = true;
        follower.options.onEnd?.('CLOSED');
      }
    this.tails.clear();
    await Promise.all([...this.loops]);
    await Promise.all([...this.connections].map((client) => this.quit(client)));
  }

  private async consumeLoop(
    group: string,
    consumer: string,
    keys: string[],
    handler: EventHandler,
    reader: Redis,
    state: { stopped: boolean },
  ): Promise<void> {
    let lastReclaim = 0;
    while (!state.stopped && !this.closed) {
      try {
        await whenReady(reader, this.timeoutMs);
        if (Date.now() - lastReclaim >= this.reclaimIntervalMs) {
          lastReclaim = Date.now();
          for (const key of keys) await this.reclaim(group, consumer, key, handler, state);
        }
        const read = (await reader.xreadgroup(
          'GROUP',
          group,
          consumer,
          'COUNT',
          READ_COUNT,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...keys,
          ...keys.map(() => '>'),
        )) as StreamRead;
        for (const [key, entries] of read ?? []) {
          for (const [id, fields] of entries) {
            if (state.stopped) break;
            await this.work.track(this.handleEntry(group, key, id, fields, handler, 1));
          }
        }
      } catch (error) {
        if (state.stopped || this.closed) return;
        this.logger.warn({ err: error, group }, 'event consumer cannot read from Redis; retrying');
        await pause(1_000);
      }
    }
  }

  /** Takes over events delivered to some consumer but not acknowledged for `reclaimIdleMs`. */
  private async reclaim(
    group: string,
    consumer: string,
    key: string,
    handler: EventHandler,
    state: { stopped: boolean },
  ): Promise<void> {
    const pending = (await this.commands.xpending(
      key,
      group,
      'IDLE',
      this.reclaimIdleMs,
      '-',
      '+',
      READ_COUNT,
    )) as Array<[id: string, owner: string, idleMs: number, deliveries: number]>;
    if (pending.length === 0) return;
    const deliveries = new Map(pending.map(([id, , , count]) => [id, count]));
    const claimed = (await this.commands.xclaim(
      key,
      group,
      consumer,
      this.reclaimIdleMs,
      ...pending.map(([id]) => id),
    )) as StreamEntry[];
    for (const [id, fields] of claimed) {
      if (state.stopped) return;
      await this.work.track(this.handleEntry(group, key, id, fields, handler, (deliveries.get(id) ?? 1) + 1));
    }
  }

  private async handleEntry(
    group: string,
    key: string,
    id: string,
    fields: string[] | null,
    handler: EventHandler,
    delivery: number,
  ): Promise<void> {
    const event = fields ? eventOf(fields) : null;
    if (!event) {
      this.logger.warn({ stream: key, id }, 'dropped a malformed event entry');
      await this.commands.xack(key, group, id);
      return;
    }
    if (await runHandler(handler, event, this.logger, { group, delivery })) {
      await this.commands.xack(key, group, id);
      return;
    }
    if (delivery >= MAX_DELIVERIES) {
      this.logger.error(
        { group, eventId: event.id, eventType: event.type, deliveries: delivery },
        'event moved to the dead stream after repeated handler failures',
      );
      await this.commands
        .multi()
        .xadd(deadStream(group), '*', 'event', JSON.stringify(event), 'stream', key, 'id', id)
        .xack(key, group, id)
        .exec();
    }
  }

  /**
   * Whether events after `after` may have been trimmed away: the stream lost entries and `after` is
   * older than the first one it keeps (or than its last, when it keeps none).
   */
  private async isExpired(key: string, after: string): Promise<boolean> {
    const info = (await this.commands.call('XINFO', 'STREAM', key).catch(() => null)) as unknown[] | null;
    if (!info) return false; // no stream yet: nothing was ever trimmed
    const field = (name: string) => info[info.indexOf(name) + 1];
    const trimmed = Number(field('entries-added')) > Number(field('length'));
    if (!trimmed) return false;
    const first = field('first-entry') as [string, string[]] | null;
    const oldest = first?.[0] ?? String(field('last-generated-id'));
    return comparePositions(after, oldest) < 0;
  }

  /** Reads what the follower missed after its position, then hands it what the shared reader held. */
  private async catchUp(key: string, follower: RedisFollower): Promise<void> {
    try {
      for (;;) {
        const entries = (await this.commands.xrange(
          key,
          `(${follower.position}`,
          '+',
          'COUNT',
          READ_COUNT,
        )) as StreamEntry[];
        for (const [id, fields] of entries) {
          const event = this.loggedOf(id, fields);
          if (event) this.deliverLogged(follower, event);
        }
        if (entries.length < READ_COUNT || follower.stopped) break;
      }
    } catch (error) {
      this.logger.warn({ err: error, stream: key }, 'could not read the events a follower missed');
    } finally {
      const held = follower.held ?? [];
      follower.held = null;
      for (const event of held) this.deliverLogged(follower, event);
    }
  }

  private ensureTailReader(): void {
    if (this.tailReader || this.closed) return;
    const reader = this.connect('tail', this.timeoutMs + BLOCK_MS);
    this.tailReader = reader;
    const loop = this.tailLoop(reader).finally(() => {
      this.loops.delete(loop);
      if (this.tailReader === reader) this.tailReader = null;
      void this.quit(reader);
      // A tenant followed while the loop was ending needs a reader again.
      if (this.tails.size > 0) this.ensureTailReader();
    });
    this.loops.add(loop);
  }

  /** One blocking read over the streams of every followed tenant, from each tenant's last position. */
  private async tailLoop(reader: Redis): Promise<void> {
    while (!this.closed && this.tails.size > 0) {
      const tenants = [...this.tails.entries()];
      try {
        await whenReady(reader, this.timeoutMs);
        const read = (await reader.xread(
          'COUNT',
          READ_COUNT,
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          ...tenants.map(([tenantId]) => tenantStream(tenantId)),
          ...tenants.map(([, tail]) => tail.position),
        )) as StreamRead;
        for (const [key, entries] of read ?? []) {
          const tail = this.tails.get(key.slice(`${PREFIX}tenant:`.length));
          if (!tail) continue;
          for (const [id, fields] of entries) {
            if (comparePositions(id, tail.position) > 0) tail.position = id;
            for (const follower of tail.followers) this.deliver(follower, id, fields);
          }
        }
      } catch (error) {
        if (this.closed) return;
        this.logger.warn({ err: error }, 'event followers cannot read from Redis; retrying');
        await pause(1_000);
      }
    }
  }

  private loggedOf(id: string, fields: string[]): LoggedEvent | null {
    const event = eventOf(fields);
    if (!event) {
      this.logger.warn({ id }, 'dropped a malformed event entry');
      return null;
    }
    return { ...event, position: id };
  }

  private deliver(follower: RedisFollower, id: string, fields: string[]): void {
    const logged = this.loggedOf(id, fields);
    if (!logged) return;
    if (follower.held && !follower.stopped) {
      // Still catching up: keep it for after the backlog, so the follower sees positions in order.
      follower.held.push(logged);
      return;
    }
    this.deliverLogged(follower, logged);
  }

  private deliverLogged(follower: RedisFollower, event: LoggedEvent): void {
    if (follower.stopped || comparePositions(event.position, follower.position) <= 0) return;
    follower.position = event.position;
    try {
      follower.options.onEvent(event);
    } catch (error) {
      this.logger.error({ err: error, eventId: event.id }, 'event follower failed');
    }
  }

  private connect(role: string, commandTimeout: number): Redis {
    // No offline queue and no ioredis-level retries: a command fails fast instead of blocking for
    // 10 s or being replayed later behind the caller's back; the callers own retrying.
    const client = new Redis(this.redisUrl, {
      commandTimeout,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 5_000,
      // ioredis arms this timer even for a socket that is already closed (closing while it
      // reconnects); the 2 s default then keeps a finished process alive for 2 s.
      disconnectTimeout: 200,
      connectionName: `${this.name}-${role}`,
    });
    this.connections.add(client);
    let lastReport = 0;
    client.on('ready', () => {
      lastReport = 0;
    });
    // Without a listener ioredis prints every reconnection error; one line per 30 s is enough.
    client.on('error', (error: Error) => {
      const now = Date.now();
      if (this.closed || now - lastReport < 30_000) return;
      lastReport = now;
      this.logger.warn({ err: error, role }, 'redis connection error');
    });
    return client;
  }

  private async quit(client: Redis): Promise<void> {
    this.connections.delete(client);
    if (client.status === 'end') return;
    if (client.status !== 'ready') {
      client.disconnect();
      return;
    }
    // QUIT lets replies in flight arrive; disconnect if Redis does not answer in time.
    const timer = setTimeout(() => client.disconnect(), this.timeoutMs);
    try {
      await client.quit();
    } catch {
      client.disconnect();
    } finally {
      clearTimeout(timer);
    }
  }
}
