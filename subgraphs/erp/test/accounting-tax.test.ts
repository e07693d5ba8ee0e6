import { randomUUID } from 'node:crypto';
import { errorCodes, type RunningSubgraph } from '@nexora/kit';
import { computeLineTax } from '../src/modules/tax/tax.compute';
import { accountForRole, call, ledgerRowCounts, startErp, type UserErrorView } from './accounting-fixtures';

describe('computeLineTax', () => {
  it.each([
    // amount, currency, rate, inclusive → net, tax, gross
    ['100.00', 'USD', '20', false, '100.00', '20.00', '120.00'],
    ['19.99', 'USD', '8.875', false, '19.99', '1.77', '21.76'],
    ['0.10', 'USD', '5', false, '0.10', '0.01', '0.11'], // 0.005 rounds half-up
    ['0.30', 'USD', '5', false, '0.30', '0.02', '0.32'], // 0.015 → 0.02
    ['0.29', 'USD', '5', false, '0.29', '0.01', '0.30'], // 0.0145 → 0.01
    ['1234', 'JPY', '10', false, '1234', '123', '1357'],
    ['1235', 'JPY', '10', false, '1235', '124', '1359'], // 123.5 → 124
    ['100', 'USD', '0', false, '100.00', '0.00', '100.00'],
    ['-100.00', 'USD', '20', false, '-100.00', '-20.00', '-120.00'], // a credit note
    ['-0.10', 'USD', '5', false, '-0.10', '-0.01', '-0.11'], // half away from zero
    ['120.00', 'EUR', '20', true, '100.00', '20.00', '120.00'],
    ['10.00', 'EUR', '19', true, '8.40', '1.60', '10.00'], // 8.403… → 8.40
    ['1.07', 'USD', '7', true, '1.00', '0.07', '1.07'],
    ['0.05', 'USD', '25', true, '0.04', '0.01', '0.05'], // 0.04 exactly
    ['0.01', 'USD', '100', true, '0.01', '0.00', '0.01'], // 0.005 → 0.01 net, nothing left for tax
    ['1100', 'JPY', '10', true, '1000', '100', '1100'],
    ['-1.07', 'USD', '7', true, '-1.00', '-0.07', '-1.07'],
  ])(
    '%s %s at %s%% (inclusive: %s) is net %s + tax %s = gross %s',
    (amount, currency, rate, inclusive, net, tax, gross) => {
      expect(computeLineTax(amount, currency, { rate, inclusive })).toEqual({ net, tax, gross, currency });
    },
  );

  it('keeps net + tax equal to the gross for every inclusive amount', () => {
    for (let cents = 1; cents <= 2000; cents += 7) {
      const gross = (cents / 100).toFixed(2);
      const line = computeLineTax(gross, 'USD', { rate: '21', inclusive: true });
      expect(Math.round(Number(line.net) * 100) + Math.round(Number(line.tax) * 100)).toBe(cents);
      expect(line.gross).toBe(gross);
    }
  });

  it('refuses what is not an amount of the currency or a rate', () => {
    expect(() => computeLineTax('1.5', 'JPY', { rate: '10', inclusive: false })).toThrow(RangeError);
    expect(() => computeLineTax('ten', 'USD', { rate: '10', inclusive: false })).toThrow(RangeError);
    expect(() => computeLineTax('10', 'USD', { rate: '100.0001', inclusive: false })).toThrow(RangeError);
    expect(() => computeLineTax('10', 'USD', { rate: '-1', inclusive: false })).toThrow(RangeError);
  });
});

