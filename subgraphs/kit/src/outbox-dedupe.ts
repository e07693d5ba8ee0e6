import type { DomainEvent, EventHandler } from './event-bus';

export interface DedupeOptions {
  /** How many recent event ids to remember. */
  capacity?: number;
}

/**
 * Wraps a handler so an event id it has already handled (or is handling) is dropped: the outbox
 * relay delivers at least once, so the same event can arrive twice (a relay crash between publish
 * and commit, two replicas' retries). The memory is a bounded LRU in this process only: it covers
 * redeliveries that follow closely, not restarts. Consumers whose effects must happen exactly once
 * (writes, e-mails) need a durable processed-events table keyed by event id, written in the same
 * transaction as the effect; that table does not exist yet.
 *
 * A handler that fails forgets the id again, so a redelivery can retry it.
 */
export function dedupeById<P = unknown>(
  handler: (event: DomainEvent<P>) => void | Promise<void>,
  options: DedupeOptions = {},
): EventHandler {
  const capacity = options.capacity ?? 10_000;
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error('capacity must be a positive integer');
  // A Map iterates in insertion order: re-inserting on access makes its first key the least recent.
  const seen = new Map<string, true>();
  const remember = (id: string) => {
    seen.delete(id);
    seen.set(id, true);
    if (seen.size > capacity) seen.delete(seen.keys().next().value as string);
  };
  return async (event) => {
    if (seen.has(event.id)) {
      remember(event.id);
      return;
    }
    remember(event.id);
    try {
      await handler(event as DomainEvent<P>);
    } catch (error) {
      seen.delete(event.id);
      throw error;
    }
  };
}
