import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestRejectedError, type ErrorCode } from '@nexora/kit';
import { clientAddressOf } from '../client-address';
import type { GatewayContext, RequestLogRecord } from '../gateway-context';
import { callerFromApiKey } from '../request-caller';
import type { ApiKeyVerifier } from './api-key-verifier';
import { KeyCheckUnavailableError } from './identity-key-check';

/** What every partner key starts with (identity's `API_KEY_PREFIX`). */
const API_KEY_PREFIX = 'nxk_';
const CHALLENGE = 'Bearer realm="nexora-partner-graph"';
const HOW_TO_SEND = 'send it as `Authorization: Bearer nxk_…` or `X-Api-Key: nxk_…`';

export interface ApiKeyCallerResolution {
  apiKeys: ApiKeyVerifier;
  trustedProxyCount: number;
}

function refusal(code: ErrorCode, message: string, challenge = CHALLENGE): RequestRejectedError {
  return new RequestRejectedError(code, message, { headers: { 'www-authenticate': challenge } });
}

const invalidToken = `${CHALLENGE}, error="invalid_token"`;

/**
 * The API key a request presents, from `Authorization: Bearer` or `X-Api-Key`. Anything else in
 * `Authorization` (a user's access token, Basic credentials) is refused: the partner graph acts for
 * keys only, and a user token there would be a user's session reaching a surface built for machines.
 */
export function presentedApiKey(headers: IncomingMessage['headers']): string {
  const authorization = headers.authorization;
  const apiKeyHeader = headers['x-api-key'];
  let fromAuthorization: string | null = null;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match || !match[1].startsWith(API_KEY_PREFIX)) {
      throw refusal(
        'API_KEY_REQUIRED',
        `The partner graph accepts API keys only, not user access tokens or other credentials: ${HOW_TO_SEND}. Signed-in users call /graphql.`,
      );
    }
    fromAuthorization = match[1];
  }
  if (Array.isArray(apiKeyHeader))
    throw refusal('API_KEY_INVALID', 'Send one X-Api-Key header.', invalidToken);
  const fromHeader = apiKeyHeader?.trim() || null;
  if (fromAuthorization && fromHeader && fromAuthorization !== fromHeader) {
    throw refusal('API_KEY_INVALID', 'Two different API keys were sent; send one.', invalidToken);
  }
  const key = fromAuthorization ?? fromHeader;
  if (!key) throw refusal('API_KEY_REQUIRED', `The partner graph needs an API key: ${HOW_TO_SEND}.`);
  return key;
}

const REFUSALS: Record<'INVALID' | 'REVOKED' | 'EXPIRED', { code: ErrorCode; message: string }> = {
  INVALID: { code: 'API_KEY_INVALID', message: 'This API key is not valid; check that it was copied whole.' },
  REVOKED: {
    code: 'API_KEY_REVOKED',
    message: 'This API key has been revoked; ask an admin of the tenant for a new one.',
  },
  EXPIRED: {
    code: 'API_KEY_EXPIRED',
    message: 'This API key has expired; ask an admin of the tenant for a new one.',
  },
};

/**
 * The partner graph's step 1 and 2: verify the presented API key (identity, cached briefly) and turn
 * it into the caller every subgraph receives, signed: the key's tenant, no user, the key's scopes as
 * its permissions, and its id and limits for the rate limiter. Every refusal is a 401 with a code.
 */
export async function resolveApiKeyCaller(
  req: IncomingMessage,
  _res: ServerResponse,
  log: RequestLogRecord,
  { apiKeys, trustedProxyCount }: ApiKeyCallerResolution,
): Promise<GatewayContext> {
  const clientAddress = clientAddressOf(req, trustedProxyCount);
  try {
    const presented = presentedApiKey(req.headers);
    let verdict;
    try {
      verdict = await apiKeys.verify(presented, log.requestId, clientAddress);
    } catch (error) {
      if (!(error instanceof KeyCheckUnavailableError)) throw error;
      throw new RequestRejectedError(
        'SUBGRAPH_UNAVAILABLE',
        'API keys cannot be checked right now; try again shortly.',
        { headers: { 'retry-after': '1' } },
      );
    }
    if (!verdict.accepted) {
      const { code, message } = REFUSALS[verdict.outcome];
      throw refusal(code, message, invalidToken);
    }
    log.tenantId = verdict.key.tenantId;
    return { caller: callerFromApiKey(verdict.key, log.requestId, clientAddress), log };
  } catch (error) {
    if (error instanceof RequestRejectedError) log.errorCodes.push(error.code);
    throw error;
  }
}
