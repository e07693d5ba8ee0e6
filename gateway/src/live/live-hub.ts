import type { EventBus, Following, LoggedEvent, Logger } from '@nexora/kit';
import { type ExecutionResult, valueFromASTUntyped } from 'graphql';
import type { LivePlan } from './live-planner';
import type { LiveCaller, LiveResolver } from './live-resolver';

/** Messages one subscriber may have waiting; a client slower than that is dropped (`onSlow`). */
export const DEFAULT_MAX_QUEUED = 200;

export interface LiveSubscribeOptions {
  plan: LivePlan;
  source: string;
  variables: Record<string, unknown>;
  caller: LiveCaller;
  /** Resume after this event position (exclusive); null starts from now. */
  after: string | null;
  /** The subscriber fell `maxQueued` messages behind: its transport drops it with a code. */
  onSlow(): void;
}

export interface LiveSubscription extends AsyncIterableIterator<ExecutionResult> {
  close(): void;
}

/**
 * One subscriber's queue and its async iterator, in one object (methods on the prototype: a
 * thousand subscribers cost a thousand small objects, not a thousand sets of closures).
 */
class Subscriber implements LiveSubscription {
  queue: ExecutionResult[] = [];
  waiting: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  done = false;
  group: Group | null = null;

  constructor(
    readonly hub: LiveHub,
    readonly onSlow: () => void,
  ) {}

