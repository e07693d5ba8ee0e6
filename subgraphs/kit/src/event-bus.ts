import { randomUUID } from 'node:crypto';
import { createLogger, type Logger } from './logger';

/** A domain event. `id` lets consumers deduplicate; `tenantId` scopes who may ever see it. */
export interface DomainEvent<P = unknown> {
  id: string;
  type: string;
  tenantId: string;
  occurredAt: string;
  payload: P;
}

/**
 * An event as its tenant's log holds it. `position` orders the tenant's events (`<ms>-<n>`, as Redis
 * stream ids); a follower that passes back the last position it saw resumes right after it.
 */
export interface LoggedEvent<P = unknown> extends DomainEvent<P> {
  position: string;
}

export type EventHandler = (event: DomainEvent) => void | Promise<void>;

/** A durable consumer group's registration; `stop` waits for the event being handled. */
export interface Consumption {
  stop(): Promise<void>;
}

/** Why a follow ended on its own: its resume position is older than what is kept, or the bus closed. */
export type FollowEnd = 'EXPIRED' | 'CLOSED';

export interface FollowOptions {
  /** Resume after this position (exclusive); null follows from now on. */
  after: string | null;
  /** Each event of the tenant after `after`, in order, each once. */
  onEvent(event: LoggedEvent): void;
  /** The follow stopped by itself; no more events come. */
  onEnd?(reason: FollowEnd): void;
}

export interface Following {
  stop(): void;
}

/**
 * Where committed outbox events go. Two ways to read them:
 * - `consume`: durable, at-least-once delivery to a consumer group (one per subgraph), every event of
 *   the given types published since the group first existed, in order per type. A handler that throws
 *   gets the event again later; the group resumes where it stopped after a restart.
 * - `follow`: a tenant's events, in order, from a position (resume) or from now on: what live
 *   subscriptions read. Events are kept for the bus's retention; a resume from an older position ends
 *   with `EXPIRED` rather than silently skipping events.
 */
export interface EventBus {
  /** Appends the event; resolves once it is stored (in-process: once the consumers have had it). */
  publish(event: DomainEvent): Promise<void>;
  /** Resolves once the group is registered: events published from then on reach it. */
  consume(group: string, types: readonly string[], handler: EventHandler): Promise<Consumption>;
  /** Resolves once positioned; the catch-up from `after` may still be arriving. */
  follow(tenantId: string, options: FollowOptions): Promise<Following>;
  /**
   * Resolves once every event this instance has handed to handlers has been handled. Shutdown waits
   * for it between flushing the outbox and stopping the consumers, so no event is dropped halfway.
   */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** Where handler failures and connection problems are reported. */
  logger?: Logger;
  /** How long events stay readable by `follow` (and, in Redis, by consumer groups); default 24 h. */
  retentionMs?: number;
}

export const DEFAULT_EVENT_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * An event not backed by a database write. Events announcing a write go through the outbox
 * (`emitEvent`), which publishes them only after, and always after, the write commits.
 */
export function domainEvent<P>(type: string, tenantId: string, payload: P): DomainEvent<P> {
  return { id: randomUUID(), type, tenantId, occurredAt: new Date().toISOString(), payload };
}

/** An event from the wire (Redis, a client), or null when it is not one: never trust the wire. */
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

const POSITION = /^(\d{1,15})-(\d{1,15})$/;

/** Whether `value` is a log position (`<ms>-<n>`); anything else a client sends is refused. */
export function isEventPosition(value: string): boolean {
  return POSITION.test(value);
}

/** Orders two positions: negative when `a` comes first. */
export function comparePositions(a: string, b: string): number {
  const [aMs = 0, aSeq = 0] = a.split('-').map(Number);
  const [bMs = 0, bSeq = 0] = b.split('-').map(Number);
  return aMs - bMs || aSeq - bSeq;
}

/** Remembers running work so `idle()` can wait for it. */
export class RunningWork {
  private readonly running = new Set<Promise<unknown>>();