describe('tax rates', () => {
  let erp: RunningSubgraph;
  beforeAll(async () => {
    erp = await startErp();
  });
  afterAll(async () => {
    await erp.stop();
  });

  const FIELDS = 'id name rate inclusive active account { code role }';
  interface TaxRateView {
    id: string;
    name: string;
    rate: string;
    inclusive: boolean;
    active: boolean;
    account: { code: string; role: string | null };
  }
  interface Payload {
    taxRate: TaxRateView | null;
    userErrors: UserErrorView[];
  }

  async function mutate(
    tenantId: string,
    name: 'createTaxRate' | 'updateTaxRate',
    input: Record<string, unknown>,
  ) {
    const type = name === 'createTaxRate' ? 'CreateTaxRateInput' : 'UpdateTaxRateInput';
    const result = await call<Record<string, Payload>>(
      erp,
      { tenantId },
      `mutation($input: ${type}!) { ${name}(input: $input) { taxRate { ${FIELDS} } userErrors { field message code } } }`,
      { input },
    );
    expect(result.body.errors).toBeUndefined();
    return result.body.data![name];
  }

  it('creates, reads, lists, updates and deletes tax rates', async () => {
    const tenantId = randomUUID();
    const vat = await mutate(tenantId, 'createTaxRate', { name: ' VAT 20% ', rate: '20.0' });
    expect(vat).toEqual({
      taxRate: {
        id: expect.any(String),
        name: 'VAT 20%',
        rate: '20',
        inclusive: false,
        active: true,
        account: { code: '2200', role: 'TAX_PAYABLE' },
      },
      userErrors: [],
    });
    const inputTax = await accountForRole(erp, { tenantId }, 'TAX_RECEIVABLE');
    const ny = await mutate(tenantId, 'createTaxRate', {
      name: 'NY sales tax',
      rate: '8.875',
      inclusive: true,
      accountId: inputTax.id,
    });
    expect(ny.taxRate).toMatchObject({ rate: '8.875', inclusive: true, account: { code: '1400' } });

    const list = await call<{ taxRates: { totalCount: number; edges: Array<{ node: { name: string } }> } }>(
      erp,
      { tenantId },
      `{ taxRates { totalCount edges { node { name } } } }`,
    );
    expect(list.body.data!.taxRates.edges.map(({ node }) => node.name)).toEqual(['NY sales tax', 'VAT 20%']);

    const changed = await mutate(tenantId, 'updateTaxRate', {
      id: vat.taxRate!.id,
      rate: '19',
      active: false,
    });
    expect(changed.taxRate).toMatchObject({ name: 'VAT 20%', rate: '19', active: false });
    const active = await call<{ taxRates: { totalCount: number } }>(
      erp,
      { tenantId },
      `{ taxRates(active: true) { totalCount } }`,
    );
    expect(active.body.data!.taxRates.totalCount).toBe(1);

    const computed = await call<{ taxComputation: Record<string, { amount: string; currency: string }> }>(
      erp,
      { tenantId },
      `query($id: ID!) { taxComputation(taxRateId: $id, amount: "10.89", currency: "usd") { net { amount currency } tax { amount } gross { amount } } }`,
      { id: ny.taxRate!.id },
    );
    expect(computed.body.data!.taxComputation).toEqual({
      net: { amount: '10.00', currency: 'USD' },
      tax: { amount: '0.89' },
      gross: { amount: '10.89' },
    });
    const badAmount = await call(
      erp,
      { tenantId },
      `query($id: ID!) { taxComputation(taxRateId: $id, amount: "1.234") { net { amount } } }`,
      {
        id: ny.taxRate!.id,
      },
    );
    expect(errorCodes(badAmount)).toEqual(['BAD_USER_INPUT']);

    const DELETE = `mutation($id: ID!) { deleteTaxRate(input: { id: $id }) { deletedId userErrors { code } } }`;
    const deleted = await call<{ deleteTaxRate: { deletedId: string } }>(erp, { tenantId }, DELETE, {
      id: ny.taxRate!.id,
    });
    expect(deleted.body.data!.deleteTaxRate).toEqual({ deletedId: ny.taxRate!.id, userErrors: [] });
    expect(errorCodes(await call(erp, { tenantId }, DELETE, { id: ny.taxRate!.id }))).toEqual(['NOT_FOUND']);
    const read = await call<{ taxRate: null }>(
      erp,
      { tenantId },
      `query($id: ID!) { taxRate(id: $id) { id } }`,
      {
        id: ny.taxRate!.id,
      },
    );
    expect(read.body.data!.taxRate).toBeNull();
  });

  it('refuses bad tax rates with codes and fields, writing nothing', async () => {
    const tenantId = randomUUID();
    const existing = (await mutate(tenantId, 'createTaxRate', { name: 'GST', rate: '10' })).taxRate!;
    const rent = (
      await call<{ accounts: { edges: Array<{ node: { id: string } }> } }>(
        erp,
        { tenantId },
        `{ accounts(search: "Rent") { edges { node { id } } } }`,
      )
    ).body.data!.accounts.edges[0].node;
    await call(
      erp,
      { tenantId },
      `mutation($id: ID!) { updateAccount(input: { id: $id, active: false }) { userErrors { code } } }`,
      {
        id: rent.id,
      },
    );
    const before = await ledgerRowCounts(tenantId);
    const cases: Array<[Record<string, unknown>, string, string[]]> = [
      [{ name: 'gst', rate: '5' }, 'NAME_TAKEN', ['input', 'name']],
      [{ name: '  ', rate: '5' }, 'NAME_REQUIRED', ['input', 'name']],
      [{ name: 'n'.repeat(101), rate: '5' }, 'NAME_TOO_LONG', ['input', 'name']],
      [{ name: 'Too much', rate: '100.5' }, 'RATE_INVALID', ['input', 'rate']],
      [{ name: 'Negative', rate: '-5' }, 'RATE_INVALID', ['input', 'rate']],
      [{ name: 'Precise', rate: '5.00001' }, 'RATE_INVALID', ['input', 'rate']],
      [{ name: 'Words', rate: 'five' }, 'RATE_INVALID', ['input', 'rate']],
      [{ name: 'Nowhere', rate: '5', accountId: randomUUID() }, 'ACCOUNT_UNKNOWN', ['input', 'accountId']],
      [{ name: 'Inactive', rate: '5', accountId: rent.id }, 'ACCOUNT_INACTIVE', ['input', 'accountId']],
    ];
    for (const [input, code, field] of cases) {
      const payload = await mutate(tenantId, 'createTaxRate', input);
      expect([payload.taxRate, payload.userErrors.map((error) => [error.code, error.field])]).toEqual([
        null,
        [[code, field]],
      ]);
    }
    const second = (await mutate(tenantId, 'createTaxRate', { name: 'PST', rate: '7' })).taxRate!;
    const clash = await mutate(tenantId, 'updateTaxRate', { id: second.id, name: 'GST' });
    expect(clash.userErrors.map((error) => error.code)).toEqual(['NAME_TAKEN']);
    const unknown = await call(
      erp,
      { tenantId },
      `mutation { updateTaxRate(input: { id: "${randomUUID()}", rate: "1" }) { userErrors { code } } }`,
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect((await ledgerRowCounts(tenantId)).taxRates).toBe(before.taxRates + 1);
    expect((await mutate(tenantId, 'updateTaxRate', { id: existing.id, name: 'GST' })).taxRate!.name).toBe(
      'GST',
    );

    const viewer = { tenantId, permissions: ['erp.tax:read'] };
    expect(
      errorCodes(
        await call(
          erp,
          viewer,
          `mutation { createTaxRate(input: { name: "x", rate: "1" }) { userErrors { code } } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect((await call(erp, viewer, `{ taxRates { totalCount } }`)).body.errors).toBeUndefined();
  });
});
