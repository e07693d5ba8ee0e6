import { subgraphTestHarness, type RunningSubgraph, type TestCaller } from '@nexora/kit';
import { crmSubgraph } from '../src';

export const PERSON_READ = 'crm.person:read';
export const PERSON_WRITE = 'crm.person:write';
export const MEMBER_PERMISSIONS = ['crm.company:read', 'crm.company:write', PERSON_READ, PERSON_WRITE];
export const VIEWER_PERMISSIONS = ['crm.company:read', PERSON_READ];

/** crm as people tests call it: a caller who names no permissions is a member (reads and writes both). */
export const peopleHarness = subgraphTestHarness(crmSubgraph, { permissions: MEMBER_PERMISSIONS });
export const { start: startCrm, call } = peopleHarness;

export const PERSON_FIELDS = /* GraphQL */ `
  id
  firstName
  lastName
  name
  emails
  primaryEmail
  phones
  jobTitle
  tags
  company {
    id
    name
  }
  owner {
    id
  }
  createdAt
  updatedAt
`;

export const USER_ERRORS = 'userErrors { field message code }';

export const CREATE_PERSON = /* GraphQL */ `
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) { person { ${PERSON_FIELDS} } ${USER_ERRORS} }
  }
`;

export const UPDATE_PERSON = /* GraphQL */ `
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) { person { ${PERSON_FIELDS} } ${USER_ERRORS} }
  }
`;

export const DELETE_PERSON = /* GraphQL */ `
  mutation DeletePerson($input: DeletePersonInput!) {
    deletePerson(input: $input) { deletedPersonId ${USER_ERRORS} }
  }
`;

export const PERSON = /* GraphQL */ `
  query Person($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }
`;

export const LIST_PEOPLE = /* GraphQL */ `
  query People($first: Int, $after: String, $search: String, $filter: PersonFilter, $orderBy: PersonOrder) {
    people(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          name
          emails
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

export const CREATE_COMPANY = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company { id name domain industry employeeCount tags address { street city postalCode region country } }
      ${USER_ERRORS}
    }
  }
`;

export interface PersonResult {
  id: string;
  firstName: string;
  lastName: string | null;
  name: string;
  emails: string[];
  primaryEmail: string | null;
  phones: string[];
  jobTitle: string | null;
  tags: string[];
  company: { id: string; name: string } | null;
  owner: { id: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserErrorResult {
  field: string[] | null;
  message: string;
  code: string;
}

export interface PeoplePage {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string; emails: string[] } }>;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

/** Creates a person and returns it, failing the test on any error or userError. */
export async function createPerson(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<PersonResult> {
  const result = await call<{ createPerson: { person: PersonResult | null } }>(
    subgraph,
    caller,
    CREATE_PERSON,
    {
      input,
    },
  );
  const person = result.body.data?.createPerson.person;
  if (!person) throw new Error(`createPerson failed: ${JSON.stringify(result.body)}`);
  return person;
}

/** Creates a company and returns its id, failing the test on any error or userError. */
export async function createCompanyId(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  input: Record<string, unknown>,
): Promise<string> {
  const result = await call<{ createCompany: { company: { id: string } | null } }>(
    subgraph,
    caller,
    CREATE_COMPANY,
    {
      input,
    },
  );
  const company = result.body.data?.createCompany.company;
  if (!company) throw new Error(`createCompany failed: ${JSON.stringify(result.body)}`);
  return company.id;
}

export async function listPeople(
  subgraph: RunningSubgraph,
  caller: TestCaller,
  variables: Record<string, unknown>,
): Promise<PeoplePage> {
  const result = await call<{ people: PeoplePage }>(subgraph, caller, LIST_PEOPLE, variables);
  if (!result.body.data) throw new Error(`people failed: ${JSON.stringify(result.body)}`);
  return result.body.data.people;
}
