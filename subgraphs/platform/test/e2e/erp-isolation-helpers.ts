import { queryAsSuperuser } from '@nexora/kit';
import type { E2EPlatform, GraphQLResult, UserErrorResult } from './e2e-client';

/**
 * Shared by the erp isolation suites (erp-ledger-isolation, erp-operations-isolation): each starts
 * one platform, lets tenant A create one of every entity through the gateway, and has tenant B (an
 * owner, so every permission) try to see or touch them.
 */

export interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string } }>;
}

export function ids(page: Page | null | undefined): string[] {
  return page?.edges.map((edge) => edge.node.id) ?? [];
}

/** Every refusal of a mutation, thrown (`extensions.code`) or returned (`userErrors[].code`), in order. */
export function refusalCodes(result: GraphQLResult<Record<string, unknown>>, field: string): string[] {
  const thrown = (result.body.errors ?? []).map((error) => String(error.extensions?.code));
  const payload = result.body.data?.[field] as { userErrors?: UserErrorResult[] } | null | undefined;
  return [...thrown, ...(payload?.userErrors ?? []).map((error) => error.code)];
}

/** Runs `mutation { <field>(input: $input) { <selection> } }` through the gateway with `token`. */
export async function tryMutation(
  e2e: E2EPlatform,
  token: string,
  field: string,
  inputType: string,
  input: Record<string, unknown>,
  selection = 'userErrors { field message code }',
): Promise<{ codes: string[]; result: GraphQLResult<Record<string, unknown>> }> {
  const result = await e2e.gql<Record<string, unknown>>(
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} } }`,
    { input },
    token,
  );
  return { codes: refusalCodes(result, field), result };
}

/** Fails loudly unless a mutation succeeded, then returns `data[field][node]`. */
export async function created<T>(
  e2e: E2EPlatform,
  token: string,
  field: string,
  inputType: string,
  node: string,
  selection: string,
  input: Record<string, unknown>,
): Promise<T> {
  const { codes, result } = await tryMutation(
    e2e,
    token,
    field,
    inputType,
    input,
    `${node} { ${selection} } userErrors { field message code }`,
  );
  const value = (result.body.data?.[field] as Record<string, unknown> | undefined)?.[node];
  if (result.status !== 200 || codes.length > 0 || !value) {
    throw new Error(`${field} failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return value as T;
}

/** The gateway's answer to a query, failing loudly on any error (for setup and A's re-reads). */
export async function read<T>(
  e2e: E2EPlatform,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await e2e.gql<T>(query, variables, token);
  if (result.status !== 200 || result.body.errors || !result.body.data) {
    throw new Error(`query failed: ${result.status} ${JSON.stringify(result.body)}`);
  }
  return result.body.data;
}

export interface TenantRowsTable {
  table: string;
  rows: number;
  forced: boolean;
}

/**
 * Every erp table with a `tenant_id` column, how many rows of `tenantId` it holds (read as the
 * superuser, outside RLS) and whether row-level security is enabled and forced on it. The
 * rls-catalogue suite checks the whole catalogue; this names the tables the suite's own tenant
 * actually wrote to, so a table this suite fills and that catalogue missed cannot go unnoticed.
 */
export async function erpTablesHolding(tenantId: string): Promise<TenantRowsTable[]> {
  const tables = await queryAsSuperuser<{ table: string; forced: boolean }>(
    `select c.relname as table, (c.relrowsecurity and c.relforcerowsecurity) as forced
     from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
     where n.nspname = 'erp' and c.relkind in ('r', 'p')
     order by c.relname`,
  );
  const counted: TenantRowsTable[] = [];
  for (const { table, forced } of tables) {
    const [{ rows }] = await queryAsSuperuser<{ rows: number }>(
      `select count(*)::int as rows from erp.${JSON.stringify(table)} where tenant_id = $1`,
      [tenantId],
    );
    if (rows > 0) counted.push({ table, rows, forced });
  }
  return counted;
}

/**
 * Uses a cursor taken from A's list as `after` in B's same list: the answer must be BAD_USER_INPUT
 * or a page of B's own rows only (keyset cursors carry a sort key and an id, so B may legitimately
 * get its own rows that sort after that position), never one of A's.
 */
export async function expectForeignCursorHarmless(
  e2e: E2EPlatform,
  token: string,
  list: { name: string; query: string; variables?: Record<string, unknown> },
  cursor: string,
  foreignIds: string[],
  ownIds: string[],
): Promise<void> {
  const result = await e2e.gql<Record<string, Page>>(list.query, { ...list.variables, after: cursor }, token);
  const codes = (result.body.errors ?? []).map((error) => error.extensions?.code);
  const seen = ids(result.body.data?.page);
  expect({
    list: list.name,
    status: result.status,
    leaked: seen.filter((id) => foreignIds.includes(id)),
  }).toEqual({
    list: list.name,
    status: 200,
    leaked: [],
  });
  if (codes.length > 0) {
    expect({ list: list.name, codes }).toEqual({ list: list.name, codes: ['BAD_USER_INPUT'] });
  } else {
    expect({ list: list.name, foreign: seen.filter((id) => !ownIds.includes(id)) }).toEqual({
      list: list.name,
      foreign: [],
    });
  }
}
