import { calculateJwkThumbprint, decodeProtectedHeader, exportJWK, generateKeyPair } from 'jose';
import { ConfigError, countRows, type RunningSubgraph } from '@nexora/kit';
import { loadIdentityConfig } from '../src/identity-config';
import { loadSigningKey } from '../src/modules/signing-key/signing-key.service';
import { jwksUrl, signUpFresh, startIdentity, verifyAccessToken } from './identity-harness';

describe('identity configuration', () => {
  it('defaults to the contract values', () => {
    expect(loadIdentityConfig({})).toMatchObject({
      JWT_ISSUER: 'nexora-identity',
      JWT_AUDIENCE: 'nexora-api',
      ACCESS_TOKEN_TTL_SECONDS: 900,
      REFRESH_TOKEN_TTL_DAYS: 30,
    });
  });

  it('refuses access tokens longer than 15 minutes and keys that cannot sign ES256, naming each variable', () => {
    let problems: string[] = [];
    try {
      loadIdentityConfig({
        ACCESS_TOKEN_TTL_SECONDS: '901',
        JWT_PRIVATE_JWK: '{"kty":"RSA","n":"x","e":"AQAB"}',
      });
    } catch (error) {
      if (error instanceof ConfigError) problems = error.problems;
    }
    expect(problems.some((problem) => problem.startsWith('ACCESS_TOKEN_TTL_SECONDS'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('JWT_PRIVATE_JWK'))).toBe(true);
  });
});

describe('signing keys', () => {
  let identity: RunningSubgraph;
  let envKid: string;
  const saved = process.env.JWT_PRIVATE_JWK;

  beforeAll(async () => {
    // A key from the environment takes precedence over the one persisted in the database.
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    envKid = await calculateJwkThumbprint(await exportJWK(publicKey));
    process.env.JWT_PRIVATE_JWK = JSON.stringify(await exportJWK(privateKey));
    identity = await startIdentity();
  });

  afterAll(async () => {
    if (saved === undefined) delete process.env.JWT_PRIVATE_JWK;
    else process.env.JWT_PRIVATE_JWK = saved;
    await identity.stop();
  });

  it('sign with JWT_PRIVATE_JWK when set, and the JWKS lists only its public half', async () => {
    const keySet = (await (await fetch(jwksUrl(identity))).json()) as {
      keys: Array<Record<string, unknown>>;
    };
    expect(keySet.keys).toHaveLength(1);
    expect(keySet.keys[0]).toMatchObject({ kid: envKid, kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(keySet.keys[0]).not.toHaveProperty('d');

    const session = await signUpFresh(identity, 'envkey');
    expect(decodeProtectedHeader(session.accessToken).kid).toBe(envKid);
    expect((await verifyAccessToken(identity, session.accessToken)).sub).toBe(session.user.id);
  });

  it('otherwise persist one generated key pair (private key as JWK) and reuse it on every start', async () => {
    const config = loadIdentityConfig({});
    const first = await loadSigningKey(identity.dataSource, config);
    const second = await loadSigningKey(identity.dataSource, config);
    expect(first.source).toBe('database');
    expect(second.kid).toBe(first.kid);
    expect(
      await countRows(
        `select 1 from identity.signing_keys where kid = $1 and private_jwk ? 'd' and not public_jwk ? 'd'`,
        [first.kid],
      ),
    ).toBe(1);
  });

  it('only answer GET on the JWKS route', async () => {
    const response = await fetch(jwksUrl(identity), { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
