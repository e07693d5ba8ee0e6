import type { MigrationInterface, QueryRunner } from 'typeorm';
import { assertSchemaName } from './database';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
/** Set (transaction-locally) only by `OutboxRelay`, which reads across tenants. */
const RELAY_SESSION = `current_setting('app.outbox_relay', true) = 'on'`;

function pascalCase(schema: string): string {
  return schema
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/**
 * The outbox table and a migration name for `schema`. TypeORM reads the timestamp from the name's
 * last 13 digits; the verb and the schema keep names distinct across migrations and subgraphs.
 */
function outboxMigrationTarget(schema: string, timestamp: number, verb: string) {
  assertSchemaName(schema);
  if (!/^\d{13}$/.test(String(timestamp))) throw new Error(`Timestamp must have 13 digits: ${timestamp}`);
  return { table: `${schema}.outbox`, name: `${verb}${pascalCase(schema)}Outbox${timestamp}` };
}

/**
 * A migration creating `<schema>.outbox`, the subgraph's transactional outbox. Each subgraph adds
 * one file calling this, so its own migration history stays explicit.
 *
 * - `sequence` (identity) orders events: `occurred_at` is the transaction's start time, equal for
 *   every event of one transaction, and uuids are random, so neither can keep emission order.
 * - Request code is bound by the usual tenant policy. The relay publishes every tenant's events and
 *   may only read and mark rows (select/update), in transactions where it sets `app.outbox_relay`.
 *   That flag guards against mistakes, not against code that can already run SQL as this role.
 * - The partial index keeps finding pending rows cheap however many published rows accumulate.
 */
export function createOutboxMigration(
  schema: string,
  timestamp: number,
): new () => MigrationInterface & { name: string } {
  const { table, name } = outboxMigrationTarget(schema, timestamp, 'Create');

  return class CreateOutbox implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        create table ${table} (
          id uuid primary key default gen_random_uuid(),
          sequence bigint generated always as identity,
          tenant_id uuid not null,
          type text not null check (char_length(type) between 1 and 200),
          payload jsonb not null,
          occurred_at timestamptz not null default now(),
          published_at timestamptz
        )`);
      await queryRunner.query(
        `create index outbox_pending_idx on ${table} (sequence) where published_at is null`,
      );
      await queryRunner.query(`create index outbox_tenant_idx on ${table} (tenant_id, sequence)`);
      await queryRunner.query(`alter table ${table} enable row level security`);
      await queryRunner.query(`alter table ${table} force row level security`);
      await queryRunner.query(
        `create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
      );
      await queryRunner.query(
        `create policy outbox_relay_read on ${table} for select using (${RELAY_SESSION})`,
      );
      await queryRunner.query(
        `create policy outbox_relay_publish on ${table} for update using (${RELAY_SESSION}) with check (${RELAY_SESSION})`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`drop table ${table}`);
    }
  };
}

/**
 * A migration narrowing what may happen to outbox rows once written: request code may only insert
 * its tenant's events and read them (no update, no delete: an event cannot be rewritten or withdrawn
 * after the change it announces was committed), and the relay may only set `published_at`, once.
 * The update rule is a trigger because row-level security cannot compare a row with its old version.
 */
export function createOutboxGuardMigration(
  schema: string,
  timestamp: number,
): new () => MigrationInterface & { name: string } {
  const { table, name } = outboxMigrationTarget(schema, timestamp, 'Guard');

  return class GuardOutbox implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`drop policy tenant_isolation on ${table}`);
      await queryRunner.query(
        `create policy outbox_tenant_read on ${table} for select using (tenant_id = ${CURRENT_TENANT})`,
      );
      await queryRunner.query(
        `create policy outbox_tenant_write on ${table} for insert with check (tenant_id = ${CURRENT_TENANT})`,
      );
      await queryRunner.query(`
        create function ${schema}.outbox_publish_only() returns trigger language plpgsql as $$
        begin
          if old.published_at is not null
             or (new.id, new.sequence, new.tenant_id, new.type, new.payload, new.occurred_at)
                is distinct from (old.id, old.sequence, old.tenant_id, old.type, old.payload, old.occurred_at)
          then
            raise exception 'outbox rows only change by being marked published, once' using errcode = '42501';
          end if;
          return new;
        end $$`);
      await queryRunner.query(
        `create trigger outbox_publish_only before update on ${table} for each row execute function ${schema}.outbox_publish_only()`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`drop trigger outbox_publish_only on ${table}`);
      await queryRunner.query(`drop function ${schema}.outbox_publish_only()`);
      await queryRunner.query(`drop policy outbox_tenant_write on ${table}`);
      await queryRunner.query(`drop policy outbox_tenant_read on ${table}`);
      await queryRunner.query(
        `create policy tenant_isolation on ${table} using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
      );
    }
  };
}

/**
 * A migration letting the relay delete published rows (`OutboxRelay` prunes those older than its
 * retention): the outbox is a queue of what to publish, and the event log lives in the bus. Rows not
 * yet published can never be deleted, and request code still cannot delete anything.
 */
export function createOutboxPruneMigration(
  schema: string,
  timestamp: number,
): new () => MigrationInterface & { name: string } {
  const { table, name } = outboxMigrationTarget(schema, timestamp, 'Prune');
  return class PruneOutbox implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(
        `create policy outbox_relay_prune on ${table} for delete using (${RELAY_SESSION} and published_at is not null)`,
      );
      await queryRunner.query(
        `create index outbox_published_idx on ${table} (published_at) where published_at is not null`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`drop index ${schema}.outbox_published_idx`);
      await queryRunner.query(`drop policy outbox_relay_prune on ${table}`);
    }
  };
}
