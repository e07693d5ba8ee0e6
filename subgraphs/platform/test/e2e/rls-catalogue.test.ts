import { Client } from 'pg';
import { testDatabaseUrl } from '@nexora/kit';
import { startE2EPlatform, SUBGRAPH_NAMES, type E2EPlatform } from './e2e-client';

let e2e: E2EPlatform;
let admin: Client;

beforeAll(async () => {
  // Starting the platform applies every subgraph's migrations, so the catalogue is the deployed one.
  e2e = await startE2EPlatform();
  admin = new Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 5_000 });
  await admin.connect();
});

afterAll(async () => {
  await admin?.end();
  await e2e?.stop();
});

interface TenantTable {
  schema: string;
  table: string;
  owner: string;
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  policies: number;
  tenantPolicies: number;
}

describe('Postgres enforces tenancy on its own', () => {
  it('every table with tenant_id has RLS, FORCE RLS and a tenant policy, owned by its subgraph role', async () => {
    const { rows } = await admin.query<TenantTable>(
      `select n.nspname as schema, c.relname as "table", pg_get_userbyid(c.relowner) as owner,
              c.relrowsecurity as "rowSecurity", c.relforcerowsecurity as "forceRowSecurity",
              (select count(*)::int from pg_policies p
                where p.schemaname = n.nspname and p.tablename = c.relname) as policies,
              -- Reads and writes must each be bound to the tenant, by one policy (ALL) or separate ones.
              least(
                (select count(*)::int from pg_policies p
                  where p.schemaname = n.nspname and p.tablename = c.relname
                    and p.qual like '%tenant_id%app.tenant_id%'),
                (select count(*)::int from pg_policies p
                  where p.schemaname = n.nspname and p.tablename = c.relname
                    and p.with_check like '%tenant_id%app.tenant_id%')) as "tenantPolicies"
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
       where n.nspname = any($1) and c.relkind in ('r', 'p')
       order by 1, 2`,
      [[...SUBGRAPH_NAMES]],
    );
    // Every subgraph has tenant data; an empty result would mean the query (or the migrations) broke.
    expect(new Set(rows.map((row) => row.schema))).toEqual(new Set(SUBGRAPH_NAMES));
    expect(rows.length).toBeGreaterThanOrEqual(7);
    for (const row of rows) {
      expect(row).toEqual({
        schema: row.schema,
        table: row.table,
        owner: `nexora_${row.schema}`,
        rowSecurity: true,
        forceRowSecurity: true,
        policies: expect.any(Number),
        tenantPolicies: expect.any(Number),
      });
      expect({ table: `${row.schema}.${row.table}`, policies: row.policies > 0 }).toEqual({
        table: `${row.schema}.${row.table}`,
        policies: true,
      });
      expect({ table: `${row.schema}.${row.table}`, tenantPolicy: row.tenantPolicies > 0 }).toEqual({
        table: `${row.schema}.${row.table}`,
        tenantPolicy: true,
      });
    }
  });

  it('each subgraph role exists, is neither superuser nor BYPASSRLS, and cannot enter other schemas', async () => {
    const roles = SUBGRAPH_NAMES.map((name) => `nexora_${name}`);
    const { rows } = await admin.query<{
      rolname: string;
      rolsuper: boolean;
      rolbypassrls: boolean;
      rolcreaterole: boolean;
    }>(
      `select rolname, rolsuper, rolbypassrls, rolcreaterole from pg_catalog.pg_roles
       where rolname = any($1) order by rolname`,
      [roles],
    );
    expect(rows).toEqual(
      [...roles]
        .sort()
        .map((rolname) => ({ rolname, rolsuper: false, rolbypassrls: false, rolcreaterole: false })),
    );

    const { rows: access } = await admin.query<{ role: string; schema: string; usage: boolean }>(
      `select r as role, s as schema, has_schema_privilege(r, s, 'USAGE') as usage
       from unnest($1::text[]) r, unnest($2::text[]) s`,
      [roles, [...SUBGRAPH_NAMES]],
    );
    expect(access).toHaveLength(SUBGRAPH_NAMES.length ** 2);
    for (const { role, schema, usage } of access) {
      expect({ role, schema, usage }).toEqual({ role, schema, usage: role === `nexora_${schema}` });
    }
  });
});
