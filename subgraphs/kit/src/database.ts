import { Client } from 'pg';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { Logger } from './logger';

export interface SubgraphDatabaseOptions {
  /** Postgres schema owned by this subgraph, e.g. `crm`. Also names its role: `nexora_crm`. */
  schema: string;
  /** A URL allowed to create roles and schemas; used once at start to provision the subgraph's role. */
  adminUrl: string;
  /** Password given to the subgraph role. Local trust auth ignores it; real deployments set it. */
  rolePassword: string;
  // TypeORM takes entity classes and schemas of any shape here.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
  logger: Logger;
}

/** Extensions every subgraph's migrations may rely on (created by the admin role at provisioning). */
const PROVISIONED_EXTENSIONS = ['pg_trgm', 'btree_gin'] as const;

const SCHEMA_NAME = /^[a-z][a-z0-9_]{0,40}$/;

/** Schema names end up in DDL and SQL text, so only plain lower-case identifiers are accepted. */
export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
}

export function roleNameFor(schema: string): string {
  return `nexora_${schema}`;
}

function quoteLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/**
 * Creates (idempotently) the subgraph's own login role and schema. The role is neither superuser nor
 * BYPASSRLS and owns only its schema, so row-level security applies to every query it runs (tables
 * also use FORCE ROW LEVEL SECURITY, which binds the owner too).
 */
export async function provisionSubgraphRole(
  adminUrl: string,
  schema: string,
  rolePassword: string,
): Promise<void> {
  assertSchemaName(schema);
  const role = roleNameFor(schema);
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    // Services and parallel test workers provision concurrently; serialize on one cluster-wide lock.
    await client.query(`select pg_advisory_lock(hashtext('nexora:provision'))`);
    const exists = await client.query(`select 1 from pg_roles where rolname = $1`, [role]);
    if (exists.rowCount === 0) {
      await client.query(
        `create role ${role} login nosuperuser nobypassrls nocreatedb nocreaterole password ${quoteLiteral(rolePassword)}`,
      );
    } else {
      await client.query(
        `alter role ${role} login nosuperuser nobypassrls nocreatedb nocreaterole password ${quoteLiteral(rolePassword)}`,
      );
    }
    await client.query(`create schema if not exists ${schema} authorization ${role}`);
    // Subgraph roles cannot create extensions (no CREATE on the database), and migrations run as
    // them: the extensions their indexes need are created here, once per database, in `public`
    // (usable by every role; no search_path change needed when migrations name `public.` ops).
    // pg_trgm: similarity and indexed ILIKE search; btree_gin: GIN indexes starting with tenant_id.
    for (const extension of PROVISIONED_EXTENSIONS) {
      await client.query(`create extension if not exists ${extension} schema public`);
    }
    await client.query(`revoke all on schema public from ${role}`);
  } finally {
    await client.query(`select pg_advisory_unlock(hashtext('nexora:provision'))`).catch(() => undefined);
    await client.end();
  }
}

export function roleUrl(adminUrl: string, schema: string, rolePassword: string): string {
  const url = new URL(adminUrl);
  url.username = roleNameFor(schema);
  url.password = rolePassword;
  return url.toString();
}

/**
 * Provisions the subgraph's role, connects as that role and applies pending migrations under an
 * advisory lock (replicas starting together must not race on the same DDL).
 */
export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<DataSource> {
  const { schema, adminUrl, rolePassword, logger } = options;
  await provisionSubgraphRole(adminUrl, schema, rolePassword);
  const dataSource = new DataSource({
    type: 'postgres',
    url: roleUrl(adminUrl, schema, rolePassword),
    schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    logging: false,
    applicationName: `nexora-${schema}`,
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      // Statements that run longer than this are cancelled by Postgres rather than piling up.
      statement_timeout: 15_000,
    },
    // Without a handler, an idle client's error (e.g. Postgres restarting) crashes the process.
    poolErrorHandler: (error: unknown) => logger.warn({ err: error, schema }, 'postgres pool client error'),
  });
  await dataSource.initialize();
  const lockKey = `nexora:migrate:${schema}`;
  await dataSource.query(`select pg_advisory_lock(hashtext($1))`, [lockKey]);
  try {
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    if (applied.length > 0)
      logger.info({ schema, migrations: applied.map((m) => m.name) }, 'migrations applied');
  } finally {
    await dataSource.query(`select pg_advisory_unlock(hashtext($1))`, [lockKey]);
  }
  return dataSource;
}
