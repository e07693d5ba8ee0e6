import { subgraphTestHarness, type RunningSubgraph, type TestCaller } from '@nexora/kit';
import { crmSubgraph } from '../src';

export const READ = 'crm.company:read';
export const WRITE = 'crm.company:write';

/** crm as its tests start and call it: a caller who names no permissions may read and write companies. */
export const crmHarness = subgraphTestHarness(crmSubgraph, { permissions: [READ, WRITE] });
export const { start: startCrm, call } = crmHarness;

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
  caller: TestCaller,
  input: { name: string; domain?: string | null },
): Promise<CreatedCompany> {
  const result = await call<{ createCompany: { company: CreatedCompany | null } }>(
    subgraph,
    caller,
    CREATE_COMPANY,
    { input },
  );
  const payload = result.body.data?.createCompany;
  if (!payload?.company) throw new Error(`createCompany failed: ${JSON.stringify(result.body)}`);
  return payload.company;
}

export async function countCompanies(
  subgraph: RunningSubgraph,
  tenantId: string,
  search?: string,
): Promise<number> {
  const result = await call<{ companies: { totalCount: number } }>(subgraph, { tenantId }, LIST_COMPANIES, {
    first: 1,
    search,
  });
  return result.body.data!.companies.totalCount;
}
