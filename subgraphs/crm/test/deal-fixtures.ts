import { subgraphTestHarness, type RunningSubgraph, type TestCaller } from '@nexora/kit';
import { crmSubgraph } from '../src';

export const DEAL_READ = 'crm.deal:read';
export const DEAL_WRITE = 'crm.deal:write';
export const PIPELINE_WRITE = 'crm.pipeline:write';
export const ADMIN = [DEAL_READ, DEAL_WRITE, PIPELINE_WRITE, 'crm.company:read', 'crm.company:write'];
export const MEMBER = [DEAL_READ, DEAL_WRITE, 'crm.company:read', 'crm.company:write'];
export const VIEWER = [DEAL_READ, 'crm.company:read'];

/** crm as the deal tests call it: a caller naming no permissions is an admin of the CRM. */
export const dealHarness = subgraphTestHarness(crmSubgraph, { permissions: ADMIN });
export const { start: startCrm, call } = dealHarness;

export const DEAL_FIELDS = /* GraphQL */ `
  id
  title
  amount {
    amount
    currency
  }
  expectedCloseDate
  status
  position
  pipeline {
    id
  }
  stage {
    id
    name
    kind
  }
  lostReason {
    id
    name
  }
  owner {
    id
  }
  company {
    id
    name
  }
  closedAt
`;

export const PIPELINES = /* GraphQL */ `
  query {
    pipelines {
      id
      name
      isDefault
      stages {
        id
        name
        position
        winProbability
        kind
      }
    }
  }
`;

export const CREATE_DEAL = /* GraphQL */ `
  mutation ($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal { ${DEAL_FIELDS} }
      userErrors { field message code }
    }
  }
`;

export const MOVE_DEAL = /* GraphQL */ `
  mutation ($input: MoveDealInput!) {
    moveDeal(input: $input) {
      deal { ${DEAL_FIELDS} }
      userErrors { field message code }
    }
  }
`;

export interface Stage {
  id: string;
  name: string;
  position: number;
  winProbability: number;
  kind: 'OPEN' | 'WON' | 'LOST';
}

export interface Pipeline {
  id: string;
  name: string;
  isDefault: boolean;
  stages: Stage[];
}

export interface Deal {
  id: string;
  title: string;
  amount: { amount: string; currency: string } | null;
  status: string;
  position: number;
  stage: { id: string; name: string; kind: string };
  pipeline: { id: string };
  lostReason: { id: string; name: string } | null;
  owner: { id: string } | null;
  company: { id: string; name: string } | null;
  closedAt: string | null;
  expectedCloseDate: string | null;
}

export interface Payload {
  deal: Deal | null;
  userErrors: Array<{ field: string[] | null; message: string; code: string }>;
}

/** The tenant's default pipeline (seeded on first use). */
export async function defaultPipeline(crm: RunningSubgraph, caller: TestCaller): Promise<Pipeline> {
  const result = await call<{ pipelines: Pipeline[] }>(crm, caller, PIPELINES);
  const pipeline = result.body.data?.pipelines.find((candidate) => candidate.isDefault);
  if (!pipeline) throw new Error(`no default pipeline: ${JSON.stringify(result.body)}`);
  return pipeline;
}

export async function createDeal(
  crm: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<Deal> {
  const result = await call<{ createDeal: Payload }>(crm, caller, CREATE_DEAL, { input });
  const deal = result.body.data?.createDeal.deal;
  if (!deal) throw new Error(`createDeal failed: ${JSON.stringify(result.body)}`);
  return deal;
}

export async function moveDeal(
  crm: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<Payload> {
  const result = await call<{ moveDeal: Payload }>(crm, caller, MOVE_DEAL, { input });
  if (!result.body.data) throw new Error(`moveDeal failed: ${JSON.stringify(result.body)}`);
  return result.body.data.moveDeal;
}

/** Titles of a stage's deals in board order, read through `deals(orderBy: { field: POSITION })`. */
export async function stageTitles(
  crm: RunningSubgraph,
  caller: TestCaller,
  stageId: string,
): Promise<string[]> {
  const result = await call<{ deals: { edges: Array<{ node: { title: string; position: number } }> } }>(
    crm,
    caller,
    `query ($stageId: ID!) { deals(first: 100, filter: { stageId: $stageId }, orderBy: { field: POSITION }) {
       edges { node { title position } } } }`,
    { stageId },
  );
  const edges = result.body.data!.deals.edges;
  // Positions are exactly 0..n-1, in order.
  expect(edges.map((edge) => edge.node.position)).toEqual(edges.map((_edge, index) => index));
  return edges.map((edge) => edge.node.title);
}