  track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    const forget = () => this.running.delete(work);
    work.then(forget, forget);
    return work;
  }

  async idle(): Promise<void> {
    // Work may start more work (a consumer publishing in-process): wait until none is left.
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** Runs a handler, reporting (never throwing) what it throws; resolves whether it succeeded. */
export async function runHandler(
  handler: EventHandler,
  event: DomainEvent,
  logger: Logger,
  context: Record<string, unknown> = {},
): Promise<boolean> {
  try {
    await handler(event);
    return true;
  } catch (error) {
    logger.error(
      { err: error, eventId: event.id, eventType: event.type, ...context },
      'event handler failed',
    );
    return false;
  }
}

interface InProcessGroup {
  name: string;
  types: ReadonlySet<string>;
  handler: EventHandler;
  /** The group's events run one after another, like a stream read by one consumer. */
  queue: Promise<void>;
  stopped: boolean;
}

interface TenantLog {
  events: LoggedEvent[];
  /** The newest position dropped by retention: a resume from before it would miss events. */
  droppedUpTo: string | null;
  followers: Set<InProcessFollower>;
}

interface InProcessFollower {
  position: string;
  options: FollowOptions;
  stopped: boolean;
}

/** Retries of an in-process consumer's failed event, after 0.2, 0.4, 0.8 ... s. */
const IN_PROCESS_RETRIES = 5;

/**
 * All-in-one mode: every service shares one process, so events need no broker; the contract is the
 * same as with Redis. `publish` resolves once every group consuming the event has handled it (or
 * failed and queued a retry), so the outbox marks an event published only when its consumers have
 * had it: a crash before that republishes it at the next start, and the inbox drops the repeat.
 * Followers read a per-tenant log kept for `retentionMs` (and at most `maxEventsPerTenant` events).
 */
export class InProcessEventBus implements EventBus {
  private readonly logger: Logger;
  private readonly retentionMs: number;
  private readonly maxEventsPerTenant: number;
  private readonly groups = new Set<InProcessGroup>();
  private readonly tenants = new Map<string, TenantLog>();
  private readonly work = new RunningWork();
  private lastMs = 0;
  private sequence = 0;
  private closed = false;

  constructor(options: EventBusOptions & { maxEventsPerTenant?: number } = {}) {
    this.logger = options.logger ?? createLogger('event-bus');
    this.retentionMs = options.retentionMs ?? DEFAULT_EVENT_RETENTION_MS;
    this.maxEventsPerTenant = options.maxEventsPerTenant ?? 10_000;
  }

  async publish(event: DomainEvent): Promise<void> {
    if (this.closed) throw new Error('The event bus is closed.');
    // Readers get what a broker would deliver: a JSON copy, never the publisher's object.
    const logged: LoggedEvent = {
      ...(JSON.parse(JSON.stringify(event)) as DomainEvent),
      position: this.next(),
    };
    this.append(logged);
    const handled = [...this.groups]
      .filter((group) => group.types.has(logged.type))
      .map((group) => this.enqueue(group, logged));
    // Publishers never run handlers inline: handlers start on a later tick.
    await this.work.track(Promise.all(handled));
  }

  async consume(group: string, types: readonly string[], handler: EventHandler): Promise<Consumption> {
    if (this.closed) throw new Error('The event bus is closed.');
    const registered: InProcessGroup = {
      name: group,
      types: new Set(types),
      handler,
      queue: Promise.resolve(),
      stopped: false,
    };
    this.groups.add(registered);
    return {
      stop: async () => {
        registered.stopped = true;
        this.groups.delete(registered);
        await registered.queue;
      },
    };
  }

  async follow(tenantId: string, options: FollowOptions): Promise<Following> {
    if (this.closed) throw new Error('The event bus is closed.');
    const log = this.logOf(tenantId);
    this.trim(log);
    const after = options.after;
    // Like Redis: a position no longer kept is expired, even when nothing after it was dropped.
    if (after !== null && log.droppedUpTo && comparePositions(after, log.droppedUpTo) <= 0) {
      setImmediate(() => options.onEnd?.('EXPIRED'));
      return { stop: () => undefined };
    }
    const follower: InProcessFollower = {
      position: after ?? log.events.at(-1)?.position ?? '0-0',
      options,
      stopped: false,
    };
    const backlog = log.events.filter((event) => comparePositions(event.position, follower.position) > 0);
    log.followers.add(follower);
    setImmediate(() => backlog.forEach((event) => this.deliverTo(follower, event)));
    return {
      stop: () => {
        follower.stopped = true;
        log.followers.delete(follower);
      },
    };
  }

  idle(): Promise<void> {
    return this.work.idle();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const group of this.groups) group.stopped = true;
    this.groups.clear();
    for (const log of this.tenants.values()) {
      for (const follower of log.followers) {
        follower.stopped = true;
        follower.options.onEnd?.('CLOSED');
      }
      log.followers.clear();
    }
  }

  private next(): string {
    const now = Date.now();
    if (now > this.lastMs) {
      this.lastMs = now;
      this.sequence = 0;
    } else this.sequence += 1;
    return `${this.lastMs}-${this.sequence}`;
  }

  private logOf(tenantId: string): TenantLog {
    let log = this.tenants.get(tenantId);
    if (!log) {
      log = { events: [], droppedUpTo: null, followers: new Set() };
      this.tenants.set(tenantId, log);
    }
    return log;
  }

  private append(event: LoggedEvent): void {
    const log = this.logOf(event.tenantId);
    log.events.push(event);
    this.trim(log);
    for (const follower of [...log.followers]) setImmediate(() => this.deliverTo(follower, event));
  }

  private trim(log: TenantLog): void {
    const cutoff = Date.now() - this.retentionMs;
    let drop = 0;
    while (
      drop < log.events.length &&
      (log.events.length - drop > this.maxEventsPerTenant ||
        Number(log.events[drop].position.split('-')[0]) < cutoff)
    )
      drop += 1;
    if (drop === 0) return;
    log.droppedUpTo = log.events[drop - 1].position;
    log.events.splice(0, drop);
  }

  private deliverTo(follower: InProcessFollower, event: LoggedEvent): void {
    if (follower.stopped || comparePositions(event.position, follower.position) <= 0) return;
    follower.position = event.position;
    try {
      follower.options.onEvent(event);
    } catch (error) {
      this.logger.error({ err: error, eventId: event.id }, 'event follower failed');
    }
  }

  private enqueue(group: InProcessGroup, event: DomainEvent): Promise<void> {
    const first = group.queue
      .then(() => new Promise<void>((resolve) => setImmediate(resolve)))
      .then(async () => {
        if (group.stopped) return;
        if (!(await runHandler(group.handler, event, this.logger, { group: group.name })))
          this.retryLater(group, event, 1);
      });
    group.queue = first;
    return first;
  }

  private retryLater(group: InProcessGroup, event: DomainEvent, attempt: number): void {
    if (attempt > IN_PROCESS_RETRIES) {
      this.logger.error(
        { eventId: event.id, eventType: event.type },
        'event dropped after repeated handler failures',
      );
      return;
    }
    const timer = setTimeout(
      () => {
        if (group.stopped || this.closed) return;
        group.queue = group.queue.then(async () => {
          if (!group.stopped && !(await runHandler(group.handler, event, this.logger, { group: group.name })))
            this.retryLater(group, event, attempt + 1);
        });
        void this.work.track(group.queue);
      },
      100 * 2 ** attempt,
    );
    timer.unref();
  }
}
