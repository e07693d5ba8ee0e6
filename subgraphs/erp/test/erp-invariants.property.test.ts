import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { queryAsSuperuser, subgraphTestHarness, type RunningSubgraph, type TestCaller } from '@nexora/kit';
import fc from 'fast-check';
import { erpSubgraph } from '../src';
import { knownCustomer } from './invoice-fixtures';

/**
 * The ERP's invariants under randomized operations against real Postgres (issue 10): batches of
 * journal entries (balanced and not), reversals, lock-date moves, receipts, deliveries, transfers,
 * adjustments, posted invoices (with and without taxes), payments and credit notes (some over the
 * residual, refused), each batch run concurrently as real clients would, and after every batch:
 *
 * - every posted entry balances in each currency, and the trial balance sums to zero;
 * - the hash chain verifies, and no entry was posted on or before a lock date in force when it was;
 * - on-hand per product and location equals the sum of the moves, and equals what the successful
 *   operations add up to; no location of a warehouse that forbids it is below zero;
 * - each invoice's residual is its total less its payments and credit notes, never below zero, its
 *   status follows from it, and it equals what the successful payments and credits add up to.
 *
 * RUNS × BATCH operations in all (10,000 by default); ERP_PROPERTY_RUNS overrides the run count.
 */
const BATCH = 50;
const CONCURRENCY = 10;
const RUNS = Number(process.env.ERP_PROPERTY_RUNS ?? 200);

const ERP_PERMISSIONS = (
  JSON.parse(readFileSync(path.join(__dirname, '../../../schema/permissions.json'), 'utf8')) as {
    permissions: Array<{ name: string; subgraph: string }>;
  }
).permissions
  .filter((permission) => permission.subgraph === 'erp')
  .map((permission) => permission.name);

const harness = subgraphTestHarness(erpSubgraph, { permissions: ERP_PERMISSIONS });

let erp: RunningSubgraph;
const caller: TestCaller = { tenantId: randomUUID(), userId: randomUUID() };

interface Payload {
  userErrors: Array<{ code: string; message: string }>;
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await harness.call<T>(erp, caller, query, variables);
  if (response.body.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.body.errors)} for ${query}`);
  }
  return response.body.data as T;
}

async function mutate(field: string, inputType: string, input: unknown, selection: string) {
  const data = await gql<Record<string, Payload & Record<string, unknown>>>(
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code message } } }`,
    { input },
  );
  return data[field];
}

// ---- the world the operations act on --------------------------------------------------------

const ACCOUNT_ROLES = ['BANK', 'CASH', 'EXPENSE', 'EQUITY', 'SALES'] as const;
let products: string[] = [];
/** Locations of a warehouse that refuses negative stock, then one that allows it. */
let strictLocations: string[] = [];
let looseLocation = '';
const looseLocations = () => [looseLocation];
const allLocations = () => [...strictLocations, looseLocation];

/** What the successful operations add up to, in thousandths, per `product|location`. */
const expectedOnHand = new Map<string, bigint>();
/** Posted entries that have not been reversed (candidates for a reversal). */
const reversible = new Set<string>();
let lockDate: string | null = null;
let customers: string[] = [];
let taxRates: string[] = [];
/** Posted invoices: their total and what successful payments and credit notes took off, in cents. */
const invoices = new Map<string, { total: number; settled: number }>();
const counts = {
  posted: 0,
  refusedUnbalanced: 0,
  refusedLocked: 0,
  reversed: 0,
  moves: 0,
  refusedStock: 0,
  invoices: 0,
  settlements: 0,
  refusedSettlements: 0,
};

function addOnHand(product: string, location: string, thousandths: bigint) {
  const key = `${product}|${location}`;
  expectedOnHand.set(key, (expectedOnHand.get(key) ?? 0n) + thousandths);
}

const toThousandths = (quantity: string) => BigInt(Math.round(Number(quantity) * 1000));
const cents = (value: number) => (value / 100).toFixed(2);

// ---- the operations -------------------------------------------------------------------------

type Operation =
  | { kind: 'entry'; amounts: number[]; accounts: number[]; day: number; unbalance: number }
  | { kind: 'reverse'; pick: number }
  | { kind: 'lock'; days: number }
  | { kind: 'receive'; product: number; location: number; quantity: number; unitCost: number }
  | { kind: 'deliver'; product: number; location: number; quantity: number; loose: boolean }
  | { kind: 'transfer'; product: number; from: number; to: number; quantity: number }
  | { kind: 'adjust'; product: number; location: number; difference: number }
  | { kind: 'invoice'; customer: number; lines: Array<{ quantity: number; unitPrice: number; tax: number }> }
  | { kind: 'settle'; pick: number; share: number; credit: boolean };

