import { randomUUID } from 'node:crypto';
import { errorCodes, queryAsSuperuser, type RunningSubgraph, sqlStatementCount } from '@nexora/kit';
import { createCompany } from './company-fixtures';
import {
  call,
  createDeal,
  CREATE_DEAL,
  DEAL_FIELDS,
  defaultPipeline,
  MEMBER,
  moveDeal,
  type Payload,
  type Pipeline,
  stageTitles,
  startCrm,
  VIEWER,
} from './deal-fixtures';

let crm: RunningSubgraph;

beforeAll(async () => {
  crm = await startCrm();
});

afterAll(async () => {
  await crm.stop();
});

async function setup(): Promise<{ tenantId: string; userId: string; sales: Pipeline }> {
  const tenantId = randomUUID();
  const userId = randomUUID();
  return { tenantId, userId, sales: await defaultPipeline(crm, { tenantId, userId }) };
}

async function eventsOf(
  tenantId: string,
): Promise<Array<{ type: string; payload: Record<string, unknown> }>> {
  return queryAsSuperuser(`select type, payload from crm.outbox where tenant_id = $1 order by sequence`, [
    tenantId,
  ]);
}

const MARK_WON = `mutation ($input: MarkDealWonInput!) { markDealWon(input: $input) { deal { ${DEAL_FIELDS} } userErrors { field code } } }`;
const MARK_LOST = `mutation ($input: MarkDealLostInput!) { markDealLost(input: $input) { deal { ${DEAL_FIELDS} } userErrors { field code } } }`;
const UPDATE = `mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { deal { ${DEAL_FIELDS} } userErrors { field code } } }`;

