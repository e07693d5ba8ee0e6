import { randomUUID } from 'node:crypto';
import { countRows, errorCodes, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import {
  ACCOUNT_FIELDS,
  accountForRole,
  call,
  ledgerRowCounts,
  postEntry,
  startErp,
  type AccountView,
  type UserErrorView,
} from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String, $type: AccountType, $active: Boolean, $search: String) {
    accounts(first: $first, after: $after, type: $type, active: $active, search: $search) {
      totalCount
      edges { node { ${ACCOUNT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateAccountInput!) {
    createAccount(input: $input) { account { ${ACCOUNT_FIELDS} } userErrors { field message code } }
  }
`;

const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateAccountInput!) {
    updateAccount(input: $input) { account { ${ACCOUNT_FIELDS} } userErrors { field message code } }
  }
`;

interface AccountPayload {
  account: AccountView | null;
  userErrors: UserErrorView[];
}

interface AccountList {
  totalCount: number;
  edges: Array<{ node: AccountView }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function list(tenantId: string, variables: Record<string, unknown> = {}): Promise<AccountList> {
  const result = await call<{ accounts: AccountList }>(erp, { tenantId }, LIST, { first: 100, ...variables });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.accounts;
}

async function create(tenantId: string, input: Record<string, unknown>): Promise<AccountPayload> {
  const result = await call<{ createAccount: AccountPayload }>(erp, { tenantId }, CREATE, { input });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.createAccount;
}

async function update(tenantId: string, input: Record<string, unknown>): Promise<AccountPayload> {
  const result = await call<{ updateAccount: AccountPayload }>(erp, { tenantId }, UPDATE, { input });
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.updateAccount;
}

describe('chart of accounts', () => {
  it('seeds the default chart and journals on first use, with a role for every account other modules need', async () => {
    const tenantId = randomUUID();
    const chart = await list(tenantId);
    expect(chart.totalCount).toBe(22);
    const byCode = new Map(chart.edges.map(({ node }) => [node.code, node]));
    expect(chart.edges.map(({ node }) => node.code)).toEqual([...byCode.keys()].sort());
    for (const [code, role, type] of [
      ['1000', 'BANK', 'ASSET'],
      ['1100', 'RECEIVABLE', 'ASSET'],
      ['1200', 'INVENTORY', 'ASSET'],
      ['1400', 'TAX_RECEIVABLE', 'ASSET'],
      ['2000', 'PAYABLE', 'LIABILITY'],
      ['2100', 'GOODS_RECEIVED_NOT_BILLED', 'LIABILITY'],
      ['2200', 'TAX_PAYABLE', 'LIABILITY'],
      ['3000', 'EQUITY', 'EQUITY'],
      ['4000', 'SALES', 'INCOME'],
      ['5000', 'COST_OF_GOODS_SOLD', 'EXPENSE'],
    ]) {
      expect(byCode.get(code)).toMatchObject({ role, type, active: true });
    }
    expect((await accountForRole(erp, { tenantId }, 'RECEIVABLE')).code).toBe('1100');
    const journals = await call<{ journals: Array<{ code: string; name: string }> }>(
      erp,
      { tenantId },
      `{ journals { code name } }`,
    );
    expect(journals.body.data!.journals.map((journal) => journal.code)).toEqual([
      'SALES',
      'PURCHASE',
      'BANK',
      'GENERAL',
    ]);
    // A second use seeds nothing more.
    expect((await list(tenantId)).totalCount).toBe(22);
  });

  it('seeds once when many first uses of a tenant race', async () => {
    const tenantId = randomUUID();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? call(erp, { tenantId }, `{ accounts(first: 1) { totalCount } }`)
          : call(erp, { tenantId }, `{ journals { code } }`),
      ),
    );
    for (const result of results) expect(result.body.errors).toBeUndefined();
    expect(await countRows('select 1 from erp.ledgers where tenant_id = $1', [tenantId])).toBe(1);
    expect(await countRows('select 1 from erp.accounts where tenant_id = $1', [tenantId])).toBe(22);
    expect(await countRows('select 1 from erp.journals where tenant_id = $1', [tenantId])).toBe(4);
  });

  it('filters by type, activity and search, and pages in code order', async () => {
    const tenantId = randomUUID();
    expect((await list(tenantId, { type: 'LIABILITY' })).edges.map(({ node }) => node.code)).toEqual([
      '2000',
      '2100',
      '2200',
      '2300',
      '2400',
    ]);
    expect((await list(tenantId, { search: 'receivable' })).edges.map(({ node }) => node.code)).toEqual([
      '1100',
      '1400',
    ]);
    const rent = (await list(tenantId, { search: 'Rent' })).edges[0].node;
    await update(tenantId, { id: rent.id, active: false });
    expect((await list(tenantId, { active: false })).edges.map(({ node }) => node.code)).toEqual(['6200']);
    expect((await list(tenantId, { active: true })).totalCount).toBe(21);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: AccountList = await list(tenantId, { first: 5, after });
      seen.push(...page.edges.map(({ node }) => node.code));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual((await list(tenantId)).edges.map(({ node }) => node.code));
  });

  it('creates accounts with unique codes, under a parent of the same type', async () => {
    const tenantId = randomUUID();
    const bank = await accountForRole(erp, { tenantId }, 'BANK');
    const created = await create(tenantId, {
      code: ' 1001-eur ',
      name: ' Bank EUR ',
      type: 'ASSET',
      parentId: bank.id,
    });
    expect(created.userErrors).toEqual([]);
    expect(created.account).toMatchObject({
      code: '1001-EUR',
      name: 'Bank EUR',
      type: 'ASSET',
      role: null,
      active: true,
    });
    expect(created.account!.parent).toEqual({ id: bank.id });

    const before = await ledgerRowCounts(tenantId);
    const refusals: Array<[Record<string, unknown>, string, string[]]> = [
      [{ code: '1001-EUR', name: 'Again', type: 'ASSET' }, 'CODE_TAKEN', ['input', 'code']],
      [{ code: '1000', name: 'Again', type: 'ASSET' }, 'CODE_TAKEN', ['input', 'code']],
      [{ code: '10 01', name: 'Spaces', type: 'ASSET' }, 'CODE_INVALID', ['input', 'code']],
      [{ code: '', name: 'Empty', type: 'ASSET' }, 'CODE_INVALID', ['input', 'code']],
      [{ code: '1002', name: '   ', type: 'ASSET' }, 'NAME_REQUIRED', ['input', 'name']],
      [{ code: '1002', name: 'x'.repeat(201), type: 'ASSET' }, 'NAME_TOO_LONG', ['input', 'name']],
      [
        { code: '4500', name: 'Under bank', type: 'INCOME', parentId: bank.id },
        'PARENT_TYPE_MISMATCH',
        ['input', 'parentId'],
      ],
      [
        { code: '1003', name: 'Orphan', type: 'ASSET', parentId: randomUUID() },
        'PARENT_NOT_FOUND',
        ['input', 'parentId'],
      ],
      [
        { code: '1003', name: 'Orphan', type: 'ASSET', parentId: 'nope' },
        'PARENT_NOT_FOUND',
        ['input', 'parentId'],
      ],
    ];
    for (const [input, code, field] of refusals) {
      const payload = await create(tenantId, input);
      expect(payload.account).toBeNull();
      expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([[code, field]]);
      expect(payload.userErrors[0].message.length).toBeGreaterThan(10);
    }
    expect(await ledgerRowCounts(tenantId)).toEqual(before);
  });

  it('renames, re-parents and deactivates; keeps role accounts active and the tree acyclic', async () => {
    const tenantId = randomUUID();
    const parent = (await create(tenantId, { code: '6500', name: 'Travel', type: 'EXPENSE' })).account!;
    const child = (
      await create(tenantId, { code: '6510', name: 'Flights', type: 'EXPENSE', parentId: parent.id })
    ).account!;
    const renamed = await update(tenantId, { id: child.id, name: 'Air travel' });
    expect(renamed.account).toMatchObject({ name: 'Air travel', code: '6510', parent: { id: parent.id } });

    const cycle = await update(tenantId, { id: parent.id, parentId: child.id });
    expect(cycle.userErrors.map((error) => error.code)).toEqual(['PARENT_CYCLE']);
    const self = await update(tenantId, { id: parent.id, parentId: parent.id });
    expect(self.userErrors.map((error) => error.code)).toEqual(['PARENT_CYCLE']);
    const retype = await update(tenantId, { id: parent.id, type: 'ASSET' });
    expect(retype.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['PARENT_TYPE_MISMATCH', ['input', 'type']],
    ]);
    expect((await update(tenantId, { id: child.id, parentId: null })).account!.parent).toBeNull();

    const sales = await accountForRole(erp, { tenantId }, 'SALES');
    const roleAccount = await update(tenantId, { id: sales.id, active: false });
    expect(roleAccount.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['ACCOUNT_HAS_ROLE', ['input', 'active']],
    ]);
    expect((await update(tenantId, { id: child.id, active: false })).account!.active).toBe(false);
    expect((await update(tenantId, { id: child.id, active: true })).account!.active).toBe(true);

    const unknown = await call(erp, { tenantId }, UPDATE, { input: { id: randomUUID(), name: 'x' } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('fixes code and type once journal lines name the account, in the API and in the database', async () => {
    const tenantId = randomUUID();
    const fresh = (await create(tenantId, { code: '4200', name: 'Services', type: 'INCOME' })).account!;
    const recoded = await update(tenantId, { id: fresh.id, code: '4210', type: 'EXPENSE' });
    expect(recoded.account).toMatchObject({ code: '4210', type: 'EXPENSE' });

    await postEntry(
      erp,
      { tenantId },
      {
        lines: [
          { accountRole: 'BANK', debit: '5' },
          { accountId: fresh.id, credit: '5' },
        ],
      },
    );
    for (const [input, field] of [
      [{ code: '4299' }, ['input', 'code']],
      [{ type: 'INCOME' }, ['input', 'type']],
    ] as const) {
      const payload = await update(tenantId, { id: fresh.id, ...input });
      expect(payload.userErrors.map((error) => [error.code, error.field])).toEqual([
        ['ACCOUNT_IN_USE', field],
      ]);
    }
    // Renaming stays possible.
    expect((await update(tenantId, { id: fresh.id, name: 'Services sold' })).account!.name).toBe(
      'Services sold',
    );
    await expect(
      queryAsSuperuser(`update erp.accounts set code = '4999' where id = $1`, [fresh.id]),
    ).rejects.toThrow(/code and type cannot change/);
    await expect(
      queryAsSuperuser(`update erp.accounts set active = false where tenant_id = $1 and role = 'SALES'`, [
        tenantId,
      ]),
    ).rejects.toThrow(/check constraint/);
  });

  it('needs erp.account:read to read and erp.account:write to change the chart', async () => {
    const tenantId = randomUUID();
    const readOnly = { tenantId, permissions: ['erp.account:read'] };
    expect((await call(erp, readOnly, `{ accounts { totalCount } }`)).body.errors).toBeUndefined();
    const write = await call(erp, readOnly, CREATE, { input: { code: '9', name: 'x', type: 'ASSET' } });
    expect(errorCodes(write)).toEqual(['FORBIDDEN']);
    const none = { tenantId, permissions: ['erp.invoice:read'] };
    expect(errorCodes(await call(erp, none, `{ accounts { totalCount } }`))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(erp, { tenantId: null }, `{ accounts { totalCount } }`))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      await countRows('select 1 from erp.accounts where tenant_id = $1 and code = $2', [tenantId, '9']),
    ).toBe(0);
  });
});
