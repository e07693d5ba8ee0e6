/** The superuser password, kept in a 0600 file beside the data dir so restarts reuse it. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { errorCode } from './error-code';
import type { EmbeddedPostgresLogger } from './logger';

const PASSWORD_PATTERN = /^[A-Za-z0-9_-]{16,}$/;

/** `<parent>/<name>.password` for data dir `<parent>/<name>`: outside the cluster, never in /tmp. */
export function passwordFileFor(dataDir: string): string {
  return path.join(path.dirname(dataDir), `${path.basename(dataDir)}.password`);
}

/** The stored password, or undefined when there is no password file yet. */
export async function readPassword(
  file: string,
  logger: EmbeddedPostgresLogger,
): Promise<string | undefined> {
  let content: string;
  try {
    content = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return undefined;
    throw err;
  }
  const { mode } = await fs.stat(file);
  if ((mode & 0o077) !== 0) {
    await fs.chmod(file, 0o600);
    logger.warn({ file }, 'password file was readable by others; restricted it to mode 0600');
  }
  const password = content.trim();
  if (!PASSWORD_PATTERN.test(password)) throw new Error(`Malformed Postgres password file ${file}`);
  return password;
}

/** base64url: safe inside a URL, in SQL literals and in a password file without quoting. */
export async function createPassword(file: string): Promise<string> {
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
  return password;
}
