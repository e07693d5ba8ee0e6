import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

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
  close(): Promise<void>;
}

export function domainEvent<P>(type: string, tenantId: string, payload: P): DomainEvent<P> {
  return { id: randomUUID(), type, tenantId, occurredAt: new Date().toISOString(), payload };
}

/** All-in-one mode: every service shares one process, so events need no broker. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  async publish(event: DomainEvent): Promise<void> {
    // Deliver on a later tick, like a broker would: publishers never run handlers inline.
    setImmediate(() => this.emitter.emit(event.type, event));
  }

  subscribe(type: string, handler: EventHandler): () => void {
    const listener = (event: DomainEvent) => void handler(event);
    this.emitter.on(type, listener);
    return () => this.emitter.off(type, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}

const CHANNEL_PREFIX = 'nexora:events:';

/** Services mode: events travel over Redis pub/sub, one channel per event type. */
export class RedisEventBus implements EventBus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, Set<EventHandler>>();

  constructor(redisUrl: string) {
    // Fail fast instead of queueing for 10 s when Redis is down; callers see the error.
    const options = { commandTimeout: 2_000, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
    this.publisher = new Redis(redisUrl, options);
    this.subscriber = new Redis(redisUrl, { ...options, enableOfflineQueue: true });
    this.subscriber.on('message', (channel: string, message: string) => {
      const handlers = this.handlers.get(channel.slice(CHANNEL_PREFIX.length));
      if (!handlers) return;
      const event = JSON.parse(message) as DomainEvent;
      for (const handler of handlers) void handler(event);
    });
  }

  async publish(event: DomainEvent): Promise<void> {
    await this.publisher.publish(CHANNEL_PREFIX + event.type, JSON.stringify(event));
  }

  subscribe(type: string, handler: EventHandler): () => void {
    let handlers = this.handlers.get(type);
    if (!handlers) {
      handlers = new Set();
      this.handlers.set(type, handlers);
      void this.subscriber.subscribe(CHANNEL_PREFIX + type);
    }
    handlers.add(handler);
    return () => handlers.delete(handler);
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
