import {
  callSubgraph,
  startTestSubgraph,
  type GraphQLResult,
  type RunningSubgraph,
  type TestCaller,
} from '@nexora/kit';

export { errorCodes, type GraphQLResult } from '@nexora/kit';
import { crmSubgraph } from '../src';

export const READ = 'crm.company:read';
export const WRITE = 'crm.company:write';

export function startCrm(): Promise<RunningSubgraph> {
  return startTestSubgraph(crmSubgraph);
}

export type Caller = TestCaller;

/** Calls the subgraph as the gateway would for `caller` (member with read+write by default). */
export function call(
  subgraph: RunningSubgraph,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResult> {
  return callSubgraph(subgraph, { permissions: [READ, WRITE], ...caller }, query, variables);
}

export const CREATE_COMPANY = /* GraphQL */ `
  mutation Create($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
        name
        domain
        owner {
          id
        }
        createdAt
        updatedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export const LIST_COMPANIES = /* GraphQL */ `
  query List($first: Int, $after: String, $search: String) {
    companies(first: $first, after: $after, search: $search) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          domain
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

interface CreatedCompany {
  id: string;
  name: string;
  domain: string | null;
}

/** Creates a company and returns it, failing the test on any error or userError. */
export async function createCompany(
  subgraph: RunningSubgraph,
  caller: Caller,
  input: { name: string; domain?: string | null },
): Promise<CreatedCompany> {
  const result = await call(subgraph, caller, CREATE_COMPANY, { input });
  const payload = (
    result.body.data as { createCompany: { company: CreatedCompany | null; userErrors: unknown[] } } | null
  )?.createCompany;
  if (!payload?.company) throw new Error(`createCompany failed: ${JSON.stringify(result.body)}`);
  return payload.company;
}

export async function countCompanies(
  subgraph: RunningSubgraph,
  tenantId: string,
  search?: string,
): Promise<number> {
  const result = await call(subgraph, { tenantId }, LIST_COMPANIES, { first: 1, search });
  return (result.body.data as { companies: { totalCount: number } }).companies.totalCount;
}
