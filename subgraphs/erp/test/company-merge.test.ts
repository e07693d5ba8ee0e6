import { randomUUID } from 'node:crypto';
import { countRows, domainEvent, queryAsSuperuser, type RunningSubgraph, waitUntil } from '@nexora/kit';
import { createInvoice, startErp } from './invoice-fixtures';

let erp: RunningSubgraph;
beforeAll(async () => {
  erp = await startErp();
});
afterAll(async () => {
  await erp.stop();
});

const invoicesOf = (tenantId: string, customerId: string) =>
  countRows('select 1 from erp.invoices where tenant_id = $1 and customer_id = $2', [tenantId, customerId]);

describe("erp follows crm's company merges", () => {
  it("moves the merged companies' draft and posted invoices onto the survivor, in that tenant only", async () => {
    const tenantId = randomUUID();
    const other = randomUUID();
    const [survivor, loserA, loserB] = [randomUUID(), randomUUID(), randomUUID()];
    await createInvoice(erp, { tenantId }, { customerId: survivor, post: true });
    await createInvoice(erp, { tenantId }, { customerId: loserA, post: true });
    await createInvoice(erp, { tenantId }, { customerId: loserA });
    await createInvoice(erp, { tenantId }, { customerId: loserB, post: true });
    // Another tenant's invoice naming the same id is not theirs to move.
    await createInvoice(erp, { tenantId: other }, { customerId: loserA, post: true });
    const before = await queryAsSuperuser<{ number: string; total: string }>(
      `select number, (select sum(amount) from erp.invoice_lines l where l.invoice_id = i.id)::text as total
       from erp.invoices i where tenant_id = $1 order by number`,
      [tenantId],
    );

    const event = domainEvent('crm.company.merged', tenantId, { id: survivor, mergedIds: [loserA, loserB] });
    await erp.runtime.events.publish(event);
    await waitUntil(async () => (await invoicesOf(tenantId, survivor)) === 4, 'the consumer');

    expect(await invoicesOf(tenantId, loserA)).toBe(0);
    expect(await invoicesOf(tenantId, loserB)).toBe(0);
    expect(await invoicesOf(other, loserA)).toBe(1);
    // Numbers and amounts of the posted invoices are what they were.
    const after = await queryAsSuperuser<{ number: string; total: string }>(
      `select number, (select sum(amount) from erp.invoice_lines l where l.invoice_id = i.id)::text as total
       from erp.invoices i where tenant_id = $1 order by number`,
      [tenantId],
    );
    expect(after).toEqual(before);
    expect(
      await countRows('select 1 from erp.inbox where tenant_id = $1 and event_id = $2', [tenantId, event.id]),
    ).toBe(1);
  });

  it('handles a redelivered event once, and ignores one without a survivor', async () => {
    const tenantId = randomUUID();
    const [first, second, loser] = [randomUUID(), randomUUID(), randomUUID()];
    await createInvoice(erp, { tenantId }, { customerId: loser });
    const event = domainEvent('crm.company.merged', tenantId, { id: first, mergedIds: [loser] });
    await erp.runtime.events.publish(event);
    await waitUntil(async () => (await invoicesOf(tenantId, first)) === 1, 'the consumer');

    // The same event again, after the invoice was moved on by a later merge: nothing moves back.
    await erp.runtime.events.publish(
      domainEvent('crm.company.merged', tenantId, { id: second, mergedIds: [first] }),
    );
    await waitUntil(async () => (await invoicesOf(tenantId, second)) === 1, 'the consumer');
    await erp.runtime.events.publish(event);
    await erp.runtime.events.publish(
      domainEvent('crm.company.merged', tenantId, { mergedIds: 'everything' }),
    );
    const sentinel = domainEvent('crm.company.merged', tenantId, {
      id: randomUUID(),
      mergedIds: [randomUUID()],
    });
    await erp.runtime.events.publish(sentinel);
    await waitUntil(
      async () =>
        (await countRows('select 1 from erp.inbox where tenant_id = $1 and event_id = $2', [
          tenantId,
          sentinel.id,
        ])) === 1,
      'the consumer',
    );
    expect(await invoicesOf(tenantId, second)).toBe(1);
    expect(await invoicesOf(tenantId, first)).toBe(0);
  });

  it('still refuses any other change to a posted invoice', async () => {
    const tenantId = randomUUID();
    const invoice = await createInvoice(erp, { tenantId }, { customerId: randomUUID(), post: true });
    await expect(
      queryAsSuperuser(`update erp.invoices set currency = 'EUR' where id = $1`, [invoice.id]),
    ).rejects.toThrow(/is posted and cannot be changed/);
  });
});
