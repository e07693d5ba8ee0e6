import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { createLogger, type Logger } from './logger';

/** A domain event. `id` lets consumers deduplicate; `tenantId` scopes who may ever see it. */
export interface DomainEvent<P = unknown> {
  id: string;
  type: string;
  tenantId: string;
  occurredAt: string;
  payload: P;
}

export type EventHandler = (event: DomainEvent) => void | Promise<void>;

export interface EventBus {
  publish(event: DomainEvent): Promise<void>;
  subscribe(type: string, handler: EventHandler): () => void;
  /** Resolves once every subscription made so far receives events (Redis confirms them later). */
  ready(): Promise<void>;
  /**
   * Resolves once every event this instance has accepted for delivery (published in-process, or
   * received from Redis) has reached its handlers and they have settled. Shutdown waits for it
   * between flushing the outbox and unsubscribing the consumers, so no event is dropped halfway.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** Where handler failures and connection problems are reported. */
  logger?: Logger;
}

/**
 * An event not backed by a database write. Events announcing a write go through the outbox
 * (`emitEvent`), which publishes them only after, and always after, the write commits.
 */
export function domainEvent<P>(type: string, tenantId: string, payload: P): DomainEvent<P> {
  return { id: randomUUID(), type, tenantId, occurredAt: new Date().toISOString(), payload };
}

/**
 * Runs handlers detached from the publisher (a failure is logged, never thrown or left unhandled)
 * and remembers the deliveries still running, for `idle()`.
 */
class Deliveries {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  /** `handlers` is called later, on its own tick; it returns the handlers to run at that moment. */
  deliver(event: DomainEvent, handlers: () => readonly EventHandler[], later: boolean): void {
    const start = later ? new Promise<void>((resolve) => setImmediate(resolve)) : Promise.resolve();
    const delivery = start
      .then(() => Promise.all(handlers().map((handler) => this.run(handler, event))))
      .then(() => undefined)
      .finally(() => this.running.delete(delivery));
    this.running.add(delivery);
  }

  async idle(): Promise<void> {
    // A delivery may publish (a consumer emitting in-process), which adds to the set.
    while (this.running.size > 0) await Promise.all([...this.running]);
  }

  private async run(handler: EventHandler, event: DomainEvent): Promise<void> {
    try {
      await handler(event);
    } catch (error) {
      this.logger.error({ err: error, eventId: event.id, eventType: event.type }, 'event handler failed');
    }
  }
}

/** All-in-one mode: every service shares one process, so events need no broker. */
export class InProcessEventBus implements EventBus {
  private readonly handlers = new Map<string, Set<EventHandler>>();
  private readonly deliveries: Deliveries;

  constructor(options: EventBusOptions = {}) {
    this.deliveries = new Deliveries(options.logger ?? createLogger('event-bus'));
  }

  async publish(event: DomainEvent): Promise<void> {
    // Handlers get what a broker would deliver: a JSON copy, never the publisher's object.
    const delivered = JSON.parse(JSON.stringify(event)) as DomainEvent;
    // Deliver on a later tick, like a broker would: publishers never run handlers inline. The
    // handlers are those subscribed at delivery time.
    this.deliveries.deliver(delivered, () => [...(this.handlers.get(delivered.type) ?? [])], true);
  }

  subscribe(type: string, handler: EventHandler): () => void {
    // A wrapper per subscription: the same function subscribed twice is delivered to twice.
    const subscription: EventHandler = (event) => handler(event);
    let handlers = this.handlers.get(type);
    if (!handlers) this.handlers.set(type, (handlers = new Set()));
    handlers.add(subscription);
    return () => {
      handlers.delete(subscription);
      if (handlers.size === 0 && this.handlers.get(type) === handlers) this.handlers.delete(type);
    };
  }

  async ready(): Promise<void> {}

  idle(): Promise<void> {
    return this.deliveries.idle();
  }

  async close(): Promise<void> {
    this.handlers.clear();
  }
}

const CHANNEL_PREFIX = 'nexora:events:';

export interface RedisEventBusOptions extends EventBusOptions {
  /** Time limit for waiting for a (re)connection and for each command; a publish fails after that. */
  commandTimeoutMs?: number;
  /** Prefix of the two connections' names in Redis `CLIENT LIST` (`-pub`, `-sub` appended). */
  connectionName?: string;
}

/** A message from Redis as a DomainEvent, or null when it is not one (never trust the wire). */
export function parseDomainEvent(message: string): DomainEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const event = value as Record<string, unknown>;
  const strings = ['id', 'type', 'tenantId', 'occurredAt'].every((key) => typeof event[key] === 'string');
  return strings && 'payload' in event ? (event as unknown as DomainEvent) : null;
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

