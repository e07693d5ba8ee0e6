import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK, type KeyLike } from 'jose';
import type { DataSource } from 'typeorm';
import type { IdentityConfig } from '../../identity-config';

/** Pinned: the gateway verifies with exactly this algorithm and nothing else. */
export const ACCESS_TOKEN_ALGORITHM = 'ES256';

export interface ActiveSigningKey {
  kid: string;
  privateKey: KeyLike;
  /** Public half as published in the JWKS (kty, crv, x, y, kid, alg, use). */
  publicJwk: JWK;
  /** Where the key came from: `JWT_PRIVATE_JWK` or the `identity.signing_keys` table. */
  source: 'environment' | 'database';
}

interface EcPrivateJwk {
  kty: string;
  crv?: string;
  x?: string;
  y?: string;
  d?: string;
  kid?: string;
}

function publicPart(jwk: EcPrivateJwk, kid: string): JWK {
  return { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: ACCESS_TOKEN_ALGORITHM, use: 'sig' };
}

async function activate(jwk: EcPrivateJwk, source: ActiveSigningKey['source']): Promise<ActiveSigningKey> {
  const kid = jwk.kid ?? (await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }));
  const privateKey = await importJWK({ ...jwk, alg: ACCESS_TOKEN_ALGORITHM }, ACCESS_TOKEN_ALGORITHM);
  if (privateKey instanceof Uint8Array) throw new Error('The signing key must be an EC P-256 key pair.');
  return { kid, privateKey, publicJwk: publicPart(jwk, kid), source };
}

const SIGNING_KEY_LOCK = 'nexora:identity:signing-key';

/**
 * The key access tokens are signed with: `JWT_PRIVATE_JWK` when set, otherwise the newest unretired
 * key in the database, generated and stored on the very first start. Replicas starting together
 * serialize on an advisory lock, so they all end up with the same key.
 */
export async function loadSigningKey(
  dataSource: DataSource,
  config: IdentityConfig,
): Promise<ActiveSigningKey> {
  if (config.JWT_PRIVATE_JWK) return activate(config.JWT_PRIVATE_JWK, 'environment');
  return dataSource.transaction(async (manager) => {
    await manager.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [SIGNING_KEY_LOCK]);
    const rows: Array<{ privateJwk: EcPrivateJwk; kid: string }> = await manager.query(
      `select kid, private_jwk as "privateJwk" from identity.signing_keys
       where retired_at is null order by created_at desc limit 1`,
    );
    if (rows[0]) return activate({ ...rows[0].privateJwk, kid: rows[0].kid }, 'database');

    const { privateKey } = await generateKeyPair(ACCESS_TOKEN_ALGORITHM, { extractable: true });
    const jwk = (await exportJWK(privateKey)) as EcPrivateJwk;
    const kid = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
    await manager.query(
      `insert into identity.signing_keys (kid, algorithm, public_jwk, private_jwk) values ($1, $2, $3, $4)`,
      [kid, ACCESS_TOKEN_ALGORITHM, JSON.stringify(publicPart(jwk, kid)), JSON.stringify({ ...jwk, kid })],
    );
    return activate({ ...jwk, kid }, 'database');
  });
}

/**
 * The JSON Web Key Set verifiers fetch: public keys only. With a key from the environment only that key
 * is listed; otherwise every unretired database key, so tokens signed just before a rotation still verify.
 */
export async function publishedKeySet(
  dataSource: DataSource,
  active: ActiveSigningKey,
): Promise<{ keys: JWK[] }> {
  if (active.source === 'environment') return { keys: [active.publicJwk] };
  const rows: Array<{ publicJwk: JWK }> = await dataSource.query(
    `select public_jwk as "publicJwk" from identity.signing_keys where retired_at is null order by created_at desc`,
  );
  const keys = rows.map((row) => row.publicJwk);
  if (!keys.some((key) => key.kid === active.kid)) keys.unshift(active.publicJwk);
  return { keys };
}
