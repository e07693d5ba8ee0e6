import { randomUUID } from 'node:crypto';
import { countRows, queryAsSuperuser, type RunningSubgraph } from '@nexora/kit';
import { startErp } from './invoice-fixtures';
import { call, CREATE, deliverCrmEvent, invoicingCounts, mutate, succeed } from './invoicing-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const line = [{ description: 'Work', quantity: '1', unitPrice: '10.00' }];

async function billable(tenantId: string, ids: string[]): Promise<Array<boolean | null>> {
  const result = await call<{ _entities: Array<{ billable: boolean | null }> }>(
    erp,
    { tenantId },
    `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { billable } } }`,
    { r: ids.map((id) => ({ __typename: 'Company', id })) },
  );
  expect(result.body.errors).toBeUndefined();
  return result.body.data!._entities.map((entity) => entity.billable);
}

describe("erp's replica of crm companies", () => {
  it('learns companies from created, updated and imported events, per tenant', async () => {
    const tenantId = randomUUID();
    const other = randomUUID();
    const created = randomUUID();
    const [importedA, importedB] = [randomUUID(), randomUUID()];
    expect(await billable(tenantId, [created, importedA])).toEqual([false, false]);

    await deliverCrmEvent(erp, tenantId, 'crm.company.created', { id: created, name: 'Acme', domain: null });
    await deliverCrmEvent(erp, tenantId, 'crm.company.updated', {
      id: created,
      name: 'Acme Corp',
      domain: 'acme.com',
    });
    await deliverCrmEvent(erp, tenantId, 'crm.company.imported', {
      jobId: randomUUID(),
      ids: [importedA, importedB],
    });

    expect(await billable(tenantId, [created, importedA, importedB])).toEqual([true, true, true]);
    expect(await billable(other, [created])).toEqual([false]);
    const [stored] = await queryAsSuperuser<{ name: string }>(
      `select name from erp.companies where tenant_id = $1 and id = $2`,
      [tenantId, created],
    );
    expect(stored.name).toBe('Acme Corp');

    const invoice = await succeed(erp, { tenantId }, CREATE, { customerId: importedB, lines: line });
    expect(invoice.customer.id).toBe(importedB);
  });

  it('refuses an unknown or foreign company with CUSTOMER_UNKNOWN, writing nothing', async () => {
    const tenantId = randomUUID();
    const foreignTenant = randomUUID();
    const foreign = randomUUID();
    await deliverCrmEvent(erp, foreignTenant, 'crm.company.created', {
      id: foreign,
      name: 'Theirs',
      domain: null,
    });
    const before = await invoicingCounts(tenantId);
    for (const customerId of [randomUUID(), foreign]) {
      for (const post of [false, true]) {
        const payload = await mutate(erp, { tenantId }, CREATE, { customerId, lines: line, post });
        expect(payload.invoice).toBeNull();
        expect(payload.userErrors).toEqual([
          {
            code: 'CUSTOMER_UNKNOWN',
            field: ['input', 'customerId'],
            message: expect.stringContaining('no such company'),
          },
        ]);
      }
    }
    expect(await invoicingCounts(tenantId)).toEqual(before);
    expect(await countRows('select 1 from erp.invoices where tenant_id = $1', [foreignTenant])).toBe(0);
  });

  it('marks merged companies, refuses them with CUSTOMER_MERGED and moves their invoices to the survivor', async () => {
    const tenantId = randomUUID();
    const [survivor, merged, mergedEarlier] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [survivor, merged, mergedEarlier])
      await deliverCrmEvent(erp, tenantId, 'crm.company.created', {
        id,
        name: `Co ${id.slice(0, 4)}`,
        domain: null,
      });
    const posted = await succeed(erp, { tenantId }, CREATE, { customerId: merged, lines: line, post: true });
    const draft = await succeed(erp, { tenantId }, CREATE, { customerId: merged, lines: line });
    await deliverCrmEvent(erp, tenantId, 'crm.company.merged', { id: merged, mergedIds: [mergedEarlier] });
    await deliverCrmEvent(erp, tenantId, 'crm.company.merged', { id: survivor, mergedIds: [merged] });

    expect(await billable(tenantId, [survivor, merged, mergedEarlier])).toEqual([true, false, false]);
    const markers = await queryAsSuperuser<{ id: string; mergedInto: string | null }>(
      `select id, merged_into as "mergedInto" from erp.companies where tenant_id = $1 order by id`,
      [tenantId],
    );
    expect(new Map(markers.map((row) => [row.id, row.mergedInto]))).toEqual(
      new Map([
        [survivor, null],
        [merged, survivor],
        [mergedEarlier, survivor],
      ]),
    );
    const customers = await queryAsSuperuser<{ id: string; customerId: string }>(
      `select id, customer_id as "customerId" from erp.invoices where tenant_id = $1`,
      [tenantId],
    );
    expect(customers.map((row) => row.customerId)).toEqual([survivor, survivor]);
    expect(customers.map((row) => row.id).sort()).toEqual([posted.id, draft.id].sort());

    const before = await invoicingCounts(tenantId);
    const refused = await mutate(erp, { tenantId }, CREATE, { customerId: merged, lines: line });
    expect(refused.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['CUSTOMER_MERGED', ['input', 'customerId']],
    ]);
    expect(await invoicingCounts(tenantId)).toEqual(before);
  });

  it('ignores malformed crm events without failing the consumer', async () => {
    const tenantId = randomUUID();
    await deliverCrmEvent(erp, tenantId, 'crm.company.created', { id: 'not-a-uuid', name: 'x' });
    await deliverCrmEvent(erp, tenantId, 'crm.company.imported', { ids: 'all' });
    await deliverCrmEvent(erp, tenantId, 'crm.company.merged', { id: randomUUID() });
    expect(await countRows('select 1 from erp.companies where tenant_id = $1', [tenantId])).toBe(0);
  });
});
