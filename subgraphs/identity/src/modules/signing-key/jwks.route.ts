import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, type SubgraphRuntime } from '@nexora/kit';
import { identityRuntime } from '../../identity-runtime';
import { publishedKeySet } from './signing-key.service';

export const JWKS_PATH = '/.well-known/jwks.json';

/** GET /.well-known/jwks.json: public keys for verifying access tokens (gateway: createRemoteJWKSet). */
export function jwksRoute(runtime: SubgraphRuntime) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'Method not allowed' }, { allow: 'GET, HEAD' });
      return;
    }
    const keySet = await publishedKeySet(runtime.dataSource, identityRuntime().signingKey);
    // Short enough that a newly added key is picked up well within an access token's lifetime.
    sendJson(res, 200, keySet, { 'cache-control': 'public, max-age=300' });
  };
}
