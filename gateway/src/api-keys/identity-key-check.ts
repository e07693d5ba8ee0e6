import { bodyBinding, deriveContextKey, signCallerContext, type ContextKey, type Logger } from '@nexora/kit';
import type { Dispatcher } from 'undici';
import type { SubgraphEndpoint } from '../health';

/** The subgraph that owns API keys and answers `_verifyApiKey` (@inaccessible: not in the API). */
export const API_KEY_SUBGRAPH = 'identity';

const VERIFY_OPERATION = 'VerifyApiKey';
const VERIFY_QUERY = `query ${VERIFY_OPERATION}($key: String!) {
  _verifyApiKey(key: $key) { outcome keyId tenantId scopes requestsPerMinute costPerMinute expiresAt }
}`;

/** Identity's answer is a few hundred bytes; anything much larger is not its answer. */
const MAX_ANSWER_BYTES = 64_000;

export type KeyCheckOutcome = 'VALID' | 'INVALID' | 'REVOKED' | 'EXPIRED';

/** What identity says about a presented key. */
export interface KeyCheck {
  outcome: KeyCheckOutcome;
  keyId: string | null;
  tenantId: string | null;
  scopes: string[];
  requestsPerMinute: number | null;
  costPerMinute: number | null;
  expiresAt: string | null;
}

/** Identity could not say (down, timed out, answered something else): the request is refused, never let in. */
export class KeyCheckUnavailableError extends Error {
  override readonly name = 'KeyCheckUnavailableError';
}

export interface IdentityKeyCheckOptions {
  /** The supergraph's subgraphs and their URLs (filled when the supergraph loads). */
  subgraphs: ReadonlyMap<string, SubgraphEndpoint>;
  /** The master CONTEXT_SIGNING_SECRET; identity's own key is derived from it. */
  signingSecret: string;
  dispatcher: Dispatcher;
  timeoutMs: number;
  logger: Logger;
}

async function readAnswer(body: Dispatcher.ResponseData['body']): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > MAX_ANSWER_BYTES) {
      body.destroy();
      throw new KeyCheckUnavailableError(`identity's key check answered more than ${MAX_ANSWER_BYTES} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Asks identity about a presented key with `_verifyApiKey`, over the same keep-alive pool and the
 * same signed context as every subgraph call: signed for identity only, bound to this body, and
 * anonymous (no tenant, no user yet: finding the tenant is the point). Identity also records the
 * key's use. Not part of any client operation, so it does not follow the client's abort: one
 * check may serve several requests presenting the same key.
 */
export function identityKeyCheck(options: IdentityKeyCheckOptions) {
  let key: ContextKey | null = null;
  return async (presented: string, requestId: string, clientAddress: string | null): Promise<KeyCheck> => {
    const endpoint = options.subgraphs.get(API_KEY_SUBGRAPH);
    if (!endpoint) throw new KeyCheckUnavailableError(`the supergraph has no "${API_KEY_SUBGRAPH}" subgraph`);
    key ??= deriveContextKey(options.signingSecret, API_KEY_SUBGRAPH);
    const body = JSON.stringify({
      query: VERIFY_QUERY,
      variables: { key: presented },
      operationName: VERIFY_OPERATION,
    });
    const signed = signCallerContext(
      {
        requestId,
        audience: API_KEY_SUBGRAPH,
        tenantId: null,
        userId: null,
        permissions: [],
        issuedAt: Date.now(),
        operationName: VERIFY_OPERATION,
        clientAddress,
      },
      bodyBinding(body),
      key,
    );
    const target = new URL(endpoint.url);
    let status: number;
    let text: string;
    try {
      const answer = await options.dispatcher.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signed },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      status = answer.statusCode;
      text = await readAnswer(answer.body);
    } catch (error) {
      options.logger.warn({ err: error, requestId }, 'API key check: identity did not answer');
      throw new KeyCheckUnavailableError('identity did not answer the key check', { cause: error });
    }
    let check: KeyCheck | undefined;
    try {
      check = (JSON.parse(text) as { data?: { _verifyApiKey?: KeyCheck } }).data?._verifyApiKey;
    } catch {
      check = undefined;
    }
    if (status !== 200 || !check) {
      options.logger.error(
        { status, body: text.slice(0, 500), requestId },
        'API key check: unexpected answer',
      );
      throw new KeyCheckUnavailableError(`identity answered the key check with HTTP ${status}`);
    }
    return check;
  };
}

export type IdentityKeyCheck = ReturnType<typeof identityKeyCheck>;
