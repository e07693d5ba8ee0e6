import { isolateTenantTables } from '@nexora/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = ['departments', 'employees', 'leave_types', 'leave_allocations', 'leave_requests'];

/**
 * HR: departments, employees, leave types, allocations and leave requests. Every table is
 * tenant-isolated by forced row-level security, and every reference between them is a composite
 * (tenant_id, id) key, so a row can never point at another tenant's row. Days are numeric(5, 1) in
 * half-day steps; a leave request can never overlap another live request of the same employee
 * (a trigger that takes the employee row's lock first, so two concurrent inserts cannot both pass).
 */
export class CreateHr1796300000000 implements MigrationInterface {
  name = 'CreateHr1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      create table erp.departments (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 200),
        parent_id uuid,
        manager_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (parent_id <> id),
        unique (tenant_id, id),
        foreign key (tenant_id, parent_id) references erp.departments (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index departments_tenant_name_key on erp.departments (tenant_id, lower(name))`,
    );
    await queryRunner.query(
      `create index departments_tenant_name_idx on erp.departments (tenant_id, lower(name), id)`,
    );

    await queryRunner.query(`
      create table erp.employees (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 200),
        work_email text check (work_email is null or char_length(work_email) between 3 and 254),
        job_title text check (job_title is null or char_length(job_title) between 1 and 200),
        department_id uuid,
        manager_id uuid,
        hire_date date not null,
        end_date date,
        active boolean not null default true,
        user_id uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (end_date is null or end_date > hire_date),
        check (manager_id <> id),
        unique (tenant_id, id),
        unique (tenant_id, user_id),
        foreign key (tenant_id, department_id) references erp.departments (tenant_id, id),
        foreign key (tenant_id, manager_id) references erp.employees (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index employees_tenant_email_key on erp.employees (tenant_id, lower(work_email))
       where work_email is not null`,
    );
    await queryRunner.query(
      `create index employees_tenant_name_idx on erp.employees (tenant_id, lower(name), id)`,
    );
    await queryRunner.query(
      `create index employees_tenant_department_idx on erp.employees (tenant_id, department_id)`,
    );
    await queryRunner.query(
      `create index employees_tenant_manager_idx on erp.employees (tenant_id, manager_id)`,
    );
    await queryRunner.query(`
      alter table erp.departments add foreign key (tenant_id, manager_id) references erp.employees (tenant_id, id)`);

    await queryRunner.query(`
      create table erp.leave_types (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        name text not null check (char_length(name) between 1 and 100),
        unit text not null default 'DAYS' check (unit = 'DAYS'),
        requires_allocation boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (tenant_id, id)
      )`);
    await queryRunner.query(
      `create unique index leave_types_tenant_name_key on erp.leave_types (tenant_id, lower(name))`,
    );

    await queryRunner.query(`
      create table erp.leave_allocations (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        employee_id uuid not null,
        leave_type_id uuid not null,
        days numeric(5, 1) not null check (days > 0 and days <= 366 and days * 2 = trunc(days * 2)),
        valid_from date not null,
        valid_to date not null,
        note text check (note is null or char_length(note) <= 500),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (valid_to >= valid_from),
        unique (tenant_id, id),
        foreign key (tenant_id, employee_id) references erp.employees (tenant_id, id),
        foreign key (tenant_id, leave_type_id) references erp.leave_types (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index leave_allocations_balance_idx on erp.leave_allocations (tenant_id, employee_id, leave_type_id, valid_from)`,
    );

    await queryRunner.query(`
      create table erp.leave_requests (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null,
        employee_id uuid not null,
        leave_type_id uuid not null,
        start_date date not null,
        end_date date not null,
        half_day boolean not null default false,
        days numeric(5, 1) not null check (days > 0 and days * 2 = trunc(days * 2)),
        status text not null default 'REQUESTED'
          check (status in ('REQUESTED', 'APPROVED', 'REFUSED', 'CANCELLED')),
        reason text check (reason is null or char_length(reason) <= 500),
        requested_by uuid,
        decided_by uuid,
        decided_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (end_date >= start_date),
        check (not half_day or (start_date = end_date and days = 0.5)),
        check ((status = 'REQUESTED') = (decided_at is null)),
        unique (tenant_id, id),
        foreign key (tenant_id, employee_id) references erp.employees (tenant_id, id),
        foreign key (tenant_id, leave_type_id) references erp.leave_types (tenant_id, id)
      )`);
    await queryRunner.query(
      `create index leave_requests_employee_idx on erp.leave_requests (tenant_id, employee_id, start_date)`,
    );
    await queryRunner.query(
      `create index leave_requests_tenant_start_idx on erp.leave_requests (tenant_id, start_date, id)`,
    );
    // No two live (requested or approved) requests of one employee share a day. The employee row's
    // lock serializes concurrent writers, so the check cannot be passed twice at once.
    await queryRunner.query(`
      create function erp.refuse_overlapping_leave() returns trigger language plpgsql as $$
      begin
        if new.status not in ('REQUESTED', 'APPROVED') then
          return new;
        end if;
        perform 1 from erp.employees where tenant_id = new.tenant_id and id = new.employee_id for update;
        if exists (
          select 1 from erp.leave_requests
          where tenant_id = new.tenant_id and employee_id = new.employee_id and id <> new.id
            and status in ('REQUESTED', 'APPROVED')
            and start_date <= new.end_date and end_date >= new.start_date
        ) then
          raise exception 'leave request overlaps another request of employee %', new.employee_id
            using errcode = 'exclusion_violation';
        end if;
        return new;
      end $$`);
    await queryRunner.query(`
      create trigger leave_requests_no_overlap before insert or update on erp.leave_requests
      for each row execute function erp.refuse_overlapping_leave()`);
    // A decision is final: only a REQUESTED request may be decided, an APPROVED one only cancelled.
    await queryRunner.query(`
      create function erp.refuse_leave_status_rewind() returns trigger language plpgsql as $$
      begin
        if old.status = new.status then
          if old.status <> 'REQUESTED' and row(old.*) is distinct from row(new.*) then
            raise exception 'a decided leave request cannot be changed' using errcode = 'check_violation';
          end if;
          return new;
        end if;
        if old.status = 'REQUESTED' or (old.status = 'APPROVED' and new.status = 'CANCELLED') then
          return new;
        end if;
        raise exception 'leave request cannot move from % to %', old.status, new.status
          using errcode = 'check_violation';
      end $$`);
    await queryRunner.query(`
      create trigger leave_requests_status_forward before update on erp.leave_requests
      for each row execute function erp.refuse_leave_status_rewind()`);

    await isolateTenantTables(queryRunner, 'erp', TENANT_TABLES);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`drop table erp.leave_requests`);
    await queryRunner.query(`drop function erp.refuse_leave_status_rewind()`);
    await queryRunner.query(`drop function erp.refuse_overlapping_leave()`);
    await queryRunner.query(`drop table erp.leave_allocations`);
    await queryRunner.query(`drop table erp.leave_types`);
    await queryRunner.query(`alter table erp.departments drop column manager_id`);
    await queryRunner.query(`drop table erp.employees`);
    await queryRunner.query(`drop table erp.departments`);
  }
}
