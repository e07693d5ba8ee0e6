import {
  contextForCaller,
  createLogger,
  queryAsSuperuser,
  type RunningSubgraph,
  type SubgraphContext,
  subgraphTestHarness,
  systemCaller,
  type TestCaller,
} from '@nexora/kit';
import { erpSubgraph } from '../src';

/** Every permission of the accounting modules: a caller who names none holds all of them. */
export const ACCOUNTING_PERMISSIONS = [
  'erp.account:read',
  'erp.account:write',
  'erp.journal:read',
  'erp.journal:post',
  'erp.period:lock',
  'erp.tax:read',
  'erp.tax:write',
];

export const accountingHarness = subgraphTestHarness(erpSubgraph, { permissions: ACCOUNTING_PERMISSIONS });
export const { start: startErp, call } = accountingHarness;

export interface UserErrorView {
  field: string[] | null;
  message: string;
  code: string;
}

export interface MoneyView {
  amount: string;
  currency: string;
}

export interface AccountView {
  id: string;
  code: string;
  name: string;
  type: string;
  role: string | null;
  active: boolean;
  parent: { id: string } | null;
}

export const ACCOUNT_FIELDS = 'id code name type role active parent { id }';

export interface EntryView {
  id: string;
  status: 'DRAFT' | 'POSTED';
  date: string;
  reference: string | null;
  memo: string | null;
  sequence: number | null;
  hash: string | null;
  previousHash: string | null;
  journal: { code: string };
  totals: MoneyView[];
  lines: Array<{
    position: number;
    account: { id: string; code: string };
    debit: MoneyView | null;
    credit: MoneyView | null;
    company: { id: string } | null;
    description: string | null;
  }>;
  reverses: { id: string } | null;
  reversedBy: { id: string } | null;
}

export const ENTRY_FIELDS = /* GraphQL */ `
  id status date reference memo sequence hash previousHash
  journal { code }
  totals { amount currency }
  lines { position account { id code } debit { amount currency } credit { amount currency } company { id } description }
  reverses { id }
  reversedBy { id }
`;

export const CREATE_ENTRY = /* GraphQL */ `
  mutation CreateEntry($input: CreateJournalEntryInput!) {
    createJournalEntry(input: $input) { entry { ${ENTRY_FIELDS} } userErrors { field message code } }
  }
`;

export const REVERSE_ENTRY = /* GraphQL */ `
  mutation Reverse($input: ReverseJournalEntryInput!) {
    reverseJournalEntry(input: $input) { entry { ${ENTRY_FIELDS} } userErrors { field message code } }
  }
`;

export const POST_ENTRY = /* GraphQL */ `
  mutation Post($input: JournalEntryIdInput!) {
    postJournalEntry(input: $input) { entry { ${ENTRY_FIELDS} } userErrors { field message code } }
  }
`;

export const SET_LOCK_DATE = /* GraphQL */ `
  mutation Lock($input: SetLockDateInput!) {
    setLockDate(input: $input) {
      ledgerLock {
        lockDate
      }
      change {
        previousLockDate
        lockDate
        reason
        changedById
        atSequence
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export const VERIFY = /* GraphQL */ `
  {
    verifyLedger {
      ok
      entriesChecked
      lastSequence
      lastHash
      firstBrokenSequence
      problem
      message
    }
  }
`;

export interface Verification {
  ok: boolean;
  entriesChecked: number;
  lastSequence: number;
  lastHash: string;
  firstBrokenSequence: number | null;
  problem: string | null;
  message: string | null;
}

export interface EntryPayload {
  entry: EntryView | null;
  userErrors: UserErrorView[];
}

export interface LineInput {
  accountId?: string;
  accountRole?: string;
  debit?: string;
  credit?: string;
  currency?: string;
  companyId?: string;
  description?: string;
}

/** A balanced two-line sale: bank debited, sales credited. */
export function saleLines(amount = '100.00'): LineInput[] {
  return [
    { accountRole: 'BANK', debit: amount },
    { accountRole: 'SALES', credit: amount },
  ];
}

/** Calls `createJournalEntry` and returns its payload, failing the test on a GraphQL error. */
export async function tryCreateEntry(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<EntryPayload> {
  const result = await call<{ createJournalEntry: EntryPayload }>(subgraph, caller, CREATE_ENTRY, {
    input: { journal: 'GENERAL', date: '2026-01-15', lines: saleLines(), ...input },
  });
  if (result.body.errors) throw new Error(`createJournalEntry failed: ${JSON.stringify(result.body.errors)}`);
  return result.body.data!.createJournalEntry;
}

/** Creates and posts an entry, failing the test on any error or userError. */
export async function postEntry(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown> = {},
): Promise<EntryView> {
  const payload = await tryCreateEntry(subgraph, caller, { post: true, ...input });
  if (!payload.entry) throw new Error(`posting failed: ${JSON.stringify(payload.userErrors)}`);
  return payload.entry;
}

export async function accountForRole(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  role: string,
): Promise<AccountView> {
  const result = await call<{ accountForRole: AccountView }>(
    subgraph,
    caller,
    `query($role: AccountRole!) { accountForRole(role: $role) { ${ACCOUNT_FIELDS} } }`,
    { role },
  );
  if (!result.body.data?.accountForRole)
    throw new Error(`no ${role} account: ${JSON.stringify(result.body)}`);
  return result.body.data.accountForRole;
}

export async function verifyLedger(subgraph: RunningSubgraph, caller: TestCaller): Promise<Verification> {
  const result = await call<{ verifyLedger: Verification }>(subgraph, caller, VERIFY);
  return result.body.data!.verifyLedger;
}

/** Rows of the tenant's ledger tables, counted as the superuser: what a refusal must leave unchanged. */
export async function ledgerRowCounts(tenantId: string): Promise<Record<string, number>> {
  const [row] = await queryAsSuperuser<Record<string, number>>(
    `select (select count(*)::int from erp.journal_entries where tenant_id = $1) as entries,
            (select count(*)::int from erp.journal_lines where tenant_id = $1) as lines,
            (select count(*)::int from erp.accounts where tenant_id = $1) as accounts,
            (select count(*)::int from erp.tax_rates where tenant_id = $1) as "taxRates",
            (select count(*)::int from erp.lock_date_changes where tenant_id = $1) as "lockDateChanges",
            (select coalesce(max(last_sequence), 0)::int from erp.ledgers where tenant_id = $1) as "lastSequence"`,
    [tenantId],
  );
  return row;
}

/**
 * A context for calling the ledger's internal API directly, as another module's resolver or event
 * handler would: bound to `tenantId`, on the running subgraph's pool. End it with `ctx.db.finish`.
 */
export function internalContext(subgraph: RunningSubgraph, tenantId: string): SubgraphContext {
  return contextForCaller(
    { ...systemCaller('erp', tenantId, ACCOUNTING_PERMISSIONS), userId: null },
    { dataSource: subgraph.dataSource, logger: createLogger('accounting-test', 'silent') },
  );
}
