import { queryAsSuperuser } from '@nexora/kit';
import {
  createCompany,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type SignedUpTenant,
  type UserErrorResult,
} from './e2e-client';

let e2e: E2EPlatform;
let a: SignedUpTenant;
let b: SignedUpTenant;
let pipelineA: Pipeline;
let pipelineB: Pipeline;
let companyA: string;
let dealA: string;
let lostReasonA: string;

interface Pipeline {
  id: string;
  stages: Array<{ id: string; name: string; kind: string }>;
}

interface DealPayload {
  deal: { id: string; title: string; status: string; stage: { id: string } } | null;
  userErrors: UserErrorResult[];
}

const PIPELINES = `{ pipelines { id isDefault stages { id name kind } } lostReasons { id name } }`;
const CREATE_DEAL = `mutation ($input: CreateDealInput!) {
  createDeal(input: $input) { deal { id title status stage { id } } userErrors { field message code } } }`;
const MOVE_DEAL = `mutation ($input: MoveDealInput!) {
  moveDeal(input: $input) { deal { id title status stage { id } } userErrors { field message code } } }`;
const MARK_WON = `mutation ($input: MarkDealWonInput!) {
  markDealWon(input: $input) { deal { id status } userErrors { field message code } } }`;
const MARK_LOST = `mutation ($input: MarkDealLostInput!) {
  markDealLost(input: $input) { deal { id status } userErrors { field message code } } }`;
const UPDATE_DEAL = `mutation ($input: UpdateDealInput!) {
  updateDeal(input: $input) { deal { id title } userErrors { field message code } } }`;

async function defaults(token: string): Promise<{ pipeline: Pipeline; lostReason: string }> {
  const result = await e2e.gql<{
    pipelines: Array<Pipeline & { isDefault: boolean }>;
    lostReasons: Array<{ id: string }>;
  }>(PIPELINES, {}, token);
  const pipeline = result.body.data?.pipelines.find((candidate) => candidate.isDefault);
  if (!pipeline) throw new Error(`no default pipeline: ${JSON.stringify(result.body)}`);
  return { pipeline, lostReason: result.body.data!.lostReasons[0].id };
}

beforeAll(async () => {
  e2e = await startE2EPlatform();
  [a, b] = await Promise.all([e2e.signUpTenant('deals-a'), e2e.signUpTenant('deals-b')]);
  const [defaultsA, defaultsB] = await Promise.all([defaults(a.token), defaults(b.token)]);
  pipelineA = defaultsA.pipeline;
  pipelineB = defaultsB.pipeline;
  lostReasonA = defaultsA.lostReason;
  companyA = await createCompany(e2e, a.token, uniqueName('Initech'));
  const created = await e2e.gql<{ createDeal: DealPayload }>(
    CREATE_DEAL,
    {
      input: { title: 'Secret expansion', amount: { amount: '9000', currency: 'USD' }, companyId: companyA },
    },
    a.token,
  );
  dealA = created.body.data!.createDeal.deal!.id;
});

afterAll(async () => {
  await e2e?.stop();
});

