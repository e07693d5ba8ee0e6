import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import {
  accountForRole,
  call,
  postEntry,
  REVERSE_ENTRY,
  startErp,
  tryCreateEntry,
  type MoneyView,
} from './accounting-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const TRIAL_BALANCE = /* GraphQL */ `
  query ($asOf: String, $currency: String) {
    trialBalance(asOf: $asOf, currency: $currency) {
      asOf
      rows {
        account {
          code
        }
        currency
        debit {
          amount
        }
        credit {
          amount
        }
        balance {
          amount
          currency
        }
      }
      totals {
        currency
        debit {
          amount
        }
        credit {
          amount
        }
        balance {
          amount
        }
      }
    }
  }
`;

const GENERAL_LEDGER = /* GraphQL */ `
  query ($accountId: ID!, $from: String, $to: String, $currency: String, $first: Int, $after: String) {
    generalLedger(
      accountId: $accountId
      from: $from
      to: $to
      currency: $currency
      first: $first
      after: $after
    ) {
      account {
        code
      }
      from
      to
      openingBalances {
        amount
        currency
      }
      totalCount
      edges {
        cursor
        node {
          date
          sequence
          description
          debit {
            amount
          }
          credit {
            amount
          }
          balance {
            amount
            currency
          }
          entry {
            reference
          }
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
    }
  }
`;

interface TrialBalanceView {
  asOf: string;
  rows: Array<{
    account: { code: string };
    currency: string;
    debit: { amount: string };
    credit: { amount: string };
    balance: MoneyView;
  }>;
  totals: Array<{
    currency: string;
    debit: { amount: string };
    credit: { amount: string };
    balance: { amount: string };
  }>;
}

interface LedgerView {
  account: { code: string };
  openingBalances: MoneyView[];
  totalCount: number;
  edges: Array<{
    cursor: string;
    node: {
      date: string;
      sequence: number;
      description: string | null;
      debit: { amount: string } | null;
      credit: { amount: string } | null;
      balance: MoneyView;
      entry: { reference: string | null };
    };
  }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

async function trialBalance(tenantId: string, variables: Record<string, unknown>): Promise<TrialBalanceView> {
  const result = await call<{ trialBalance: TrialBalanceView }>(erp, { tenantId }, TRIAL_BALANCE, variables);
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.trialBalance;
}

async function ledger(tenantId: string, variables: Record<string, unknown>): Promise<LedgerView> {
  const result = await call<{ generalLedger: LedgerView }>(erp, { tenantId }, GENERAL_LEDGER, variables);
  expect(result.body.errors).toBeUndefined();
  return result.body.data!.generalLedger;
}

const line = (
  accountRole: string,
  side: 'debit' | 'credit',
  amount: string,
  extra: Record<string, string> = {},
) => ({
  accountRole,
  [side]: amount,
  ...extra,
});

describe('ledger reports', () => {
  it('gives a trial balance per account and currency whose totals balance to zero, as of a date', async () => {
    const tenantId = randomUUID();
    await postEntry(
      erp,
      { tenantId },
      {
        date: '2026-01-05',
        lines: [line('BANK', 'debit', '1000.00'), line('EQUITY', 'credit', '1000.00')],
      },
    );
    await postEntry(
      erp,
      { tenantId },
      {
        date: '2026-01-20',
        lines: [
          line('RECEIVABLE', 'debit', '120.00'),
          line('SALES', 'credit', '100.00'),
          line('TAX_PAYABLE', 'credit', '20.00'),
        ],
      },
    );
    await postEntry(
      erp,
      { tenantId },
      {
        date: '2026-01-25',
        currency: 'EUR',
        lines: [line('BANK', 'debit', '50.00'), line('SALES', 'credit', '50.00')],
      },
    );
    const late = await postEntry(
      erp,
      { tenantId },
      {
        date: '2026-02-10',
        lines: [line('EXPENSE', 'debit', '30.00'), line('BANK', 'credit', '30.00')],
      },
    );
    await tryCreateEntry(
      erp,
      { tenantId },
      { date: '2026-01-10', lines: [line('CASH', 'debit', '5'), line('SALES', 'credit', '5')] },
    );

    const january = await trialBalance(tenantId, { asOf: '2026-01-31' });
    expect(january.asOf).toBe('2026-01-31');
    expect(
      january.rows.map((row) => [
        row.account.code,
        row.currency,
        row.debit.amount,
        row.credit.amount,
        row.balance.amount,
      ]),
    ).toEqual([
      ['1000', 'EUR', '50.00', '0.00', '50.00'],
      ['1000', 'USD', '1000.00', '0.00', '1000.00'],
      ['1100', 'USD', '120.00', '0.00', '120.00'],
      ['2200', 'USD', '0.00', '20.00', '-20.00'],
      ['3000', 'USD', '0.00', '1000.00', '-1000.00'],
      ['4000', 'EUR', '0.00', '50.00', '-50.00'],
      ['4000', 'USD', '0.00', '100.00', '-100.00'],
    ]);
    expect(january.totals).toEqual([
      {
        currency: 'EUR',
        debit: { amount: '50.00' },
        credit: { amount: '50.00' },
        balance: { amount: '0.00' },
      },
      {
        currency: 'USD',
        debit: { amount: '1120.00' },
        credit: { amount: '1120.00' },
        balance: { amount: '0.00' },
      },
    ]);

    const february = await trialBalance(tenantId, { asOf: '2026-02-28', currency: 'usd' });
    expect(february.rows.find((row) => row.account.code === '1000')!.balance).toEqual({
      amount: '970.00',
      currency: 'USD',
    });
    expect(february.totals).toEqual([
      {
        currency: 'USD',
        debit: { amount: '1150.00' },
        credit: { amount: '1150.00' },
        balance: { amount: '0.00' },
      },
    ]);
    // A reversal takes the entry's effect back out.
    await call(erp, { tenantId }, REVERSE_ENTRY, { input: { id: late.id, date: '2026-02-11' } });
    const reversed = await trialBalance(tenantId, { asOf: '2026-02-28', currency: 'USD' });
    expect(reversed.rows.find((row) => row.account.code === '6000')).toMatchObject({
      debit: { amount: '30.00' },
      credit: { amount: '30.00' },
      balance: { amount: '0.00' },
    });
    expect((await trialBalance(tenantId, { asOf: '2025-12-31' })).rows).toEqual([]);
    expect(errorCodes(await call(erp, { tenantId }, TRIAL_BALANCE, { asOf: '31.01.2026' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await call(erp, { tenantId }, TRIAL_BALANCE, { currency: 'euro' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it("lists an account's lines in ledger order with running balances per currency, page by page", async () => {
    const tenantId = randomUUID();
    const bank = await accountForRole(erp, { tenantId }, 'BANK');
    const post = (
      date: string,
      reference: string,
      amount: string,
      side: 'debit' | 'credit',
      currency = 'USD',
    ) =>
      postEntry(
        erp,
        { tenantId },
        {
          date,
          reference,
          currency,
          lines: [
            line('BANK', side, amount, { description: reference }),
            line('SALES', side === 'debit' ? 'credit' : 'debit', amount),
          ],
        },
      );
    await post('2026-01-03', 'A', '100.00', 'debit');
    await post('2026-01-10', 'B', '40.00', 'credit');
    await post('2026-01-10', 'C', '7.00', 'debit', 'EUR');
    await post('2026-02-01', 'D', '10.00', 'debit');
    await post('2026-01-05', 'E (backdated)', '5.50', 'debit'); // posted last, dated second

    const all = await ledger(tenantId, { accountId: bank.id });
    expect(all.account.code).toBe('1000');
    expect(all.openingBalances).toEqual([]);
    expect(
      all.edges.map(({ node }) => [
        node.date,
        node.entry.reference,
        node.debit?.amount ?? null,
        node.credit?.amount ?? null,
        node.balance,
      ]),
    ).toEqual([
      ['2026-01-03', 'A', '100.00', null, { amount: '100.00', currency: 'USD' }],
      ['2026-01-05', 'E (backdated)', '5.50', null, { amount: '105.50', currency: 'USD' }],
      ['2026-01-10', 'B', null, '40.00', { amount: '65.50', currency: 'USD' }],
      ['2026-01-10', 'C', '7.00', null, { amount: '7.00', currency: 'EUR' }],
      ['2026-02-01', 'D', '10.00', null, { amount: '75.50', currency: 'USD' }],
    ]);

    const window = await ledger(tenantId, {
      accountId: bank.id,
      from: '2026-01-06',
      to: '2026-01-31',
      currency: 'USD',
    });
    expect(window.openingBalances).toEqual([{ amount: '105.50', currency: 'USD' }]);
    expect(window.totalCount).toBe(1);
    expect(window.edges.map(({ node }) => [node.description, node.balance.amount])).toEqual([['B', '65.50']]);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: LedgerView = await ledger(tenantId, { accountId: bank.id, first: 2, after });
      expect(page.totalCount).toBe(5);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map(({ node }) => `${node.entry.reference}:${node.balance.amount}`));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map(({ node }) => `${node.entry.reference}:${node.balance.amount}`));

    const balance = async (asOf?: string) =>
      (
        await call<{ accountBalance: MoneyView[] }>(
          erp,
          { tenantId },
          `query($id: ID!, $asOf: String) { accountBalance(accountId: $id, asOf: $asOf) { amount currency } }`,
          {
            id: bank.id,
            asOf,
          },
        )
      ).body.data!.accountBalance;
    expect(await balance('2026-01-31')).toEqual([
      { amount: '7.00', currency: 'EUR' },
      { amount: '65.50', currency: 'USD' },
    ]);
    expect(await balance()).toEqual([
      { amount: '7.00', currency: 'EUR' },
      { amount: '75.50', currency: 'USD' },
    ]);
    expect(await balance('2025-01-01')).toEqual([]);

    for (const variables of [
      { accountId: bank.id, from: '2026-02-01', to: '2026-01-01' },
      { accountId: bank.id, after: 'bm90IGEgY3Vyc29y' },
      { accountId: bank.id, to: 'yesterday' },
      { accountId: 'bank' },
    ]) {
      expect(errorCodes(await call(erp, { tenantId }, GENERAL_LEDGER, variables))).toEqual([
        'BAD_USER_INPUT',
      ]);
    }
    expect(errorCodes(await call(erp, { tenantId }, GENERAL_LEDGER, { accountId: randomUUID() }))).toEqual([
      'NOT_FOUND',
    ]);
  });
});
