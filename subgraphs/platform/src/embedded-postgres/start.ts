/** `startEmbeddedPostgres`: the order in which the other pieces run, and the public contract. */
import path from 'node:path';
import { ensureDatabase } from './app-database';
import { locateBinaries } from './binaries';
import { initCluster, resetSuperuserPassword } from './cluster-setup';
import { chooseDataDir, prepareDataDir } from './data-dir';
import { fileExists } from './file-exists';
import { consoleLogger, type EmbeddedPostgresLogger } from './logger';
import { ensurePostgresUser, isRoot } from './os-user';
import { createPassword, passwordFileFor, readPassword } from './password-file';
import { assertPortFree } from './port-in-use';
import { launchServer } from './server-process';
import { HOST, PORT_ENV_VAR, SUPERUSER } from './settings';
import { stopLeftoverServer } from './stale-server';

export interface StartEmbeddedPostgresOptions {
  /** Where the cluster lives, e.g. `<repo>/.nexora/postgres`. May be relocated when running as root. */
  dataDir: string;
  /** TCP port on 127.0.0.1. Default 5433 (5432 is usually a system Postgres). */
  port?: number;
  logger?: EmbeddedPostgresLogger;
}

export interface EmbeddedPostgres {
  /** postgres://postgres:<password>@127.0.0.1:<port>/nexora (superuser; for migrations and role setup). */
  adminUrl: string;
  port: number;
  /** The data directory actually used (differs from the requested one when root had to relocate it). */
  dataDir: string;
  /** Fast, clean shutdown (checkpoint, then exit). Safe to call more than once. */
  stop(): Promise<void>;
}

const DEFAULT_PORT = 5433;
const APP_DATABASE = 'nexora';

export async function startEmbeddedPostgres(
  options: StartEmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const logger = options.logger ?? consoleLogger;
  const port = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`Invalid embedded Postgres port ${String(port)}; set ${PORT_ENV_VAR} to a port number`);
  }
  const startedAt = Date.now();

  const runAs = isRoot() ? await ensurePostgresUser(logger) : undefined;
  const binaries = await locateBinaries(runAs, logger);
  const dataDir = await chooseDataDir(options.dataDir, runAs, logger);
  await prepareDataDir(dataDir, runAs);

  // A server orphaned by a SIGKILLed launcher still holds the data dir and (usually) the port.
  await stopLeftoverServer(dataDir, logger);
  await assertPortFree(port);

  const passwordFile = passwordFileFor(dataDir);
  const existingPassword = await readPassword(passwordFile, logger);
  const password = existingPassword ?? (await createPassword(passwordFile));

  const initialised = await fileExists(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) {
    await initCluster(binaries, dataDir, password, runAs);
    logger.info({ dataDir, ms: Date.now() - startedAt }, 'initialised a new Postgres cluster');
  } else if (existingPassword === undefined) {
    // Cluster kept but its password file was lost: set a new one rather than lock everyone out.
    await resetSuperuserPassword(binaries, dataDir, password, runAs);
    logger.warn({ passwordFile }, 'password file was missing; reset the postgres superuser password');
  }

  const server = await launchServer(binaries, dataDir, port, runAs, logger);
  try {
    await ensureDatabase(port, password, APP_DATABASE);
  } catch (err) {
    await server.stop();
    throw err;
  }

  logger.info(
    { dataDir, port, version: binaries.version, reused: initialised, ms: Date.now() - startedAt },
    'embedded Postgres ready',
  );
  return {
    adminUrl: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@${HOST}:${port}/${APP_DATABASE}`,
    port,
    dataDir,
    stop: server.stop,
  };
}
