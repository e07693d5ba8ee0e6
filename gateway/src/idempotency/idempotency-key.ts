import { RequestRejectedError } from '@nexora/kit';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** Visible ASCII and spaces: what a UUID, a ULID or any client-made token is made of. */
const KEY_CHARACTERS = /^[\x20-\x7e]+$/;

/**
 * The `Idempotency-Key` of a mutation: 1–200 visible ASCII characters. The IETF draft
 * (draft-ietf-httpapi-idempotency-key-header) sends it as a structured-field string, quoted
 * (`Idempotency-Key: "8e03978e-…"`); Stripe-style clients send it bare. Both name the same key.
 */
export function parseIdempotencyKey(header: string): string {
  const trimmed = header.trim();
  const key =
    trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !KEY_CHARACTERS.test(key))
    throw new RequestRejectedError(
      'BAD_USER_INPUT',
      `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters, e.g. a UUID made once per intended operation.`,
      { extensions: { header: 'Idempotency-Key' } },
    );
  return key;
}
