import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from 'jose';
import { validateIdToken, type IdTokenExpectation } from './id-token';

/**
 * ID tokens built here, signed by a provider key or by another one, against the checks of OpenID
 * Connect Core §3.1.3.7 (the e2e suite proves the happy path and a wrong nonce with a real provider).
 */
const ISSUER = 'https://accounts.example.test';
const CLIENT_ID = 'nexora-web';
const NONCE = 'the-nonce-of-this-sign-in';

let expected: IdTokenExpectation;
let providerKey: KeyLike;
let strangerKey: KeyLike;

beforeAll(async () => {
  const provider = await generateKeyPair('RS256', { extractable: true });
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwk = { ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'RS256' };
  expected = {
    issuer: ISSUER,
    clientId: CLIENT_ID,
    nonce: NONCE,
    algorithms: ['RS256'],
    keys: createLocalJWKSet({ keys: [jwk] }),
  };
});

const now = () => Math.floor(Date.now() / 1000);

function idToken(claims: JWTPayload = {}, key: KeyLike = providerKey): Promise<string> {
  return new SignJWT({ nonce: NONCE, email: 'ada@example.test', email_verified: true, ...claims })
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(typeof claims.iss === 'string' ? claims.iss : ISSUER)
    .setAudience(claims.aud ?? CLIENT_ID)
    .setSubject('provider-subject-1')
    .setIssuedAt(now())
    .setExpirationTime(typeof claims.exp === 'number' ? claims.exp : now() + 300)
    .sign(key);
}

describe('validateIdToken', () => {
  it('accepts a token of the provider for us and returns its claims', async () => {
    await expect(validateIdToken(await idToken(), expected)).resolves.toEqual({
      subject: 'provider-subject-1',
      email: 'ada@example.test',
      emailVerified: true,
      name: null,
    });
  });

  it('counts only a literal true as a verified e-mail', async () => {
    const claims = await validateIdToken(await idToken({ email_verified: 'true' }), expected);
    expect(claims?.emailVerified).toBe(false);
  });

  it.each([
    ['another audience', { aud: 'someone-else' }],
    ['several audiences without azp = us', { aud: [CLIENT_ID, 'someone-else'] }],
    ['another issuer', { iss: 'https://evil.example.test' }],
    ['another nonce', { nonce: 'a-replayed-nonce' }],
    ['no nonce', { nonce: undefined }],
    ['an expiry 5 minutes ago', { exp: now() - 300 }],
  ])('refuses %s', async (_case, claims) => {
    await expect(validateIdToken(await idToken(claims as JWTPayload), expected)).resolves.toBeNull();
  });

  it('refuses a token signed by a key outside the JWKS, and an unsigned one', async () => {
    await expect(validateIdToken(await idToken({}, strangerKey), expected)).resolves.toBeNull();
    const [, payload] = (await idToken()).split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    await expect(validateIdToken(`${none}.${payload}.`, expected)).resolves.toBeNull();
  });

  it('accepts several audiences when azp names us', async () => {
    const token = await idToken({ aud: [CLIENT_ID, 'api'], azp: CLIENT_ID });
    await expect(validateIdToken(token, expected)).resolves.not.toBeNull();
  });
});
