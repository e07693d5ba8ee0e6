import { randomUUID } from 'node:crypto';
import { DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import {
  createLogger,
  openSubgraphDatabase,
  RequestDatabase,
  sqlStatementCount,
  testDatabaseUrl,
} from '../src';

const SCHEMA = 'kit_test';

class CreateNotes1700000000000 implements MigrationInterface {
  name = 'CreateNotes1700000000000';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`create table kit_test.notes (
      id uuid primary key default gen_random_uuid(),
      tenant_id uuid not null,
      body text not null)`);
    await runner.query(`alter table kit_test.notes enable row level security`);
    await runner.query(`alter table kit_test.notes force row level security`);
    await runner.query(`create policy tenant_isolation on kit_test.notes
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)`);
  }
  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`drop table kit_test.notes`);
  }
}

let dataSource: DataSource;

beforeAll(async () => {
  dataSource = await openSubgraphDatabase({
    schema: SCHEMA,
    adminUrl: testDatabaseUrl(),
    rolePassword: 'nexora-dev-role-password',
    entities: [],
    migrations: [CreateNotes1700000000000],
    poolSize: 2,
    logger: createLogger('kit-test', 'silent'),
  });
});

afterAll(async () => {
  await dataSource.destroy();
});

async function insertNote(tenantId: string, body: string, outcome: 'commit' | 'rollback' = 'commit') {
  const db = new RequestDatabase(dataSource, { tenantId, userId: null });
  await db.run((em) =>
    em.query(`insert into kit_test.notes (tenant_id, body) values ($1, $2)`, [tenantId, body]),
  );
  await db.finish(outcome);
}

async function countNotes(tenantId: string | null): Promise<number> {
  const db = new RequestDatabase(dataSource, { tenantId, userId: null });
  const rows: Array<{ count: string }> = await db.run((em) =>
    em.query(`select count(*) from kit_test.notes`),
  );
  await db.finish('commit');
  return Number(rows[0].count);
}