  next(): Promise<IteratorResult<ExecutionResult>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    this.close();
    throw error;
  }

  close(): void {
    if (this.group) this.hub.leave(this.group, this);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** Subscribers that share one resolution per event: same tenant, permissions, document, variables. */
interface Group {
  key: string;
  options: LiveSubscribeOptions;
  subscribers: Set<Subscriber>;
  following: Following | null;
  /** Events resolve one after another, so every subscriber sees them in order. */
  queue: Promise<void>;
}

/** The payload of an event matches the root field's arguments (see `@liveEvents`). */
export function eventMatches(
  plan: LivePlan,
  event: LoggedEvent,
  variables: Record<string, unknown>,
): boolean {
  if (!plan.field.eventTypes.includes(event.type)) return false;
  const payload = (event.payload ?? {}) as Record<string, unknown>;
  for (const argument of plan.fieldArguments ?? []) {
    const wanted = valueFromASTUntyped(argument.value, variables);
    if (wanted === null || wanted === undefined) continue;
    // Scalars compare equal; a list on either side (a payload may name several values) must share one.
    const wantedValues: unknown[] = Array.isArray(wanted) ? wanted : [wanted];
    const actual = payload[argument.name.value];
    const actualValues: unknown[] = Array.isArray(actual) ? actual : [actual];
    if (!wantedValues.some((value) => actualValues.includes(value))) return false;
  }
  return true;
}

/**
 * Serves subscriptions from the event bus. Subscribers asking the same thing as the same kind of
 * caller (tenant, permissions, document, variables) share one group, so each event is resolved
 * once however many dashboards watch it; each group follows its tenant's events only, so no other
 * tenant's event ever reaches it. A subscriber resuming from a position gets its own group (its
 * backlog is its own). Every message carries the event's position in `extensions.eventId`, the value
 * to resume from.
 */
export class LiveHub {
  private readonly groups = new Map<string, Group>();
  private resumed = 0;

  constructor(
    private readonly events: EventBus,
    private readonly resolver: LiveResolver,
    private readonly logger: Logger,
    private readonly maxQueued = DEFAULT_MAX_QUEUED,
  ) {}

  /** Groups being served and their subscribers, for tests and metrics. */
  stats(): { groups: number; subscribers: number } {
    let subscribers = 0;
    for (const group of this.groups.values()) subscribers += group.subscribers.size;
    return { groups: this.groups.size, subscribers };
  }

  async subscribe(options: LiveSubscribeOptions): Promise<LiveSubscription> {
    const { caller } = options;
    const key =
      options.after === null
        ? JSON.stringify([
            caller.tenantId,
            [...caller.permissions].sort(),
            options.plan.operationName,
            options.source,
            options.variables,
          ])
        : `resume:${++this.resumed}`;
    let group = this.groups.get(key);
    const subscriber = new Subscriber(this, options.onSlow);
    if (!group) {
      group = { key, options, subscribers: new Set([subscriber]), following: null, queue: Promise.resolve() };
      this.groups.set(key, group);
      const created = group;
      try {
        created.following = await this.events.follow(caller.tenantId as string, {
          after: options.after,
          onEvent: (event) => this.onEvent(created, event),
          onEnd: (reason) =>
            this.endGroup(created, {
              errors: [
                {
                  message:
                    reason === 'EXPIRED'
                      ? 'The events after the given id are no longer kept; subscribe again without it and reload.'
                      : 'The event stream closed; subscribe again.',
                  extensions: { code: reason === 'EXPIRED' ? 'EVENTS_EXPIRED' : 'SUBSCRIPTION_CLOSED' },
                },
              ] as unknown as ExecutionResult['errors'],
            }),
        });
      } catch (error) {
        this.groups.delete(key);
        throw error;
      }
    } else group.subscribers.add(subscriber);
    subscriber.group = group;
    return subscriber;
  }

  /** Ends every subscription (gateway shutdown). */
  closeAll(): void {
    for (const group of [...this.groups.values()]) this.endGroup(group, null);
  }

  private onEvent(group: Group, event: LoggedEvent): void {
    const { plan, variables, caller, source } = group.options;
    if (!eventMatches(plan, event, variables)) return;
    const entityId = (event.payload as { id?: unknown } | null)?.id;
    if (typeof entityId !== 'string') return;
    group.queue = group.queue.then(async () => {
      if (group.subscribers.size === 0) return;
      let result: ExecutionResult | null;
      try {
        result = await this.resolver.resolve(plan, entityId, caller, variables, source);
      } catch (error) {
        this.logger.error({ err: error, eventId: event.id }, 'live: could not resolve an event');
        result = {
          errors: [
            { message: 'This update could not be resolved.', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          ] as unknown as ExecutionResult['errors'],
        };
      }
      if (!result) return;
      const message: ExecutionResult = {
        ...result,
        extensions: { ...result.extensions, eventId: event.position },
      };
      for (const subscriber of group.subscribers) this.push(group, subscriber, message);
    });
  }

  private push(group: Group, subscriber: Subscriber, message: ExecutionResult): void {
    if (subscriber.done) return;
    if (subscriber.waiting) {
      const resolve = subscriber.waiting;
      subscriber.waiting = null;
      resolve({ value: message, done: false });
      return;
    }
    if (subscriber.queue.length >= this.maxQueued) {
      this.leave(group, subscriber);
      subscriber.onSlow();
      return;
    }
    subscriber.queue.push(message);
  }

  private endGroup(group: Group, last: ExecutionResult | null): void {
    for (const subscriber of [...group.subscribers]) {
      if (last) this.push(group, subscriber, last);
      subscriber.done = true;
      if (subscriber.waiting && subscriber.queue.length === 0) {
        subscriber.waiting({ value: undefined, done: true });
        subscriber.waiting = null;
      }
    }
    group.subscribers.clear();
    this.drop(group);
  }

  /** Takes a subscriber out of its group (its close); the group ends with its last subscriber. */
  leave(group: Group, subscriber: Subscriber): void {
    subscriber.done = true;
    subscriber.queue.length = 0;
    group.subscribers.delete(subscriber);
    if (subscriber.waiting) {
      subscriber.waiting({ value: undefined, done: true });
      subscriber.waiting = null;
    }
    if (group.subscribers.size === 0) this.drop(group);
  }

  private drop(group: Group): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
    group.following?.stop();
    group.following = null;
  }
}