describe('deals through the gateway', () => {
  it('gives every new tenant its own default pipeline and works end to end for the owner', async () => {
    expect(pipelineA.id).not.toBe(pipelineB.id);
    expect(pipelineA.stages.map((stage) => stage.name)).toEqual([
      'Lead in',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
    ]);
    const moved = await e2e.gql<{ moveDeal: DealPayload }>(
      MOVE_DEAL,
      { input: { dealId: dealA, stageId: pipelineA.stages[2].id } },
      a.token,
    );
    expect(moved.body.data!.moveDeal.deal!.stage.id).toBe(pipelineA.stages[2].id);
    const federated = await e2e.gql<{
      me: {
        user: { id: string; ownedDeals: { totalCount: number; edges: Array<{ node: { id: string } }> } };
      };
      company: { deals: { totalCount: number } };
      deal: { owner: { id: string; email: string }; company: { id: string } };
    }>(
      `query ($company: ID!, $deal: ID!) {
         me { user { id ownedDeals { totalCount edges { node { id } } } } }
         company(id: $company) { deals { totalCount } }
         deal(id: $deal) { owner { id email } company { id } }
       }`,
      { company: companyA, deal: dealA },
      a.token,
    );
    expect(federated.body.errors).toBeUndefined();
    expect(federated.body.data!.me.user.ownedDeals).toEqual({
      totalCount: 1,
      edges: [{ node: { id: dealA } }],
    });
    expect(federated.body.data!.company.deals.totalCount).toBe(1);
    // Deal.owner is crm's key, completed by identity: the owner's e-mail comes through the gateway.
    expect(federated.body.data!.deal.owner).toEqual({ id: a.userId, email: a.email });
  });

  it('sets up the CRM of a tenant when identity creates it, before any crm request', async () => {
    const c = await e2e.signUpTenant('deals-c');
    const pipelines = async () =>
      (
        await queryAsSuperuser<{ name: string }>(`select name from crm.pipelines where tenant_id = $1`, [
          c.tenantId,
        ])
      ).map((row) => row.name);
    // identity's outbox relay and crm's event handler run after the sign-up commits: wait for them.
    for (let attempt = 0; attempt < 100 && (await pipelines()).length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await pipelines()).toEqual(['Sales']);
  });

  it("never lets tenant B see A's deal: by id, list, search, filters, board, or its own ownedDeals", async () => {
    const seen = await e2e.gql<Record<string, unknown>>(
      `query ($deal: ID!, $pipeline: ID!, $company: ID!) {
         deal(id: $deal) { id }
         deals(first: 100) { totalCount edges { node { id } } }
         searched: deals(search: "Secret") { totalCount }
         byCompany: deals(filter: { companyId: $company }) { totalCount }
         byPipeline: deals(filter: { pipelineId: $pipeline }) { totalCount }
         pipeline(id: $pipeline) { id }
         pipelineBoard(pipelineId: $pipeline) { pipeline { id } }
         me { user { ownedDeals { totalCount } } }
       }`,
      { deal: dealA, pipeline: pipelineA.id, company: companyA },
      b.token,
    );
    expect(seen.body).toEqual({
      data: {
        deal: null,
        deals: { totalCount: 0, edges: [] },
        searched: { totalCount: 0 },
        byCompany: { totalCount: 0 },
        byPipeline: { totalCount: 0 },
        pipeline: null,
        pipelineBoard: null,
        me: { user: { ownedDeals: { totalCount: 0 } } },
      },
    });
    // B's own board of its own pipeline shows none of A's deals.
    const board = await e2e.gql<{ pipelineBoard: { stages: Array<{ dealCount: number }> } }>(
      `query ($id: ID!) { pipelineBoard(pipelineId: $id) { stages { dealCount } } }`,
      { id: pipelineB.id },
      b.token,
    );
    expect(board.body.data!.pipelineBoard.stages.every((stage) => stage.dealCount === 0)).toBe(true);
  });

  it("never lets tenant B move, win, lose or edit A's deal, or use A's stages, pipelines or companies", async () => {
    for (const [query, input] of [
      [MOVE_DEAL, { dealId: dealA, stageId: pipelineB.stages[1].id }],
      [MARK_WON, { dealId: dealA }],
      [UPDATE_DEAL, { id: dealA, title: 'Mine now' }],
    ] as const) {
      const result = await e2e.gql(query, { input }, b.token);
      expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    }
    const { lostReason: lostReasonB } = await defaults(b.token);
    const lost = await e2e.gql(MARK_LOST, { input: { dealId: dealA, lostReasonId: lostReasonB } }, b.token);
    expect(lost.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    const ownDeal = await e2e.gql<{ createDeal: DealPayload }>(
      CREATE_DEAL,
      { input: { title: 'B deal' } },
      b.token,
    );
    const dealB = ownDeal.body.data!.createDeal.deal!.id;
    const codes = async (query: string, input: Record<string, unknown>, field: string) => {
      const result = await e2e.gql<Record<string, DealPayload>>(query, { input }, b.token);
      expect(result.body.errors).toBeUndefined();
      return result.body.data![field].userErrors.map((error) => error.code);
    };
    expect(await codes(MOVE_DEAL, { dealId: dealB, stageId: pipelineA.stages[1].id }, 'moveDeal')).toEqual([
      'STAGE_NOT_FOUND',
    ]);
    expect(
      await codes(
        MOVE_DEAL,
        { dealId: dealB, stageId: pipelineB.stages[0].id, beforeDealId: dealA },
        'moveDeal',
      ),
    ).toEqual(['BEFORE_DEAL_INVALID']);
    expect(await codes(MARK_LOST, { dealId: dealB, lostReasonId: lostReasonA }, 'markDealLost')).toEqual([
      'LOST_REASON_NOT_FOUND',
    ]);
    expect(await codes(CREATE_DEAL, { title: 'X', stageId: pipelineA.stages[0].id }, 'createDeal')).toEqual([
      'STAGE_NOT_FOUND',
    ]);
    expect(await codes(CREATE_DEAL, { title: 'X', pipelineId: pipelineA.id }, 'createDeal')).toEqual([
      'PIPELINE_NOT_FOUND',
    ]);
    expect(await codes(CREATE_DEAL, { title: 'X', companyId: companyA }, 'createDeal')).toEqual([
      'COMPANY_NOT_FOUND',
    ]);
    const pipelineEdit = await e2e.gql(
      `mutation ($input: UpdatePipelineInput!) { updatePipeline(input: $input) { pipeline { id } } }`,
      { input: { id: pipelineA.id, name: 'Taken over' } },
      b.token,
    );
    expect(pipelineEdit.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    // A's deal is untouched.
    const check = await e2e.gql<{ deal: { title: string; status: string; stage: { id: string } } }>(
      `query ($id: ID!) { deal(id: $id) { title status stage { id } } }`,
      { id: dealA },
      a.token,
    );
    expect(check.body.data!.deal).toEqual({
      title: 'Secret expansion',
      status: 'OPEN',
      stage: { id: pipelineA.stages[2].id },
    });
  });

  it("resolves none of A's deals, pipelines' deals or company deals through _entities with B's context", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) {
      ... on Deal { id title amount { amount currency } }
      ... on Company { deals { totalCount } }
      ... on User { ownedDeals { totalCount } } } }`;
    const r = [
      { __typename: 'Deal', id: dealA },
      { __typename: 'Company', id: companyA },
      { __typename: 'User', id: a.userId },
    ];
    const asB = await e2e.subgraph<{ _entities: unknown[] }>(
      'crm',
      query,
      { r },
      e2e.signedFor('crm', b.tenantId, b.userId),
    );
    expect(asB.status).toBe(200);
    expect(asB.body).toEqual({ data: { _entities: [null, null, { ownedDeals: { totalCount: 0 } }] } });
    // Control: as A the same call resolves, so the nulls above are isolation.
    const asA = await e2e.subgraph<{ _entities: unknown[] }>(
      'crm',
      query,
      { r },
      e2e.signedFor('crm', a.tenantId, a.userId),
    );
    expect(asA.body.data!._entities).toEqual([
      { id: dealA, title: 'Secret expansion', amount: { amount: '9000.00', currency: 'USD' } },
      { deals: { totalCount: 1 } },
      { ownedDeals: { totalCount: 1 } },
    ]);
  });
});
