import type { EventBus } from '@nexora/kit';
import type { DataSource } from 'typeorm';
import type { IdentityConfig } from './identity-config';
import type { ActiveSigningKey } from './modules/signing-key/signing-key.service';

/**
 * What the identity resolvers need beyond the request context: settings, the active signing key and
 * the data source (for start-up work such as the signing key; requests use ctx.db / ctx.autonomous).
 * Set once by the module's `onStart`; a process runs one identity subgraph.
 */
export interface IdentityRuntime {
  config: IdentityConfig;
  dataSource: DataSource;
  signingKey: ActiveSigningKey;
  /** The subgraph's event bus, for announcements that must not wait for the outbox relay (key revocations). */
  events: EventBus;
}

let current: IdentityRuntime | null = null;

export function setIdentityRuntime(runtime: IdentityRuntime): void {
  current = runtime;
}

export function identityRuntime(): IdentityRuntime {
  if (!current) throw new Error('The identity subgraph has not been started (onStart did not run).');
  return current;
}