describe('RequestDatabase', () => {
  it('shows each tenant only its own rows, and no rows without a tenant', async () => {
    const a = randomUUID();
    const b = randomUUID();
    await insertNote(a, 'a1');
    await insertNote(a, 'a2');
    await insertNote(b, 'b1');
    expect(await countNotes(a)).toBe(2);
    expect(await countNotes(b)).toBe(1);
    expect(await countNotes(null)).toBe(0);
  });

  it('refuses to write a row for another tenant', async () => {
    const db = new RequestDatabase(dataSource, { tenantId: randomUUID(), userId: null });
    await expect(
      db.run((em) =>
        em.query(`insert into kit_test.notes (tenant_id, body) values ($1, 'x')`, [randomUUID()]),
      ),
    ).rejects.toThrow(/row-level security/);
    await db.finish('rollback');
  });

  it('writes nothing when the request rolls back', async () => {
    const tenant = randomUUID();
    await insertNote(tenant, 'lost', 'rollback');
    expect(await countNotes(tenant)).toBe(0);
  });

  it('does not leak the tenant setting to the next user of a pooled connection', async () => {
    const tenant = randomUUID();
    await insertNote(tenant, 'x');
    // The pool has two connections; use both many times and check nothing carries over.
    for (let i = 0; i < 6; i += 1) {
      const rows: Array<{ tenant: string | null }> = await dataSource.query(
        `select nullif(current_setting('app.tenant_id', true), '') as tenant`,
      );
      expect(rows[0].tenant).toBeNull();
    }
  });

  it('counts the round trips requests make: opening and binding the tenant is one of them', async () => {
    const before = sqlStatementCount(dataSource);
    await countNotes(randomUUID());
    // start transaction + set_config (one message), select, commit
    expect(sqlStatementCount(dataSource) - before).toBe(3);
  });

  it('binds the tenant and user inside the transaction it opens, in the same round trip', async () => {
    const tenantId = randomUUID();
    const userId = randomUUID();
    const db = new RequestDatabase(dataSource, { tenantId, userId });
    const before = sqlStatementCount(dataSource);
    const rows: Array<{ tenant: string; user: string; open: boolean }> = await db.run((em) =>
      em.query(
        `select current_setting('app.tenant_id', true) as tenant, current_setting('app.user_id', true) as user,
                now() = statement_timestamp() as open`,
      ),
    );
    // Two round trips so far: the opening message and this select.
    expect(sqlStatementCount(dataSource) - before).toBe(2);
    expect(rows[0].tenant).toBe(tenantId);
    expect(rows[0].user).toBe(userId);
    // In a transaction block now() is the transaction's start, earlier than this statement's.
    expect(rows[0].open).toBe(false);
    await db.finish('commit');
  });

  it('binds values that are not UUIDs through parameters, never as SQL text', async () => {
    const hostile = `00000000-0000-0000-0000-000000000000', true); select pg_sleep(0); --`;
    const db = new RequestDatabase(dataSource, { tenantId: hostile, userId: null });
    const before = sqlStatementCount(dataSource);
    const rows: Array<{ tenant: string; user: string }> = await db.run((em) =>
      em.query(
        `select current_setting('app.tenant_id', true) as tenant, current_setting('app.user_id', true) as user`,
      ),
    );
    // start transaction, parameterized set_config, select
    expect(sqlStatementCount(dataSource) - before).toBe(3);
    expect(rows[0]).toEqual({ tenant: hostile, user: '' });
    await db.finish('rollback');
  });

  it('re-binds with actAs inside the open transaction and keeps it transaction-local', async () => {
    const first = randomUUID();
    const second = randomUUID();
    const db = new RequestDatabase(dataSource, { tenantId: first, userId: null });
    await db.run((em) =>
      em.query(`insert into kit_test.notes (tenant_id, body) values ($1, 'first')`, [first]),
    );
    await db.actAs({ tenantId: second, userId: null });
    await db.run((em) =>
      em.query(`insert into kit_test.notes (tenant_id, body) values ($1, 'second')`, [second]),
    );
    await db.finish('commit');
    expect(await countNotes(first)).toBe(1);
    expect(await countNotes(second)).toBe(1);
    const rows: Array<{ tenant: string | null }> = await dataSource.query(
      `select nullif(current_setting('app.tenant_id', true), '') as tenant`,
    );
    expect(rows[0].tenant).toBeNull();
  });

  it('runs afterCommit callbacks only after a commit', async () => {
    const calls: string[] = [];
    const committed = new RequestDatabase(dataSource, { tenantId: randomUUID(), userId: null });
    committed.afterCommit(() => void calls.push('committed'));
    await committed.run((em) => em.query('select 1'));
    await committed.finish('commit');
    const rolledBack = new RequestDatabase(dataSource, { tenantId: randomUUID(), userId: null });
    rolledBack.afterCommit(() => void calls.push('rolled back'));
    await rolledBack.run((em) => em.query('select 1'));
    await rolledBack.finish('rollback');
    expect(calls).toEqual(['committed']);
  });
});

describe('RequestDatabase after-commit callbacks', () => {
  it('keeps a committed request successful when a callback throws, and reports the error', async () => {
    const tenant = randomUUID();
    const reported: unknown[] = [];
    const db = new RequestDatabase(dataSource, { tenantId: tenant, userId: null }, (error) =>
      reported.push(error),
    );
    db.afterCommit(() => {
      throw new Error('nudge failed');
    });
    await db.run((em) =>
      em.query(`insert into kit_test.notes (tenant_id, body) values ($1, 'kept')`, [tenant]),
    );
    await expect(db.finish('commit')).resolves.toBeUndefined();
    expect(reported).toHaveLength(1);
    expect(await countNotes(tenant)).toBe(1);
  });
});
