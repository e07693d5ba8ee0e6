import { createSecretKey, hkdfSync, type KeyObject } from 'node:crypto';

/**
 * The HMAC-SHA256 key one subgraph's signed contexts are made and checked with. A KeyObject rather
 * than bytes, so a key that ends up in a log line prints as nothing.
 */
export type ContextKey = KeyObject;

/** Bytes of a derived key (HKDF-SHA256 output, also the HMAC-SHA256 block of security). */
export const CONTEXT_KEY_BYTES = 32;

/**
 * Subgraph `subgraph`'s own key, derived from the master `CONTEXT_SIGNING_SECRET` with HKDF-SHA256
 * (empty salt, info `nexora-context:<name>`, 32 bytes). The gateway holds the master and derives
 * every subgraph's key; a subgraph given only its own key (`CONTEXT_SIGNING_KEY_<NAME>`) cannot
 * sign a context any other subgraph accepts, so a compromised subgraph cannot speak for the gateway
 * to the others.
 */
export function deriveContextKey(masterSecret: string, subgraph: string): ContextKey {
  const key = hkdfSync(
    'sha256',
    masterSecret,
    Buffer.alloc(0),
    `nexora-context:${subgraph}`,
    CONTEXT_KEY_BYTES,
  );
  return createSecretKey(Buffer.from(key));
}

/** The environment variable that hands subgraph `subgraph` its key directly: `CONTEXT_SIGNING_KEY_CRM`. */
export function contextKeyVariable(subgraph: string): string {
  return `CONTEXT_SIGNING_KEY_${subgraph.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** A key as operators write it in `CONTEXT_SIGNING_KEY_<NAME>`: base64url, no padding. */
export function formatContextKey(key: ContextKey): string {
  return key.export().toString('base64url');
}

/** Reads a base64url key of at least 32 bytes; throws an Error saying what is wrong otherwise. */
export function parseContextKey(value: string): ContextKey {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(trimmed))
    throw new Error('must be base64url (the output of `npm run context-keys`)');
  const bytes = Buffer.from(trimmed, 'base64url');
  if (bytes.length < CONTEXT_KEY_BYTES)
    throw new Error(`must decode to at least ${CONTEXT_KEY_BYTES} bytes (it decodes to ${bytes.length})`);
  return createSecretKey(bytes);
}
