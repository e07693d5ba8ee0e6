/** The application database inside the cluster, created on first start. */
import { Client } from 'pg';
import { errorCode } from './error-code';
import { HOST, SUPERUSER } from './settings';

export async function ensureDatabase(port: number, password: string, name: string): Promise<void> {
  const client = new Client({
    host: HOST,
    port,
    user: SUPERUSER,
    password,
    database: 'postgres',
    connectionTimeoutMillis: 5_000,
  });
  client.on('error', () => undefined); // a server restart must not crash the process; query errors still throw
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) {
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((err: unknown) => {
        if (errorCode(err) !== '42P04') throw err; // created concurrently: fine
      });
    }
  } finally {
    await client.end();
  }
}