describe('deals', () => {
  it('creates a deal in the default pipeline, owned by the caller, with exact money and a first history entry', async () => {
    const { tenantId, userId, sales } = await setup();
    const company = await createCompany(crm, { tenantId, userId }, { name: 'Acme', domain: 'acme.example' });
    const deal = await createDeal(
      crm,
      { tenantId, userId },
      {
        title: '  Acme renewal ',
        amount: { amount: '1234.5', currency: 'eur' },
        expectedCloseDate: '2027-03-31',
        companyId: company.id,
      },
    );
    expect(deal).toMatchObject({
      title: 'Acme renewal',
      amount: { amount: '1234.50', currency: 'EUR' },
      expectedCloseDate: '2027-03-31',
      status: 'OPEN',
      position: 0,
      pipeline: { id: sales.id },
      stage: { id: sales.stages[0].id, name: 'Lead in' },
      owner: { id: userId },
      company: { id: company.id, name: 'Acme' },
      closedAt: null,
    });
    const yen = await createDeal(
      crm,
      { tenantId },
      { title: 'Tokyo', amount: { amount: '150000', currency: 'JPY' } },
    );
    expect(yen.amount).toEqual({ amount: '150000', currency: 'JPY' });
    expect(yen.position).toBe(1);

    const read = await call<{
      deal: { history: Array<{ from: unknown; to: { id: string }; by: { id: string } }> };
    }>(
      crm,
      { tenantId },
      `query ($id: ID!) { deal(id: $id) { history { from { id } to { id } by { id } at } } }`,
      { id: deal.id },
    );
    expect(read.body.data!.deal.history).toEqual([
      expect.objectContaining({ from: null, to: { id: sales.stages[0].id }, by: { id: userId } }),
    ]);
    const events = await eventsOf(tenantId);
    expect(events.filter((event) => event.type === 'crm.deal.created')[0].payload).toMatchObject({
      id: deal.id,
      tenantId,
      pipelineId: sales.id,
      stageId: sales.stages[0].id,
      amount: { amount: '1234.50', currency: 'EUR' },
    });
  });

  it('refuses bad input with userErrors and writes nothing', async () => {
    const { tenantId, sales } = await setup();
    const other = await setup();
    const company = await createCompany(crm, { tenantId: other.tenantId }, { name: 'Theirs' });
    const codes = async (input: Record<string, unknown>) => {
      const result = await call<{ createDeal: Payload }>(crm, { tenantId }, CREATE_DEAL, { input });
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data!.createDeal.deal).toBeNull();
      return result.body.data!.createDeal.userErrors.map((error) => error.code).sort();
    };
    const money = (amount: string, currency = 'USD') => ({ title: 'T', amount: { amount, currency } });
    expect(await codes(money('-5'))).toEqual(['AMOUNT_NEGATIVE']);
    expect(await codes(money('12abc'))).toEqual(['AMOUNT_INVALID']);
    expect(await codes(money('1e5'))).toEqual(['AMOUNT_INVALID']);
    expect(await codes(money(''))).toEqual(['AMOUNT_INVALID']);
    expect(await codes(money('1.234'))).toEqual(['AMOUNT_TOO_PRECISE']);
    expect(await codes(money('10.5', 'JPY'))).toEqual(['AMOUNT_TOO_PRECISE']);
    expect(await codes(money('1000000000000'))).toEqual(['AMOUNT_TOO_LARGE']);
    expect(await codes(money('10', 'XYZ'))).toEqual(['CURRENCY_UNKNOWN']);
    expect(await codes(money('10', 'dollars'))).toEqual(['CURRENCY_UNKNOWN']);
    expect(await codes({ title: ' ' })).toEqual(['TITLE_REQUIRED']);
    expect(await codes({ title: 'x'.repeat(201) })).toEqual(['TITLE_TOO_LONG']);
    expect(await codes({ title: 'T', expectedCloseDate: '2027-02-30' })).toEqual(['DATE_INVALID']);
    expect(await codes({ title: 'T', expectedCloseDate: 'tomorrow' })).toEqual(['DATE_INVALID']);
    expect(await codes({ title: 'T', stageId: randomUUID() })).toEqual(['STAGE_NOT_FOUND']);
    expect(await codes({ title: 'T', stageId: other.sales.stages[0].id })).toEqual(['STAGE_NOT_FOUND']);
    expect(await codes({ title: 'T', pipelineId: randomUUID() })).toEqual(['PIPELINE_NOT_FOUND']);
    expect(await codes({ title: 'T', pipelineId: other.sales.id })).toEqual(['PIPELINE_NOT_FOUND']);
    expect(await codes({ title: 'T', stageId: sales.stages[4].id })).toEqual(['STAGE_CLOSED']);
    expect(await codes({ title: 'T', companyId: company.id })).toEqual(['COMPANY_NOT_FOUND']);
    expect(await codes({ title: ' ', amount: { amount: '-1', currency: 'ABC' } })).toEqual([
      'AMOUNT_NEGATIVE',
      'CURRENCY_UNKNOWN',
      'TITLE_REQUIRED',
    ]);
    const malformed = await call(crm, { tenantId }, CREATE_DEAL, {
      input: { title: 'T', stageId: 'stage-1' },
    });
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const [{ count }] = await queryAsSuperuser<{ count: number }>(
      `select count(*)::int as count from crm.deals where tenant_id = $1`,
      [tenantId],
    );
    expect(count).toBe(0);
  });

  it('refuses a stage of another pipeline of the same tenant', async () => {
    const { tenantId, sales } = await setup();
    const created = await call<{ createPipeline: { pipeline: Pipeline } }>(
      crm,
      { tenantId },
      `mutation ($input: CreatePipelineInput!) { createPipeline(input: $input) { pipeline { id stages { id kind } } } }`,
      {
        input: {
          name: 'Partners',
          stages: [
            { name: 'Intro', winProbability: 10 },
            { name: 'Won', winProbability: 100, kind: 'WON' },
            { name: 'Lost', winProbability: 0, kind: 'LOST' },
          ],
        },
      },
    );
    const partners = created.body.data!.createPipeline.pipeline;
    const create = await call<{ createDeal: Payload }>(crm, { tenantId }, CREATE_DEAL, {
      input: { title: 'T', pipelineId: sales.id, stageId: partners.stages[0].id },
    });
    expect(create.body.data!.createDeal.userErrors.map((error) => error.code)).toEqual([
      'STAGE_NOT_IN_PIPELINE',
    ]);
    const deal = await createDeal(crm, { tenantId }, { title: 'In partners', pipelineId: partners.id });
    expect(deal.stage.id).toBe(partners.stages[0].id);
    const move = await moveDeal(crm, { tenantId }, { dealId: deal.id, stageId: sales.stages[1].id });
    expect(move.userErrors.map((error) => error.code)).toEqual(['STAGE_NOT_IN_PIPELINE']);
  });

  it('keeps positions 0..n-1 in board order through a series of moves, and records stage changes', async () => {
    const { tenantId, userId, sales } = await setup();
    const [lead, qualified] = sales.stages;
    const caller = { tenantId, userId };
    const deals: Record<string, string> = {};
    for (const title of ['A', 'B', 'C', 'D', 'E'])
      deals[title] = (await createDeal(crm, caller, { title })).id;
    expect(await stageTitles(crm, caller, lead.id)).toEqual(['A', 'B', 'C', 'D', 'E']);

    // Within a stage: by position and before another deal.
    await moveDeal(crm, caller, { dealId: deals.E, stageId: lead.id, position: 0 });
    expect(await stageTitles(crm, caller, lead.id)).toEqual(['E', 'A', 'B', 'C', 'D']);
    await moveDeal(crm, caller, { dealId: deals.A, stageId: lead.id, beforeDealId: deals.D });
    expect(await stageTitles(crm, caller, lead.id)).toEqual(['E', 'B', 'C', 'A', 'D']);
    await moveDeal(crm, caller, { dealId: deals.D, stageId: lead.id, beforeDealId: deals.E });
    expect(await stageTitles(crm, caller, lead.id)).toEqual(['D', 'E', 'B', 'C', 'A']);
    // Across stages: the end by default, a position past the end means last.
    await moveDeal(crm, caller, { dealId: deals.B, stageId: qualified.id });
    await moveDeal(crm, caller, { dealId: deals.D, stageId: qualified.id, position: 99 });
    await moveDeal(crm, caller, { dealId: deals.A, stageId: qualified.id, position: 1 });
    const moved = await moveDeal(crm, caller, {
      dealId: deals.C,
      stageId: qualified.id,
      beforeDealId: deals.B,
    });
    expect(moved.deal).toMatchObject({ position: 0, stage: { id: qualified.id } });
    expect(await stageTitles(crm, caller, lead.id)).toEqual(['E']);
    expect(await stageTitles(crm, caller, qualified.id)).toEqual(['C', 'B', 'A', 'D']);
    await moveDeal(crm, caller, { dealId: deals.B, stageId: lead.id, position: 0 });
    expect(await stageTitles(crm, caller, lead.id)).toEqual(['B', 'E']);
    expect(await stageTitles(crm, caller, qualified.id)).toEqual(['C', 'A', 'D']);

    const history = await call<{
      deal: { history: Array<{ from: { id: string } | null; to: { id: string } }> };
    }>(crm, caller, `query ($id: ID!) { deal(id: $id) { history { from { id } to { id } by { id } } } }`, {
      id: deals.B,
    });
    // Newest first; moves within a stage are not stage changes.
    expect(history.body.data!.deal.history.map((change) => [change.from?.id ?? null, change.to.id])).toEqual([
      [qualified.id, lead.id],
      [lead.id, qualified.id],
      [null, lead.id],
    ]);
    const moves = (await eventsOf(tenantId)).filter((event) => event.type === 'crm.deal.moved');
    expect(moves).toHaveLength(8);
    expect(moves[3].payload).toMatchObject({
      id: deals.B,
      tenantId,
      fromStageId: lead.id,
      toStageId: qualified.id,
    });
  });

  it('refuses bad moves: unknown or foreign stage, the LOST stage, bad positions, unknown deals', async () => {
    const { tenantId, sales } = await setup();
    const other = await setup();
    const deal = await createDeal(crm, { tenantId }, { title: 'Mine' });
    const second = await createDeal(crm, { tenantId }, { title: 'Second', stageId: sales.stages[1].id });
    const codes = async (input: Record<string, unknown>) =>
      (await moveDeal(crm, { tenantId }, { dealId: deal.id, ...input })).userErrors.map(
        (error) => error.code,
      );
    expect(await codes({ stageId: randomUUID() })).toEqual(['STAGE_NOT_FOUND']);
    expect(await codes({ stageId: other.sales.stages[1].id })).toEqual(['STAGE_NOT_FOUND']);
    expect(await codes({ stageId: sales.stages[5].id })).toEqual(['LOST_REASON_REQUIRED']);
    expect(await codes({ stageId: sales.stages[1].id, position: -1 })).toEqual(['POSITION_INVALID']);
    expect(await codes({ stageId: sales.stages[1].id, position: 0, beforeDealId: second.id })).toEqual([
      'POSITION_AMBIGUOUS',
    ]);
    expect(await codes({ stageId: sales.stages[2].id, beforeDealId: second.id })).toEqual([
      'BEFORE_DEAL_INVALID',
    ]);
    expect(await codes({ stageId: sales.stages[0].id, beforeDealId: deal.id })).toEqual([
      'BEFORE_DEAL_INVALID',
    ]);
    const unknown = await call(
      crm,
      { tenantId },
      `mutation ($input: MoveDealInput!) { moveDeal(input: $input) { deal { id } } }`,
      {
        input: { dealId: randomUUID(), stageId: sales.stages[1].id },
      },
    );
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    const malformed = await call(
      crm,
      { tenantId },
      `mutation { moveDeal(input: { dealId: "x", stageId: "y" }) { deal { id } } }`,
    );
    expect(errorCodes(malformed)).toEqual(['BAD_USER_INPUT']);
    const [row] = await queryAsSuperuser<{ stage_id: string; position: number }>(
      `select stage_id, position from crm.deals where id = $1`,
      [deal.id],
    );
    expect(row).toEqual({ stage_id: sales.stages[0].id, position: 0 });
  });

  it('gives 10 concurrent moves into one stage distinct positions without errors', async () => {
    const { tenantId, sales } = await setup();
    const [lead, , proposal] = sales.stages;
    const deals = [];
    for (let index = 0; index < 10; index += 1)
      deals.push(await createDeal(crm, { tenantId }, { title: `Deal ${index}` }));
    await createDeal(crm, { tenantId }, { title: 'Already there', stageId: proposal.id });
    const results = await Promise.all(
      deals.map((deal, index) =>
        moveDeal(crm, { tenantId }, { dealId: deal.id, stageId: proposal.id, position: index % 3 }),
      ),
    );
    expect(results.every((result) => result.userErrors.length === 0 && result.deal !== null)).toBe(true);
    const titles = await stageTitles(crm, { tenantId }, proposal.id);
    expect(titles).toHaveLength(11);
    expect(new Set(titles).size).toBe(11);
    expect(await stageTitles(crm, { tenantId }, lead.id)).toEqual([]);
  });

  it('marks deals won and lost (reason from the catalogue), reopens them, and emits events', async () => {
    const { tenantId, sales } = await setup();
    const won = sales.stages.find((stage) => stage.kind === 'WON')!;
    const lost = sales.stages.find((stage) => stage.kind === 'LOST')!;
    const deal = await createDeal(
      crm,
      { tenantId },
      { title: 'Big one', amount: { amount: '500', currency: 'USD' } },
    );
    const result = await call<{ markDealWon: Payload }>(crm, { tenantId }, MARK_WON, {
      input: { dealId: deal.id },
    });
    expect(result.body.data!.markDealWon.deal).toMatchObject({
      status: 'WON',
      stage: { id: won.id },
      position: 0,
    });
    expect(result.body.data!.markDealWon.deal!.closedAt).not.toBeNull();
    const again = await call<{ markDealWon: Payload }>(crm, { tenantId }, MARK_WON, {
      input: { dealId: deal.id },
    });
    expect(again.body.data!.markDealWon.userErrors.map((error) => error.code)).toEqual(['ALREADY_WON']);

    const reasons = await call<{ lostReasons: Array<{ id: string; name: string }> }>(
      crm,
      { tenantId },
      `{ lostReasons { id name } }`,
    );
    const price = reasons.body.data!.lostReasons.find((reason) => reason.name === 'Price too high')!;
    const other = await setup();
    const foreignReasons = await call<{ lostReasons: Array<{ id: string }> }>(
      crm,
      { tenantId: other.tenantId },
      `{ lostReasons { id } }`,
    );
    for (const lostReasonId of [randomUUID(), foreignReasons.body.data!.lostReasons[0].id]) {
      const bad = await call<{ markDealLost: Payload }>(crm, { tenantId }, MARK_LOST, {
        input: { dealId: deal.id, lostReasonId },
      });
      expect(bad.body.data!.markDealLost.userErrors.map((error) => error.code)).toEqual([
        'LOST_REASON_NOT_FOUND',
      ]);
    }
    const lostResult = await call<{ markDealLost: Payload }>(crm, { tenantId }, MARK_LOST, {
      input: { dealId: deal.id, lostReasonId: price.id },
    });
    expect(lostResult.body.data!.markDealLost.deal).toMatchObject({
      status: 'LOST',
      stage: { id: lost.id },
      lostReason: { id: price.id, name: 'Price too high' },
    });
    const unknown = await call(crm, { tenantId }, MARK_LOST, {
      input: { dealId: randomUUID(), lostReasonId: price.id },
    });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);

    // Moving it back into an open stage reopens it; moving into WON wins it again.
    const reopened = await moveDeal(crm, { tenantId }, { dealId: deal.id, stageId: sales.stages[2].id });
    expect(reopened.deal).toMatchObject({ status: 'OPEN', lostReason: null, closedAt: null });
    const viaMove = await moveDeal(crm, { tenantId }, { dealId: deal.id, stageId: won.id });
    expect(viaMove.deal).toMatchObject({ status: 'WON' });

    const events = await eventsOf(tenantId);
    const wonEvents = events.filter((event) => event.type === 'crm.deal.won');
    expect(wonEvents).toHaveLength(2);
    expect(wonEvents[0].payload).toMatchObject({
      id: deal.id,
      tenantId,
      fromStageId: sales.stages[0].id,
      toStageId: won.id,
      amount: { amount: '500.00', currency: 'USD' },
    });
    const lostEvents = events.filter((event) => event.type === 'crm.deal.lost');
    expect(lostEvents.map((event) => event.payload)).toEqual([
      expect.objectContaining({
        id: deal.id,
        tenantId,
        fromStageId: won.id,
        toStageId: lost.id,
        lostReasonId: price.id,
      }),
    ]);
  });

  it('updates details, clears fields, and validates like createDeal', async () => {
    const { tenantId } = await setup();
    const company = await createCompany(crm, { tenantId }, { name: 'Beta' });
    const deal = await createDeal(
      crm,
      { tenantId },
      { title: 'Draft', amount: { amount: '10', currency: 'USD' } },
    );
    const updated = await call<{ updateDeal: Payload }>(crm, { tenantId }, UPDATE, {
      input: {
        id: deal.id,
        title: 'Final',
        companyId: company.id,
        expectedCloseDate: '2027-01-15',
        amount: null,
      },
    });
    expect(updated.body.data!.updateDeal.deal).toMatchObject({
      title: 'Final',
      amount: null,
      company: { name: 'Beta' },
      expectedCloseDate: '2027-01-15',
    });
    const bad = await call<{ updateDeal: Payload }>(crm, { tenantId }, UPDATE, {
      input: { id: deal.id, amount: { amount: '-1', currency: 'USD' }, companyId: randomUUID() },
    });
    expect(bad.body.data!.updateDeal.userErrors.map((error) => error.code).sort()).toEqual([
      'AMOUNT_NEGATIVE',
      'COMPANY_NOT_FOUND',
    ]);
    const unknown = await call(crm, { tenantId }, UPDATE, { input: { id: randomUUID(), title: 'X' } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
  });

  it('lists deals with totalCount, search, filters, orderBy and keyset pages', async () => {
    const { tenantId, userId, sales } = await setup();
    const company = await createCompany(crm, { tenantId }, { name: 'Gamma' });
    const owner = randomUUID();
    await createDeal(
      crm,
      { tenantId, userId },
      { title: 'Alpha 50%_off', amount: { amount: '300', currency: 'USD' }, expectedCloseDate: '2027-05-01' },
    );
    await createDeal(
      crm,
      { tenantId, userId },
      { title: 'beta', amount: { amount: '100', currency: 'USD' }, companyId: company.id },
    );
    await createDeal(
      crm,
      { tenantId, userId },
      { title: 'Gamma', ownerId: owner, stageId: sales.stages[2].id },
    );
    await createDeal(
      crm,
      { tenantId, userId },
      { title: 'delta', amount: { amount: '200', currency: 'EUR' }, expectedCloseDate: '2027-01-15' },
    );
    const list = async (variables: Record<string, unknown>) => {
      const result = await call<{
        deals: {
          totalCount: number;
          edges: Array<{ node: { title: string } }>;
          pageInfo: { endCursor: string; hasNextPage: boolean };
        };
      }>(
        crm,
        { tenantId },
        `query ($first: Int, $after: String, $search: String, $filter: DealFilter, $orderBy: DealOrder) {
           deals(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
             totalCount edges { node { title } } pageInfo { endCursor hasNextPage } } }`,
        variables,
      );
      if (!result.body.data) throw new Error(JSON.stringify(result.body));
      return result.body.data.deals;
    };
    const titles = async (variables: Record<string, unknown>) =>
      (await list(variables)).edges.map((edge) => edge.node.title);
    expect(await titles({})).toEqual(['delta', 'Gamma', 'beta', 'Alpha 50%_off']);
    const by = (field: string, direction = 'ASC') => ({ orderBy: { field, direction } });
    expect(await titles(by('CREATED_AT'))).toEqual(['Alpha 50%_off', 'beta', 'Gamma', 'delta']);
    expect(await titles(by('TITLE'))).toEqual(['Alpha 50%_off', 'beta', 'delta', 'Gamma']);
    expect(await titles(by('TITLE', 'DESC'))).toEqual(['Gamma', 'delta', 'beta', 'Alpha 50%_off']);
    expect(await titles(by('AMOUNT', 'DESC'))).toEqual(['Alpha 50%_off', 'delta', 'beta', 'Gamma']);
    expect(await titles(by('AMOUNT'))).toEqual(['Gamma', 'beta', 'delta', 'Alpha 50%_off']);
    // Undated deals last ascending (ties by id, so the two undated ones in either order).
    const byDate = await titles(by('EXPECTED_CLOSE_DATE'));
    expect(byDate.slice(0, 2)).toEqual(['delta', 'Alpha 50%_off']);
    expect(byDate.slice(2).sort()).toEqual(['Gamma', 'beta']);
    expect(await titles({ search: 'ALPHA' })).toEqual(['Alpha 50%_off']);
    expect(await titles({ search: '%_' })).toEqual(['Alpha 50%_off']);
    expect(await titles({ filter: { companyId: company.id } })).toEqual(['beta']);
    expect(await titles({ filter: { ownerId: owner } })).toEqual(['Gamma']);
    expect(await titles({ filter: { stageId: sales.stages[2].id } })).toEqual(['Gamma']);
    expect(await titles({ filter: { pipelineId: sales.id, status: 'OPEN' } })).toHaveLength(4);
    expect(await titles({ filter: { status: 'WON' } })).toEqual([]);

    const orders = [
      ['CREATED_AT', 'DESC'],
      ['UPDATED_AT', 'ASC'],
      ['TITLE', 'ASC'],
      ['AMOUNT', 'DESC'],
      ['EXPECTED_CLOSE_DATE', 'ASC'],
      ['EXPECTED_CLOSE_DATE', 'DESC'],
      ['POSITION', 'ASC'],
    ];
    for (const [field, direction] of orders) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof list>> = await list({
          first: 1,
          after,
          ...by(field, direction),
        });
        expect(page.totalCount).toBe(4);
        seen.push(...page.edges.map((edge) => edge.node.title));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen.sort()).toEqual(['Alpha 50%_off', 'Gamma', 'beta', 'delta']);
    }
    const badCursor = await call(crm, { tenantId }, `{ deals(after: "garbage") { totalCount } }`);
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    // A cursor of one order is refused by another rather than giving a wrong page.
    const byTitle = await list({ first: 1, ...by('TITLE') });
    const otherOrder = await call(
      crm,
      { tenantId },
      `query ($after: String) { deals(after: $after) { totalCount } }`,
      {
        after: byTitle.pageInfo.endCursor,
      },
    );
    expect(errorCodes(otherOrder)).toEqual(['BAD_USER_INPUT']);
    const badPage = await call(crm, { tenantId }, `{ deals(first: 101) { totalCount } }`);
    expect(errorCodes(badPage)).toEqual(['BAD_USER_INPUT']);
    const badFilter = await call(crm, { tenantId }, `{ deals(filter: { stageId: "nope" }) { totalCount } }`);
    expect(errorCodes(badFilter)).toEqual(['BAD_USER_INPUT']);
  });

  it('shows a board: stages in order with deals by position, counts and totals per currency', async () => {
    const { tenantId, sales } = await setup();
    const [lead, qualified] = sales.stages;
    await createDeal(crm, { tenantId }, { title: 'One', amount: { amount: '0.10', currency: 'USD' } });
    await createDeal(crm, { tenantId }, { title: 'Two', amount: { amount: '0.20', currency: 'USD' } });
    await createDeal(crm, { tenantId }, { title: 'Three', amount: { amount: '1000', currency: 'JPY' } });
    await createDeal(crm, { tenantId }, { title: 'Four' });
    await createDeal(
      crm,
      { tenantId },
      { title: 'Five', stageId: qualified.id, amount: { amount: '7', currency: 'EUR' } },
    );
    const board = await call<{
      pipelineBoard: {
        pipeline: { id: string };
        stages: Array<{
          stage: { id: string; name: string };
          deals: Array<{ title: string; position: number }>;
          dealCount: number;
          hasMoreDeals: boolean;
          totals: Array<{ amount: string; currency: string }>;
        }>;
      };
    }>(
      crm,
      { tenantId },
      `query ($id: ID!, $n: Int) { pipelineBoard(pipelineId: $id, dealsPerStage: $n) { pipeline { id }
         stages { stage { id name } deals { title position } dealCount hasMoreDeals totals { amount currency } } } }`,
      { id: sales.id, n: 3 },
    );
    const columns = board.body.data!.pipelineBoard.stages;
    expect(columns.map((column) => column.stage.name)).toEqual([
      'Lead in',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
    ]);
    expect(columns[0]).toEqual({
      stage: { id: lead.id, name: 'Lead in' },
      deals: [
        { title: 'One', position: 0 },
        { title: 'Two', position: 1 },
        { title: 'Three', position: 2 },
      ],
      dealCount: 4,
      hasMoreDeals: true,
      totals: [
        { amount: '1000', currency: 'JPY' },
        { amount: '0.30', currency: 'USD' },
      ],
    });
    expect(columns[1]).toMatchObject({
      dealCount: 1,
      hasMoreDeals: false,
      totals: [{ amount: '7.00', currency: 'EUR' }],
    });
    expect(columns[2]).toMatchObject({ deals: [], dealCount: 0, totals: [] });

    const unknown = await call(
      crm,
      { tenantId },
      `query ($id: ID!) { pipelineBoard(pipelineId: $id) { pipeline { id } } }`,
      {
        id: randomUUID(),
      },
    );
    expect(unknown.body.data).toEqual({ pipelineBoard: null });
    const tooMany = await call(
      crm,
      { tenantId },
      `query ($id: ID!) { pipelineBoard(pipelineId: $id, dealsPerStage: 101) { pipeline { id } } }`,
      {
        id: sales.id,
      },
    );
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('runs the same number of SQL statements for a board of 500 deals as for 50', async () => {
    const { tenantId, sales } = await setup();
    const company = await createCompany(crm, { tenantId }, { name: 'Board Co' });
    const fill = async (count: number) => {
      // Bulk rows straight into the table (as the superuser, outside RLS): the board is what is measured.
      await queryAsSuperuser(
        `insert into crm.deals (tenant_id, title, amount, currency, pipeline_id, stage_id, position, company_id, owner_id)
         select $1, 'Bulk ' || n, (n % 97) + 0.5, case when n % 2 = 0 then 'USD' else 'EUR' end, $2,
           ($3::uuid[])[(n % 4) + 1],
           coalesce((select max(position) + 1 from crm.deals d where d.stage_id = ($3::uuid[])[(n % 4) + 1]), 0) + n / 4,
           $4, gen_random_uuid()
         from generate_series(0, $5 - 1) as n`,
        [tenantId, sales.id, sales.stages.slice(0, 4).map((stage) => stage.id), company.id, count],
      );
    };
    const boardQuery = `query ($id: ID!) { pipelineBoard(pipelineId: $id, dealsPerStage: 100) {
      pipeline { id name stages { id } }
      stages { stage { id name winProbability pipeline { id } } dealCount totals { amount currency }
        deals { id title amount { amount currency } status position owner { id } company { id name }
          stage { id name } pipeline { id } lostReason { id } history { from { id } to { id } at } } } } }`;
    const statements = async () => {
      const before = sqlStatementCount(crm.dataSource);
      const result = await call<{
        pipelineBoard: { stages: Array<{ dealCount: number; deals: unknown[] }> };
      }>(crm, { tenantId }, boardQuery, { id: sales.id });
      expect(result.body.errors).toBeUndefined();
      return {
        statements: sqlStatementCount(crm.dataSource) - before,
        shown: result.body.data!.pipelineBoard.stages.reduce(
          (total, column) => total + column.deals.length,
          0,
        ),
        total: result.body.data!.pipelineBoard.stages.reduce((total, column) => total + column.dealCount, 0),
      };
    };
    await fill(50);
    const fifty = await statements();
    expect(fifty).toMatchObject({ shown: 50, total: 50 });
    await fill(450);
    const fiveHundred = await statements();
    expect(fiveHundred).toMatchObject({ shown: 400, total: 500 });
    expect(fiveHundred.statements).toBe(fifty.statements);
  });

  it('runs a constant number of SQL statements for deals lists and Company.deals, whatever their size', async () => {
    const { tenantId, sales } = await setup();
    const companies = [];
    for (let index = 0; index < 12; index += 1) {
      companies.push(await createCompany(crm, { tenantId }, { name: `Co ${index}` }));
    }
    await queryAsSuperuser(
      `insert into crm.deals (tenant_id, title, amount, currency, pipeline_id, stage_id, position, company_id)
       select $1, 'Bulk ' || n, n, 'USD', $2, $3, n, ($4::uuid[])[(n % 12) + 1] from generate_series(0, 119) as n`,
      [tenantId, sales.id, sales.stages[0].id, companies.map((company) => company.id)],
    );
    const fields = `id title amount { amount } stage { id name } pipeline { id } company { id name } owner { id }
      history { to { id } }`;
    const count = async (query: string, variables: Record<string, unknown>) => {
      const before = sqlStatementCount(crm.dataSource);
      const result = await call(crm, { tenantId }, query, variables);
      expect(result.body.errors).toBeUndefined();
      return sqlStatementCount(crm.dataSource) - before;
    };
    const list = `query ($first: Int) { deals(first: $first) { totalCount edges { node { ${fields} } } } }`;
    expect(await count(list, { first: 100 })).toBe(await count(list, { first: 5 }));
    const byCompany = `query ($r: [_Any!]!, $first: Int) { _entities(representations: $r) {
      ... on Company { deals(first: $first) { totalCount edges { node { ${fields} } } } } } }`;
    const two = companies.slice(0, 2).map((company) => ({ __typename: 'Company', id: company.id }));
    const twelve = companies.map((company) => ({ __typename: 'Company', id: company.id }));
    expect(await count(byCompany, { r: twelve, first: 10 })).toBe(
      await count(byCompany, { r: two, first: 1 }),
    );
  });

  it('resolves Deal entities by key and adds Company.deals and User.ownedDeals, batched', async () => {
    const { tenantId, userId } = await setup();
    const other = await setup();
    const company = await createCompany(crm, { tenantId }, { name: 'Delta' });
    const deal = await createDeal(crm, { tenantId, userId }, { title: 'Entity', companyId: company.id });
    await createDeal(crm, { tenantId, userId }, { title: 'Second', companyId: company.id });
    const foreign = await createDeal(crm, { tenantId: other.tenantId }, { title: 'Foreign' });
    const entities = await call<{ _entities: Array<{ id: string; title: string } | null> }>(
      crm,
      { tenantId },
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Deal { id title } } }`,
      {
        r: [
          { __typename: 'Deal', id: deal.id },
          { __typename: 'Deal', id: foreign.id },
          { __typename: 'Deal', id: 'junk' },
        ],
      },
    );
    expect(entities.body.data!._entities).toEqual([{ id: deal.id, title: 'Entity' }, null, null]);

    const nested = await call<{
      _entities: Array<{
        deals?: { totalCount: number; edges: Array<{ node: { title: string } }> };
        ownedDeals?: { totalCount: number };
      }>;
    }>(
      crm,
      { tenantId },
      `query ($r: [_Any!]!) { _entities(representations: $r) {
         ... on Company { deals(first: 1) { totalCount edges { node { title } } } }
         ... on User { ownedDeals { totalCount edges { node { title } } } } } }`,
      {
        r: [
          { __typename: 'Company', id: company.id },
          { __typename: 'User', id: userId },
          { __typename: 'User', id: other.userId },
        ],
      },
    );
    expect(nested.body.errors).toBeUndefined();
    expect(nested.body.data!._entities[0].deals).toEqual({
      totalCount: 2,
      edges: [{ node: { title: 'Second' } }],
    });
    expect(nested.body.data!._entities[1].ownedDeals!.totalCount).toBe(2);
    expect(nested.body.data!._entities[2].ownedDeals!.totalCount).toBe(0);
  });

  it('guards every operation: viewers read only, callers without crm.deal:read see nothing', async () => {
    const { tenantId, sales } = await setup();
    const deal = await createDeal(crm, { tenantId, permissions: MEMBER }, { title: 'By a member' });
    const viewer = { tenantId, permissions: VIEWER };
    const read = await call<{ deal: { title: string } }>(
      crm,
      viewer,
      `query ($id: ID!) { deal(id: $id) { title } }`,
      { id: deal.id },
    );
    expect(read.body.data!.deal.title).toBe('By a member');
    for (const [query, variables] of [
      [CREATE_DEAL, { input: { title: 'No' } }],
      [UPDATE, { input: { id: deal.id, title: 'No' } }],
      [MARK_WON, { input: { dealId: deal.id } }],
    ] as const) {
      expect(errorCodes(await call(crm, viewer, query, variables))).toEqual(['FORBIDDEN']);
    }
    expect(errorCodes(await moveDealRaw(viewer, deal.id, sales.stages[1].id))).toEqual(['FORBIDDEN']);
    const nobody = { tenantId, permissions: [] };
    expect(errorCodes(await call(crm, nobody, `{ deals { totalCount } }`))).toEqual(['FORBIDDEN']);
    expect(
      errorCodes(
        await call(crm, nobody, `query ($id: ID!) { pipelineBoard(pipelineId: $id) { pipeline { id } } }`, {
          id: sales.id,
        }),
      ),
    ).toEqual(['FORBIDDEN']);
  });
});

function moveDealRaw(caller: { tenantId: string; permissions: string[] }, dealId: string, stageId: string) {
  return call(crm, caller, `mutation ($input: MoveDealInput!) { moveDeal(input: $input) { deal { id } } }`, {
    input: { dealId, stageId },
  });
}
