import { randomUUID } from 'node:crypto';
import { generateKeyPair, SignJWT, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { RequestRejectedError } from '@nexora/kit';
import { createTokenVerifier, type TokenVerifierOptions } from './verify-token';

const ISSUER = 'nexora-identity';
const AUDIENCE = 'nexora-api';
const KID = 'test-key';

let published: KeyLike;
let privateKey: KeyLike;
let otherPrivateKey: KeyLike;

beforeAll(async () => {
  ({ publicKey: published, privateKey } = await generateKeyPair('ES256'));
  ({ privateKey: otherPrivateKey } = await generateKeyPair('ES256'));
});

/** A clock the test moves, and a key resolver that counts lookups (one per full verification). */
function harness(overrides: Partial<TokenVerifierOptions> = {}) {
  const clock = { now: Date.now() };
  const keys = { current: published as KeyLike | null, lookups: 0 };
  const getKey: JWTVerifyGetKey = async () => {
    keys.lookups += 1;
    if (!keys.current) throw new Error('identity is down');
    return keys.current;
  };
  const verify = createTokenVerifier({
    jwks: getKey,
    issuer: ISSUER,
    audience: AUDIENCE,
    now: () => clock.now,
    ...overrides,
  });
  const token = (claims: { tid?: string; perms?: string[]; lifeSeconds?: number; key?: KeyLike } = {}) => {
    const iat = Math.floor(clock.now / 1000);
    return new SignJWT({ tid: claims.tid ?? randomUUID(), perms: claims.perms ?? ['crm.company:read'] })
      .setProtectedHeader({ alg: 'ES256', kid: KID })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + (claims.lifeSeconds ?? 15 * 60))
      .setJti(randomUUID())
      .sign(claims.key ?? privateKey);
  };
  return { clock, keys, verify, token };
}

async function rejectionCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RequestRejectedError) return error.code;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('verified-token cache', () => {
  it('verifies a token string once and answers repeats from the cache', async () => {
    const { keys, verify, token } = harness();
    const tenantId = randomUUID();
    const jwt = await token({ tid: tenantId });
    const first = await verify(`Bearer ${jwt}`);
    const second = await verify(`Bearer ${jwt}`);
    expect(second).toEqual(first);
    expect(second?.tenantId).toBe(tenantId);
    expect(keys.lookups).toBe(1);
  });

  it('hands out copies: changing one caller does not change the next', async () => {
    const { verify, token } = harness();
    const jwt = await token({ perms: ['crm.company:read'] });
    const first = await verify(`Bearer ${jwt}`);
    first?.permissions.push('identity.tenant:manage');
    expect((await verify(`Bearer ${jwt}`))?.permissions).toEqual(['crm.company:read']);
  });

  it('verifies again after the TTL, so a withdrawn key stops working within it', async () => {
    const { clock, keys, verify, token } = harness();
    const jwt = await token();
    await verify(`Bearer ${jwt}`);
    keys.current = (await generateKeyPair('ES256')).publicKey; // identity rotated the key away
    clock.now += 59_000;
    await expect(verify(`Bearer ${jwt}`)).resolves.not.toBeNull();
    clock.now += 2_000;
    expect(await rejectionCode(verify(`Bearer ${jwt}`))).toBe('UNAUTHENTICATED');
    expect(keys.lookups).toBe(2);
  });

  it('never accepts a token past its expiry, even within the TTL', async () => {
    const { clock, verify, token } = harness();
    const jwt = await token({ lifeSeconds: 30 });
    await verify(`Bearer ${jwt}`);
    clock.now += 31_000 + 5_000; // past exp and jose's clock tolerance
    expect(await rejectionCode(verify(`Bearer ${jwt}`))).toBe('UNAUTHENTICATED');
  });

  it('does not cache failures: a tampered or foreign token is checked every time', async () => {
    const { keys, verify, token } = harness();
    const foreign = await token({ key: otherPrivateKey });
    expect(await rejectionCode(verify(`Bearer ${foreign}`))).toBe('UNAUTHENTICATED');
    expect(await rejectionCode(verify(`Bearer ${foreign}`))).toBe('UNAUTHENTICATED');
    expect(keys.lookups).toBe(2);
  });

  it('does not cache an outage: the same token works once identity is back', async () => {
    const { keys, verify, token } = harness();
    const jwt = await token();
    keys.current = null;
    expect(await rejectionCode(verify(`Bearer ${jwt}`))).toBe('SUBGRAPH_UNAVAILABLE');
    keys.current = published;
    await expect(verify(`Bearer ${jwt}`)).resolves.not.toBeNull();
  });

  it('keeps at most cacheMaxEntries tokens, dropping the least recently used', async () => {
    const { keys, verify, token } = harness({ cacheMaxEntries: 2 });
    const [a, b, c] = await Promise.all([token(), token(), token()]);
    await verify(`Bearer ${a}`);
    await verify(`Bearer ${b}`);
    await verify(`Bearer ${a}`); // a is now the most recent
    await verify(`Bearer ${c}`); // evicts b
    expect(keys.lookups).toBe(3);
    await verify(`Bearer ${a}`);
    expect(keys.lookups).toBe(3);
    await verify(`Bearer ${b}`);
    expect(keys.lookups).toBe(4);
  });

  it('can be turned off', async () => {
    const { keys, verify, token } = harness({ cacheTtlMs: 0 });
    const jwt = await token();
    await verify(`Bearer ${jwt}`);
    await verify(`Bearer ${jwt}`);
    expect(keys.lookups).toBe(2);
  });
});
