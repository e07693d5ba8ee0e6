/** A response as the client received it, kept to be sent again to a retry. */
export interface StoredResponse {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

/** What a request with an idempotency key may do. */
export type IdempotencyClaim =
  /** The first with this key: run the operation, then `complete` (kept) or `release` (not kept). */
  | { kind: 'run'; complete(response: StoredResponse): Promise<void>; release(): Promise<void> }
  /** An earlier request with this key and this body finished: send its response. */
  | { kind: 'replay'; response: StoredResponse }
  /** The key was used for another operation or other variables. */
  | { kind: 'reused' }
  /** The first request is still running after the wait. */
  | { kind: 'busy' };

/**
 * Where idempotency records live: one per scoped key (tenant, caller, key), holding the body's
 * fingerprint and, once done, the response. Concurrent claims of one key wait (at most `waitMs`)
 * for the first to complete or release; a released key is claimed again by one of them.
 */
export interface IdempotencyStore {
  claim(scopedKey: string, fingerprint: string, waitMs: number): Promise<IdempotencyClaim>;
  close(): Promise<void>;
}
