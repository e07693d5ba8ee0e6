import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';

/** A cancel that cannot reach Postgres quickly is not worth waiting for: statement_timeout still applies. */
const CANCEL_TIMEOUT_MS = 2_000;

/**
 * Cancels the statement backend `pid` is running, from a separate short-lived connection of the same
 * role (Postgres lets a role cancel its own backends, and no other). Resolves to whether Postgres
 * found the backend.
 *
 * Why not the wire protocol's CancelRequest (node-postgres `Client#cancel`): it needs the query
 * object pg is running internally; `pg_cancel_backend` is documented SQL. Either way the cancel is
 * asynchronous and hits whatever the backend runs when it arrives, so the caller must hold the
 * connection while cancelling (the pid stays ours) and destroy it afterwards, never hand it back to
 * the pool where a late cancel could hit the next request.
 */
export async function cancelBackend(dataSource: DataSource, pid: number): Promise<boolean> {
  const options = dataSource.options as PostgresDataSourceOptions;
  const client = new Client({
    connectionString: options.url,
    connectionTimeoutMillis: CANCEL_TIMEOUT_MS,
    query_timeout: CANCEL_TIMEOUT_MS,
    application_name: `${options.applicationName ?? 'nexora'}-cancel`,
  });
  // An error on this throwaway connection must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ cancelled: boolean }>('select pg_cancel_backend($1) as cancelled', [
      pid,
    ]);
    return rows[0]?.cancelled === true;
  } finally {
    await client.end().catch(() => undefined);
  }
}