const quantityArb = fc.integer({ min: 1, max: 20_000 }); // thousandths: 0.001 to 20
const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('entry' as const),
      amounts: fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 4 }),
      accounts: fc.array(fc.nat({ max: ACCOUNT_ROLES.length - 1 }), { minLength: 5, maxLength: 5 }),
      day: fc.integer({ min: 0, max: 330 }),
      // Mostly balanced; now and then a cent or more off, which must be refused.
      unbalance: fc.oneof({ weight: 5, arbitrary: fc.constant(0) }, fc.integer({ min: 1, max: 500 })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reverse' as const), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('lock' as const), days: fc.integer({ min: 1, max: 3 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('receive' as const),
      product: fc.nat(),
      location: fc.nat(),
      quantity: quantityArb,
      unitCost: fc.integer({ min: 0, max: 50_000 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('deliver' as const),
      product: fc.nat(),
      location: fc.nat(),
      quantity: quantityArb,
      loose: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('transfer' as const),
      product: fc.nat(),
      from: fc.nat(),
      to: fc.nat(),
      quantity: quantityArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('adjust' as const),
      product: fc.nat(),
      location: fc.nat(),
      difference: fc.integer({ min: -5_000, max: 5_000 }).filter((value) => value !== 0),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('invoice' as const),
      customer: fc.nat(),
      lines: fc.array(
        fc.record({
          quantity: fc.integer({ min: 1, max: 10_000 }),
          unitPrice: fc.integer({ min: 1, max: 100_000 }),
          // 0: no tax; otherwise one of the tenant's rates.
          tax: fc.nat({ max: 2 }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('settle' as const),
      pick: fc.nat(),
      // Per mille of the total: up to 1.2× it, so some are more than what is left.
      share: fc.integer({ min: 1, max: 1_200 }),
      credit: fc.boolean(),
    }),
  },
);

const pick = <T>(items: readonly T[], index: number) => items[index % items.length];
const dayOf = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const quantityText = (thousandths: number) => (thousandths / 1000).toFixed(3);

async function runEntry(op: Extract<Operation, { kind: 'entry' }>) {
  const date = dayOf(op.day);
  const lines: Array<{ accountRole: string; debit?: string; credit?: string }> = op.amounts.flatMap(
    (amount, index) => [
      { accountRole: pick(ACCOUNT_ROLES, op.accounts[index]), debit: cents(amount) },
      { accountRole: pick(ACCOUNT_ROLES, op.accounts[index + 1]), credit: cents(amount) },
    ],
  );
  if (op.unbalance > 0) {
    const last = lines[lines.length - 1];
    last.credit = cents(Math.round(Number(last.credit ?? '0') * 100) + op.unbalance);
  }
  const lockAtStart = lockDate;
  const result = await mutate(
    'createJournalEntry',
    'CreateJournalEntryInput',
    { journal: 'GENERAL', date, currency: 'USD', lines, post: true },
    'entry { id status }',
  );
  const codes = result.userErrors.map((error) => error.code);
  if (op.unbalance > 0) {
    expect(codes).toContain('UNBALANCED');
    counts.refusedUnbalanced += 1;
  } else if (codes.length > 0) {
    // The only other refusal possible here: the date fell in a period locked meanwhile.
    expect(codes).toEqual(['PERIOD_LOCKED']);
    counts.refusedLocked += 1;
  } else {
    const entry = result.entry as { id: string; status: string };
    expect(entry.status).toBe('POSTED');
    // Locks only move forward: an entry accepted was after the lock in force when it started.
    if (lockAtStart) expect(date > lockAtStart).toBe(true);
    reversible.add(entry.id);
    counts.posted += 1;
  }
}

async function runReverse(op: Extract<Operation, { kind: 'reverse' }>) {
  const candidates = [...reversible];
  if (candidates.length === 0) return;
  const id = pick(candidates, op.pick);
  reversible.delete(id);
  // Dated today, after any lock date the operations set.
  const result = await mutate(
    'reverseJournalEntry',
    'ReverseJournalEntryInput',
    { id, date: dayOf(335) },
    'entry { id }',
  );
  expect(result.userErrors).toEqual([]);
  counts.reversed += 1;
}

async function runLock(op: Extract<Operation, { kind: 'lock' }>) {
  // Forward only, and never past 2026-06-30, so the later half of the year stays open.
  const current = lockDate ? Math.round((Date.parse(lockDate) - Date.UTC(2026, 0, 1)) / 86_400_000) : 0;
  const next = Math.min(current + op.days, 180);
  if (lockDate && next === current) return;
  const date = dayOf(next);
  const result = await mutate(
    'setLockDate',
    'SetLockDateInput',
    { lockDate: date, reason: 'property test' },
    'ledgerLock { lockDate }',
  );
  expect(result.userErrors).toEqual([]);
  lockDate = date;
}

async function runStock(op: Extract<Operation, { kind: 'receive' | 'deliver' | 'transfer' | 'adjust' }>) {
  const product = pick(products, op.product);
  let result: Payload & { move?: unknown };
  if (op.kind === 'receive') {
    const location = pick(allLocations(), op.location);
    result = await mutate(
      'receiveStock',
      'ReceiveStockInput',
      {
        productId: product,
        locationId: location,
        quantity: quantityText(op.quantity),
        unitCost: cents(op.unitCost),
      },
      'move { id }',
    );
    expect(result.userErrors).toEqual([]);
    addOnHand(product, location, BigInt(op.quantity));
  } else if (op.kind === 'deliver') {
    const location = op.loose ? pick(looseLocations(), op.location) : pick(strictLocations, op.location);
    result = await mutate(
      'deliverStock',
      'DeliverStockInput',
      { productId: product, locationId: location, quantity: quantityText(op.quantity) },
      'move { id }',
    );
    if (result.userErrors.length > 0) {
      // Only a warehouse that forbids negative stock refuses a delivery of a valid quantity.
      expect(op.loose).toBe(false);
      expect(result.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']);
      counts.refusedStock += 1;
      return;
    }
    addOnHand(product, location, -BigInt(op.quantity));
  } else if (op.kind === 'transfer') {
    const from = pick(allLocations(), op.from);
    const to = pick(allLocations(), op.to);
    if (from === to) return;
    result = await mutate(
      'transferStock',
      'TransferStockInput',
      { productId: product, fromLocationId: from, toLocationId: to, quantity: quantityText(op.quantity) },
      'move { id }',
    );
    if (result.userErrors.length > 0) {
      expect(from).not.toBe(looseLocation);
      expect(result.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']);
      counts.refusedStock += 1;
      return;
    }
    addOnHand(product, from, -BigInt(op.quantity));
    addOnHand(product, to, BigInt(op.quantity));
  } else {
    const location = pick(allLocations(), op.location);
    result = await mutate(
      'adjustStock',
      'AdjustStockInput',
      {
        productId: product,
        locationId: location,
        difference: (op.difference < 0 ? '-' : '') + quantityText(Math.abs(op.difference)),
        reason: 'Property test count',
      },
      'move { id }',
    );
    if (result.userErrors.length > 0) {
      expect(op.difference).toBeLessThan(0);
      expect(location).not.toBe(looseLocation);
      expect(result.userErrors.map((error) => error.code)).toEqual(['INSUFFICIENT_STOCK']);
      counts.refusedStock += 1;
      return;
    }
    addOnHand(product, location, BigInt(op.difference));
  }
  counts.moves += 1;
}

async function runInvoice(op: Extract<Operation, { kind: 'invoice' }>) {
  const result = await mutate(
    'createInvoice',
    'CreateInvoiceInput',
    {
      customerId: pick(customers, op.customer),
      currency: 'USD',
      post: true,
      lines: op.lines.map((line, index) => ({
        description: `Line ${index + 1}`,
        quantity: quantityText(line.quantity),
        unitPrice: cents(line.unitPrice),
        taxRateId: line.tax === 0 ? null : taxRates[line.tax - 1],
      })),
    },
    'invoice { id status total { amount } }',
  );
  expect(result.userErrors).toEqual([]);
  const invoice = result.invoice as { id: string; status: string; total: { amount: string } };
  expect(invoice.status).toBe('POSTED');
  invoices.set(invoice.id, { total: Math.round(Number(invoice.total.amount) * 100), settled: 0 });
  counts.invoices += 1;
}

async function runSettle(op: Extract<Operation, { kind: 'settle' }>) {
  const candidates = [...invoices.keys()];
  if (candidates.length === 0) return;
  const id = pick(candidates, op.pick);
  const invoice = invoices.get(id)!;
  const amount = Math.max(1, Math.round((invoice.total * op.share) / 1000));
  const result = op.credit
    ? await mutate(
        'createCreditNote',
        'CreateCreditNoteInput',
        { invoiceId: id, amount: cents(amount), reason: 'Property test credit' },
        'creditNote { id }',
      )
    : await mutate(
        'recordPayment',
        'RecordPaymentInput',
        { invoiceId: id, amount: cents(amount) },
        'payment { id }',
      );
  if (result.userErrors.length > 0) {
    // Concurrent settlements of one invoice race for its residual: only what is left can be taken.
    expect(result.userErrors.map((error) => error.code)).toEqual([
      op.credit ? 'CREDIT_EXCEEDS_RESIDUAL' : 'PAYMENT_EXCEEDS_RESIDUAL',
    ]);
    counts.refusedSettlements += 1;
    return;
  }
  invoice.settled += amount;
  counts.settlements += 1;
}

function runOperation(op: Operation): Promise<void> {
  switch (op.kind) {
    case 'invoice':
      return runInvoice(op);
    case 'settle':
      return runSettle(op);
    case 'entry':
      return runEntry(op);
    case 'reverse':
      return runReverse(op);
    case 'lock':
      return runLock(op);
    default:
      return runStock(op);
  }
}

/** Runs a batch CONCURRENCY operations at a time, lock moves alone (the model needs their order). */
async function runBatch(batch: Operation[]) {
  for (let start = 0; start < batch.length; start += CONCURRENCY) {
    const chunk = batch.slice(start, start + CONCURRENCY);
    const locks = chunk.filter((op) => op.kind === 'lock');
    await Promise.all(chunk.filter((op) => op.kind !== 'lock').map(runOperation));
    for (const lock of locks) await runOperation(lock);
  }
}

// ---- the invariants -------------------------------------------------------------------------

async function checkLedger() {
  const unbalanced = await queryAsSuperuser<{ id: string }>(
    `select e.id from erp.journal_entries e join erp.journal_lines l on l.tenant_id = e.tenant_id and l.entry_id = e.id
     where e.tenant_id = $1 and e.status = 'POSTED'
     group by e.id, l.currency having sum(l.debit) <> sum(l.credit)`,
    [caller.tenantId],
  );
  expect(unbalanced).toEqual([]);

  const data = await gql<{
    trialBalance: { rows: Array<{ currency: string; balance: { amount: string } }> };
    verifyLedger: { ok: boolean; problem: string | null; entriesChecked: number };
  }>(`{ trialBalance { rows { currency balance { amount } } } verifyLedger { ok problem entriesChecked } }`);
  const sum = data.trialBalance.rows.reduce(
    (total, row) => total + Math.round(Number(row.balance.amount) * 100),
    0,
  );
  expect(sum).toBe(0);
  expect(data.verifyLedger).toMatchObject({ ok: true, problem: null });

  // No entry posted after a lock change is dated on or before that lock date.
  const early = await queryAsSuperuser<{ sequence: string }>(
    `select e.sequence from erp.journal_entries e
     join erp.lock_date_changes c on c.tenant_id = e.tenant_id and e.sequence > c.at_sequence
     where e.tenant_id = $1 and e.status = 'POSTED' and e.reverses_id is null and c.lock_date is not null
       and e.entry_date <= c.lock_date`,
    [caller.tenantId],
  );
  expect(early).toEqual([]);
}

async function checkStock() {
  const rows = await queryAsSuperuser<{
    product: string;
    location: string;
    moves: string;
    quant: string | null;
  }>(
    `with flows as (
       select product_id, to_location_id as location_id, quantity from erp.stock_moves
        where tenant_id = $1 and to_location_id is not null
       union all
       select product_id, from_location_id, -quantity from erp.stock_moves
        where tenant_id = $1 and from_location_id is not null)
     select f.product_id as product, f.location_id as location, sum(f.quantity)::text as moves,
            (select q.quantity::text from erp.stock_quants q
              where q.tenant_id = $1 and q.product_id = f.product_id and q.location_id = f.location_id) as quant
     from flows f group by f.product_id, f.location_id`,
    [caller.tenantId],
  );
  for (const row of rows) {
    expect({ key: `${row.product}|${row.location}`, quant: toThousandths(row.quant ?? '0') }).toEqual({
      key: `${row.product}|${row.location}`,
      quant: toThousandths(row.moves),
    });
    expect({ key: `${row.product}|${row.location}`, onHand: toThousandths(row.moves) }).toEqual({
      key: `${row.product}|${row.location}`,
      onHand: expectedOnHand.get(`${row.product}|${row.location}`) ?? 0n,
    });
    if (strictLocations.includes(row.location)) expect(Number(row.moves)).toBeGreaterThanOrEqual(0);
  }
  const verified = await gql<{ verifyStock: { consistent: boolean } }>(`{ verifyStock { consistent } }`);
  expect(verified.verifyStock.consistent).toBe(true);
}

async function checkInvoices() {
  const rows = await queryAsSuperuser<{
    id: string;
    status: string;
    total: string;
    paid: string;
    credited: string;
    payments: string;
    credits: string;
  }>(
    `select i.id, i.status, i.total::text, i.amount_paid::text as paid, i.amount_credited::text as credited,
            coalesce((select sum(p.amount) from erp.payments p where p.tenant_id = i.tenant_id and p.invoice_id = i.id), 0)::text as payments,
            coalesce((select sum(c.amount) from erp.credit_notes c where c.tenant_id = i.tenant_id and c.invoice_id = i.id), 0)::text as credits
     from erp.invoices i where i.tenant_id = $1`,
    [caller.tenantId],
  );
  expect(rows).toHaveLength(invoices.size);
  const toCents = (value: string) => Math.round(Number(value) * 100);
  for (const row of rows) {
    const residual = toCents(row.total) - toCents(row.payments) - toCents(row.credits);
    const expected = invoices.get(row.id)!;
    expect({ id: row.id, paid: toCents(row.paid), credited: toCents(row.credited), residual }).toEqual({
      id: row.id,
      paid: toCents(row.payments),
      credited: toCents(row.credits),
      residual: expected.total - expected.settled,
    });
    expect(residual).toBeGreaterThanOrEqual(0);
    // A zero total (tiny quantities at tiny prices round to nothing) stays POSTED: there is nothing to pay.
    const total = toCents(row.total);
    const status = total === 0 || residual === total ? 'POSTED' : residual === 0 ? 'PAID' : 'PARTIALLY_PAID';
    expect({ id: row.id, status: row.status }).toEqual({ id: row.id, status });
  }
}

// ---- the run --------------------------------------------------------------------------------

beforeAll(async () => {
  erp = await harness.start({ poolSize: 16 });
  products = [];
  for (let index = 0; index < 4; index += 1) {
    const created = await mutate(
      'createProduct',
      'CreateProductInput',
      {
        sku: `PROP-${index}-${randomUUID().slice(0, 8)}`,
        name: `Property product ${index}`,
        currency: 'USD',
      },
      'product { id }',
    );
    expect(created.userErrors).toEqual([]);
    products.push((created.product as { id: string }).id);
  }
  const warehouse = async (code: string, allowNegativeStock: boolean) => {
    const created = await mutate(
      'createWarehouse',
      'CreateWarehouseInput',
      { code, name: `Property ${code}`, allowNegativeStock },
      'warehouse { id defaultLocation { id } }',
    );
    expect(created.userErrors).toEqual([]);
    return created.warehouse as { id: string; defaultLocation: { id: string } };
  };
  const strict = await warehouse('STRICT', false);
  const second = await mutate(
    'createStockLocation',
    'CreateStockLocationInput',
    { warehouseId: strict.id, code: 'SHELF', name: 'Shelf' },
    'location { id }',
  );
  expect(second.userErrors).toEqual([]);
  strictLocations = [strict.defaultLocation.id, (second.location as { id: string }).id];
  looseLocation = (await warehouse('LOOSE', true)).defaultLocation.id;
  customers = await Promise.all(
    [0, 1, 2].map((index) => knownCustomer(caller.tenantId!, undefined, `Customer ${index}`)),
  );
  taxRates = [];
  for (const [name, rate, inclusive] of [
    ['VAT 20 %', '20', false],
    ['GST 7.5 % incl.', '7.5', true],
  ] as const) {
    const created = await mutate(
      'createTaxRate',
      'CreateTaxRateInput',
      { name, rate, inclusive },
      'taxRate { id }',
    );
    expect(created.userErrors).toEqual([]);
    taxRates.push((created.taxRate as { id: string }).id);
  }
});

afterAll(async () => {
  await erp?.stop();
});

describe('ERP invariants under randomized concurrent operations', () => {
  it(`hold after every batch of ${BATCH} operations, ${RUNS * BATCH} in all`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operationArb, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        await runBatch(batch);
        await checkLedger();
        await checkStock();
        await checkInvoices();
      }),
      // The state carries over between runs, so a failing run is reported as it is, not shrunk.
      { numRuns: RUNS, endOnFailure: true },
    );
    // The runs exercised each path, the refusals included.
    expect(counts.posted).toBeGreaterThan(RUNS);
    expect(counts.refusedUnbalanced).toBeGreaterThan(0);
    expect(counts.moves).toBeGreaterThan(RUNS);
    expect(counts.refusedStock).toBeGreaterThan(0);
    expect(counts.reversed).toBeGreaterThan(0);
    expect(counts.invoices).toBeGreaterThan(RUNS / 2);
    expect(counts.settlements).toBeGreaterThan(RUNS);
    expect(counts.refusedSettlements).toBeGreaterThan(0);
  }, 900_000);
});
