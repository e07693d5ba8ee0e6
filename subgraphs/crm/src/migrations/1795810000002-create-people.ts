import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * People (contacts) of each tenant, isolated by row-level security like companies. A person's
 * company is a foreign key on (tenant_id, company_id), so it can never name another tenant's company.
 * Its e-mails live in `people.emails` (ordered, the first is primary) and, kept in step by a
 * trigger, in `person_emails`, whose unique (tenant_id, email) makes an address belong to one person
 * of a tenant and whose trigram index serves the search by e-mail.
 */
export class CreatePeople1795810000002 implements MigrationInterface {
  name = 'CreatePeople1795810000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table crm.people (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        first_name text not null check (char_length(first_name) between 1 and 100),
        last_name text check (char_length(last_name) between 1 and 100),
        name text generated always as (btrim(first_name || ' ' || coalesce(last_name, ''))) stored,
        emails text[] not null default '{}' check (cardinality(emails) <= 10),
        phones text[] not null default '{}'
          check (cardinality(phones) <= 10 and array_position(phones, null) is null),
        job_title text check (char_length(job_title) between 1 and 200),
        company_id uuid,
        owner_id uuid,
        tags text[] not null default '{}'
          check (cardinality(tags) <= 20 and array_position(tags, null) is null),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint people_tenant_id_id_key unique (tenant_id, id),
        constraint people_company_fkey foreign key (tenant_id, company_id)
          references crm.companies (tenant_id, id) on delete set null (company_id)
      )`);
    await queryRunner.query(`
      create table crm.person_emails (
        tenant_id uuid not null,
        person_id uuid not null,
        email text not null check (email = lower(email) and char_length(email) between 3 and 254),
        position integer not null,
        primary key (tenant_id, person_id, position),
        constraint person_emails_tenant_email_key unique (tenant_id, email),
        constraint person_emails_person_fkey foreign key (tenant_id, person_id)
          references crm.people (tenant_id, id) on delete cascade
      )`);
    await queryRunner.query(`
      create function crm.sync_person_emails() returns trigger language plpgsql as $$
      begin
        delete from crm.person_emails where tenant_id = new.tenant_id and person_id = new.id;
        insert into crm.person_emails (tenant_id, person_id, email, position)
          select new.tenant_id, new.id, address, ordinal::integer
          from unnest(new.emails) with ordinality as listed(address, ordinal);
        return null;
      end $$`);
    await queryRunner.query(`
      create trigger people_sync_emails after insert or update of emails on crm.people
        for each row execute function crm.sync_person_emails()`);
    const indexes = [
      `people_tenant_name_idx on crm.people (tenant_id, lower(name), id)`,
      `people_tenant_created_idx on crm.people (tenant_id, created_at, id)`,
      `people_tenant_updated_idx on crm.people (tenant_id, updated_at, id)`,
      `people_tenant_company_name_idx on crm.people (tenant_id, company_id, lower(name), id)`,
      `people_tenant_owner_idx on crm.people (tenant_id, owner_id)`,
      `people_tenant_tags_idx on crm.people using gin (tenant_id, tags)`,
      `people_tenant_name_trgm_idx on crm.people using gin (tenant_id, lower(name) public.gin_trgm_ops)`,
      `person_emails_tenant_email_trgm_idx on crm.person_emails using gin (tenant_id, email public.gin_trgm_ops)`,
    ];
    for (const index of indexes) await queryRunner.query(`create index ${index}`);
    for (const table of ['people', 'person_emails']) {
      await queryRunner.query(`alter table crm.${table} enable row level security`);
      await queryRunner.query(`alter table crm.${table} force row level security`);
      await queryRunner.query(
        `create policy tenant_isolation on crm.${table} using (tenant_id = ${TENANT}) with check (tenant_id = ${TENANT})`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table crm.person_emails`);
    await queryRunner.query(`drop table crm.people`);
    await queryRunner.query(`drop function crm.sync_person_emails()`);
  }
}
