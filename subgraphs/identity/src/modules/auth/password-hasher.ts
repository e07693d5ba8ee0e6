import { randomBytes } from 'node:crypto';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/**
 * argon2id at (at least) the OWASP minimum: 19 MiB memory, 2 passes, 1 lane. `Algorithm` is an
 * ambient const enum the compiler cannot inline under isolatedModules, hence the literal.
 */
export const ARGON2_OPTIONS: Options = {
  algorithm: 2 as Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(passwordHash: string, password: string): Promise<boolean>;
}

/**
 * The one place passwords are hashed and checked. Services call it through this object (never the
 * argon2 functions directly) so tests can count calls, e.g. to prove a throttled login hashes nothing.
 */
export const passwordHasher: PasswordHasher = {
  hash: (password) => hash(password, ARGON2_OPTIONS),
  verify: async (passwordHash, password) => {
    try {
      return await verify(passwordHash, password);
    } catch {
      // A malformed stored hash is a failed check, not a crash.
      return false;
    }
  },
};

let dummyHash: Promise<string> | null = null;

/**
 * A hash of a random password, verified when the e-mail is unknown so that "no such user" costs
 * about as much time as "wrong password" and response times do not reveal which accounts exist.
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= passwordHasher.hash(randomBytes(24).toString('base64url'));
  return dummyHash;
}