/**
 * Services mode: events travel over Redis pub/sub, one channel per event type. Pub/sub delivers to
 * the subscribers connected at that moment only; the outbox guarantees publication, not that an
 * offline consumer catches up (that would need Redis Streams with consumer groups).
 *
 * Failure behaviour: a publish fails within `commandTimeoutMs` when Redis is down (the outbox relay
 * retries); subscriptions are re-established after every reconnection, including ones first asked
 * for while Redis was down; malformed messages and failing handlers are logged, never thrown.
 */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<EventHandler>>();
  /** The latest SUBSCRIBE attempt per channel, what `ready()` waits for. */
  private readonly subscriptions = new Map<string, Promise<void>>();
  private readonly logger: Logger;
  private readonly deliveries: Deliveries;
  private readonly timeoutMs: number;
  private closed = false;

  constructor(redisUrl: string, options: RedisEventBusOptions = {}) {
    this.logger = options.logger ?? createLogger('event-bus');
    this.deliveries = new Deliveries(this.logger);
    this.timeoutMs = options.commandTimeoutMs ?? 2_000;
    // No offline queue and no ioredis-level retries: a command fails fast instead of blocking for
    // 10 s or being replayed later behind the caller's back; the outbox relay owns retrying.
    const connection = {
      commandTimeout: this.timeoutMs,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 5_000,
      // ioredis arms this timer even for a socket that is already closed (closing while it
      // reconnects); the 2 s default then keeps a finished process alive for 2 s.
      disconnectTimeout: 200,
    };
    const name = options.connectionName ?? 'nexora-events';
    this.publisher = new Redis(redisUrl, { ...connection, connectionName: `${name}-pub` });
    // ioredis re-subscribes only channels Redis had confirmed; this bus does it for all of them.
    this.subscriber = new Redis(redisUrl, {
      ...connection,
      autoResubscribe: false,
      connectionName: `${name}-sub`,
    });
    this.reportErrors(this.publisher, 'publisher');
    this.reportErrors(this.subscriber, 'subscriber');
    this.subscriber.on('ready', () => {
      for (const type of this.handlers.keys()) this.subscribeChannel(CHANNEL_PREFIX + type);
    });
    this.subscriber.on('message', (channel: string, message: string) => this.dispatch(channel, message));
  }

  async publish(event: DomainEvent): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed.');
    await whenReady(this.publisher, this.timeoutMs);
    await this.publisher.publish(CHANNEL_PREFIX + event.type, JSON.stringify(event));
  }

  subscribe(type: string, handler: EventHandler): () => void {
    if (this.closed) throw new Error('The event bus is closed.');
    let handlers = this.handlers.get(type);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(type, handlers);
      this.subscribeChannel(CHANNEL_PREFIX + type);
    }
    handlers.add(handler);
    return () => {
      const current = this.handlers.get(type);
      if (!current?.delete(handler) || current.size > 0) return;
      this.handlers.delete(type);
      this.subscriptions.delete(CHANNEL_PREFIX + type);
      if (this.subscriber.status === 'ready') {
        this.subscriber.unsubscribe(CHANNEL_PREFIX + type).catch(() => undefined);
      }
    };
  }

  /** Rejects if a subscription could not be made (Redis down); it is retried on reconnection. */
  async ready(): Promise<void> {
    await Promise.all(this.subscriptions.values());
  }

  idle(): Promise<void> {
    return this.deliveries.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.handlers.clear();
    this.subscriptions.clear();
    await Promise.all([this.publisher, this.subscriber].map((client) => this.quit(client)));
  }

  private subscribeChannel(channel: string): void {
    const attempt = whenReady(this.subscriber, this.timeoutMs).then(async () => {
      await this.subscriber.subscribe(channel);
    });
    // Not left unhandled (that would crash the process); the next 'ready' tries again.
    attempt.catch((error: unknown) => {
      if (!this.closed) this.logger.warn({ err: error, channel }, 'redis subscribe failed; will retry');
    });
    this.subscriptions.set(channel, attempt);
  }

  private dispatch(channel: string, message: string): void {
    if (!channel.startsWith(CHANNEL_PREFIX)) return;
    const handlers = this.handlers.get(channel.slice(CHANNEL_PREFIX.length));
    if (!handlers || handlers.size === 0) return;
    const event = parseDomainEvent(message);
    if (!event) {
      this.logger.warn({ channel, bytes: message.length }, 'dropped a malformed event message');
      return;
    }
    const current = [...handlers];
    this.deliveries.deliver(event, () => current, false);
  }

  private reportErrors(client: Redis, role: string): void {
    let lastReport = 0;
    // A new outage is worth reporting at once, however recently the previous one was.
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
  }

  private async quit(client: Redis): Promise<void> {
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
