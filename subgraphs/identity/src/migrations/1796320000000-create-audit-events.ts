import type { MigrationInterface, QueryRunner } from 'typeorm';

const CURRENT_TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The security audit log (issue 9): one row per event, per tenant, fenced by row-level security
 * like every tenant table. Append-only for the service: with RLS forced there is a policy to read
 * and one to insert, none to update or delete, so even the subgraph's own role (the table's owner)
 * changes or removes nothing (an UPDATE or DELETE matches no row).
 *
 * `occurred_at` defaults to clock_timestamp(), not now(): events of one transaction keep their order.
 */
export class CreateAuditEvents1796320000000 implements MigrationInterface {
  name = 'CreateAuditEvents1796320000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `create table identity.audit_events (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references identity.tenants (id),
        type text not null,
        occurred_at timestamptz not null default clock_timestamp(),
        actor_user_id uuid,
        target_type text,
        target_id uuid,
        client_address text,
        user_agent text,
        request_id text,
        details jsonb not null default '{}'::jsonb,
        constraint audit_events_type_shape check (type ~ '^[A-Z][A-Z0-9_]{2,63}$'),
        constraint audit_events_target_pair check ((target_type is null) = (target_id is null)),
        constraint audit_events_details_object check (jsonb_typeof(details) = 'object'),
        constraint audit_events_client_address_length check (char_length(client_address) <= 100),
        constraint audit_events_user_agent_length check (char_length(user_agent) <= 512)
      )`,
      // Newest first, per tenant, optionally by type or by the user involved; ties broken by id.
      `create index audit_events_tenant_time_idx on identity.audit_events (tenant_id, occurred_at desc, id desc)`,
      `create index audit_events_tenant_type_time_idx on identity.audit_events (tenant_id, type, occurred_at desc, id desc)`,
      `create index audit_events_tenant_actor_time_idx on identity.audit_events (tenant_id, actor_user_id, occurred_at desc, id desc)`,
      `create index audit_events_tenant_target_time_idx on identity.audit_events (tenant_id, target_id, occurred_at desc, id desc)`,
      `alter table identity.audit_events enable row level security`,
      `alter table identity.audit_events force row level security`,
      `create policy tenant_reads on identity.audit_events for select using (tenant_id = ${CURRENT_TENANT})`,
      `create policy tenant_appends on identity.audit_events for insert with check (tenant_id = ${CURRENT_TENANT})`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table if exists identity.audit_events`);
  }
}
