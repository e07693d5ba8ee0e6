import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { SubgraphContext } from './context';
import { assertSchemaName } from './database';
import type { DomainEvent, EventBus } from './event-bus';
import type { Logger } from './logger';

/**
 * Handles one domain event inside a transaction bound to the event's tenant. Whatever it writes
 * commits together with the inbox row that marks the event handled, or not at all.
 */
export type EventConsumer = (ctx: SubgraphContext, event: DomainEvent) => Promise<void>;

/** A consumer as a module declares it, with the module's name for logs. */
export interface DeclaredConsumer {
  module: string;
  type: string;
  handle: EventConsumer;
}

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * A migration creating `<schema>.inbox`: the events this subgraph has handled, keyed by event id,
 * so a redelivered event (the outbox relay delivers at least once) changes nothing the second time.
 * Tenant-isolated like every other table.
 */
export function createInboxMigration(
  schema: string,
  timestamp: number,
): new () => MigrationInterface & { name: string } {
  assertSchemaName(schema);
  if (!/^\d{13}$/.test(String(timestamp))) throw new Error(`Timestamp must have 13 digits: ${timestamp}`);
  const pascal = schema.charAt(0).toUpperCase() + schema.slice(1);
  const name = `Create${pascal}Inbox${timestamp}`;
  return class CreateInbox implements MigrationInterface {
    name = name;

    async up(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`
        create table ${schema}.inbox (
          tenant_id uuid not null,
          event_id uuid not null,
          type text not null,
          handled_at timestamptz not null default now(),
          primary key (tenant_id, event_id)
        )`);
      await queryRunner.query(`alter table ${schema}.inbox enable row level security`);
      await queryRunner.query(`alter table ${schema}.inbox force row level security`);
      await queryRunner.query(
        `create policy tenant_isolation on ${schema}.inbox using (tenant_id = ${CURRENT_TENANT}) with check (tenant_id = ${CURRENT_TENANT})`,
      );
    }

    async down(queryRunner: QueryRunner): Promise<void> {
      await queryRunner.query(`drop table ${schema}.inbox`);
    }
  };
}

export interface EventConsumersOptions {
  schema: string;
  events: EventBus;
  consumers: readonly DeclaredConsumer[];
  /** A fresh context bound to a tenant, whose transaction the consumer's work runs in. */
  contextFor: (tenantId: string) => SubgraphContext;
  logger: Logger;
}

/**
 * Registers the subgraph's consumer group (named after its schema) for the event types its modules
 * declare. Per event: open a transaction bound to the event's tenant, record the event in the inbox
 * (already there: skip), run the consumer, commit. A failing consumer rolls back, inbox row
 * included, and the event is delivered again later (see the bus for how often).
 *
 * Returns the stop function: it waits for the event being handled to commit or roll back, so the
 * pool can close behind it.
 */
export async function startEventConsumers(options: EventConsumersOptions): Promise<() => Promise<void>> {
  if (options.consumers.length === 0) return async () => undefined;
  assertSchemaName(options.schema);
  const byType = new Map<string, DeclaredConsumer[]>();
  for (const consumer of options.consumers)
    byType.set(consumer.type, [...(byType.get(consumer.type) ?? []), consumer]);
  const consumption = await options.events.consume(options.schema, [...byType.keys()], (event) =>
    handleOnce(options, byType.get(event.type) ?? [], event),
  );
  return () => consumption.stop();
}

/**
 * Runs every consumer of the event's type in one transaction with the event's inbox row: all of them
 * take effect once, or none does and the event is delivered again (the error is rethrown for that).
 */
async function handleOnce(
  options: EventConsumersOptions,
  consumers: readonly DeclaredConsumer[],
  event: DomainEvent,
): Promise<void> {
  const ctx = options.contextFor(event.tenantId);
  const log = options.logger.child({ eventId: event.id, eventType: event.type });
  try {
    const fresh: unknown[] = await ctx.db.run((manager) =>
      manager.query(
        `insert into ${options.schema}.inbox (tenant_id, event_id, type) values ($1, $2, $3)
         on conflict do nothing returning event_id`,
        [event.tenantId, event.id, event.type],
      ),
    );
    if (fresh.length === 0) {
      await ctx.db.finish('rollback');
      log.debug('event already handled');
      return;
    }
    for (const consumer of consumers) await consumer.handle(ctx, event);
    await ctx.db.finish('commit');
  } catch (error) {
    await ctx.db.finish('rollback').catch(() => undefined);
    log.error(
      { err: error, consumers: consumers.map((consumer) => consumer.module) },
      'event consumer failed; nothing it wrote was kept, the event comes again',
    );
    throw error;
  }
}
