import { randomUUID } from 'node:crypto';
import { getIntrospectionQuery } from 'graphql';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { PERMISSIONS, uniqueEmail } from '@nexora/kit';
import {
  createCompany,
  PASSWORD,
  SESSION_FIELDS,
  startE2EPlatform,
  USER_ERRORS,
  uniqueName,
  type E2EPlatform,
  type GraphQLResult,
  type SessionPayload,
  type SignedUpTenant,
} from './e2e-client';

let e2e: E2EPlatform;
let owner: SignedUpTenant;
let companyId: string;
/** Every response this file received, checked at the end: bad input must never become a 500. */
const responses: Array<{ label: string; status: number; codes: unknown[] }> = [];

beforeAll(async () => {
  e2e = await startE2EPlatform();
  owner = await e2e.signUpTenant('bad-input');
  companyId = await createCompany(e2e, owner.token, uniqueName('Real Co'));
});

afterAll(async () => {
  await e2e?.stop();
});

async function gql<TData = Record<string, unknown>>(
  label: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GraphQLResult<TData>> {
  const result = await e2e.gql<TData>(query, variables, token);
  responses.push({
    label,
    status: result.status,
    codes: result.body.errors?.map((error) => error.extensions?.code) ?? [],
  });
  return result;
}

function codes(result: GraphQLResult<unknown>): unknown[] {
  return result.body.errors?.map((error) => error.extensions?.code) ?? [];
}

const COMPANIES = `{ companies { totalCount edges { node { id name } } } }`;

const SIGN_UP = `mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) { session { ${SESSION_FIELDS} } ${USER_ERRORS} }
}`;

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(input: { email: $email, password: $password }) { session { ${SESSION_FIELDS} } ${USER_ERRORS} }
}`;

function expectRefused(result: GraphQLResult<unknown>, status: number, code: string): void {
  expect({ status: result.status, codes: codes(result), data: result.body.data ?? null }).toEqual({
    status,
    codes: [code],
    data: null,
  });
}

describe('bad credentials are refused at the gateway with 401 UNAUTHENTICATED', () => {
  const claims = () => ({
    userId: owner.userId,
    tenantId: owner.tenantId,
    permissions: [...PERMISSIONS],
  });

  it('an expired token signed with identity’s own key', async () => {
    const expired = await e2e.signAccessToken({
      ...claims(),
      issuedAt: Date.now() - 20 * 60_000,
      expiresAt: Date.now() - 5 * 60_000,
    });
    const result = await gql('expired token', COMPANIES, {}, expired);
    expectRefused(result, 401, 'UNAUTHENTICATED');
    expect(result.body.errors?.[0].message).toMatch(/expired/);

    // Control: the same key and claims, still valid, are accepted, so only the expiry was refused.
    const fresh = await e2e.signAccessToken({
      ...claims(),
      issuedAt: Date.now(),
      expiresAt: Date.now() + 5 * 60_000,
    });
    const accepted = await gql<{ companies: { totalCount: number } }>('fresh token', COMPANIES, {}, fresh);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data?.companies.totalCount).toBe(1);
  });

  it('tampered or foreign tokens: swapped payload, flipped signature, unknown key, alg none, wrong audience', async () => {
    const [header, payload, signature] = owner.token.split('.');
    const claimsOf = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const otherTenantPayload = Buffer.from(JSON.stringify({ ...claimsOf, tid: randomUUID() })).toString(
      'base64url',
    );
    const flipped = signature.startsWith('A') ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const { privateKey: foreignKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({ tid: owner.tenantId, perms: [...PERMISSIONS] })
      .setProtectedHeader({ alg: 'ES256', kid: e2e.accessTokenKid })
      .setIssuer('nexora-identity')
      .setAudience('nexora-api')
      .setSubject(owner.userId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(foreignKey);
    const unsigned = new UnsecuredJWT({ tid: owner.tenantId, perms: [...PERMISSIONS] })
      .setIssuer('nexora-identity')
      .setAudience('nexora-api')
      .setSubject(owner.userId)
      .setIssuedAt()
      .setExpirationTime('5m')
      .encode();
    const wrongAudience = await e2e.signAccessToken({
      ...claims(),
      issuedAt: Date.now(),
      expiresAt: Date.now() + 5 * 60_000,
      audience: 'some-other-api',
    });
    const tokens = {
      'payload swapped': `${header}.${otherTenantPayload}.${signature}`,
      'signature flipped': `${header}.${payload}.${flipped}`,
      'signed by a key identity does not publish': foreign,
      'alg none': unsigned,
      'issued for another audience': wrongAudience,
      'not a JWT at all': 'garbage',
    };
    for (const [label, token] of Object.entries(tokens)) {
      const result = await gql(label, COMPANIES, {}, token);
      expect({
        label,
        status: result.status,
        codes: codes(result),
        hasData: result.body.data != null,
      }).toEqual({
        label,
        status: 401,
        codes: ['UNAUTHENTICATED'],
        hasData: false,
      });
    }
  });

  it('anonymous access to tenant data', async () => {
    expectRefused(await gql('anonymous companies', COMPANIES), 401, 'UNAUTHENTICATED');
    expectRefused(
      await gql('anonymous invoice', `query($id: ID!) { invoice(id: $id) { id } }`, { id: randomUUID() }),
      401,
      'UNAUTHENTICATED',
    );
    expectRefused(await gql('anonymous me', `{ me { role } }`), 401, 'UNAUTHENTICATED');
  });

  it('a valid token without a tenant is refused too (403: signed in, but no tenant to act in)', async () => {
    const noTenant = await e2e.signAccessToken({
      userId: owner.userId,
      tenantId: null,
      permissions: [...PERMISSIONS],
      issuedAt: Date.now(),
      expiresAt: Date.now() + 5 * 60_000,
    });
    expectRefused(await gql('token without tenant', COMPANIES, {}, noTenant), 403, 'FORBIDDEN');
  });
});

describe('bad ids', () => {
  it('unknown ids are null, malformed ids are BAD_USER_INPUT', async () => {
    const unknown = await gql(
      'unknown ids',
      `query($company: ID!, $invoice: ID!) { company(id: $company) { id } invoice(id: $invoice) { id } }`,
      { company: randomUUID(), invoice: randomUUID() },
      owner.token,
    );
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual({ data: { company: null, invoice: null } });

    for (const field of ['company', 'invoice']) {
      const malformed = await gql(
        `malformed ${field} id`,
        `query($id: ID!) { ${field}(id: $id) { id } }`,
        { id: "1' or '1'='1" },
        owner.token,
      );
      expect({ field, codes: codes(malformed), data: malformed.body.data }).toEqual({
        field,
        codes: ['BAD_USER_INPUT'],
        data: { [field]: null },
      });
    }

    const badCustomer = await gql(
      'malformed customer id',
      `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { invoice { id } ${USER_ERRORS} } }`,
      { input: { customerId: 'not-a-uuid', lines: [{ description: 'x', quantity: '1', unitPrice: '1' }] } },
      owner.token,
    );
    expect(codes(badCustomer)).toEqual(['BAD_USER_INPUT']);

    const missing = await gql(
      'update unknown company',
      `mutation($id: ID!) { updateCompany(input: { id: $id, name: "x" }) { company { id } ${USER_ERRORS} } }`,
      { id: randomUUID() },
      owner.token,
    );
    expect(codes(missing)).toEqual(['NOT_FOUND']);

    const badCursor = await gql(
      'bad cursor',
      `{ companies(after: "garbage") { totalCount } }`,
      {},
      owner.token,
    );
    expect(codes(badCursor)).toEqual(['BAD_USER_INPUT']);
    const tooMany = await gql('page too large', `{ invoices(first: 1000) { totalCount } }`, {}, owner.token);
    expect(codes(tooMany)).toEqual(['BAD_USER_INPUT']);

    // None of it wrote anything.
    const companies = await gql<{
      companies: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>('count after bad ids', COMPANIES, {}, owner.token);
    expect(companies.body.data?.companies.edges.map((edge) => edge.node.id)).toEqual([companyId]);
  });
});

describe('expected failures of sign-up and login are userErrors', () => {
  it('wrong password and unknown e-mail give the same INVALID_CREDENTIALS', async () => {
    for (const [label, email] of [
      ['wrong password', owner.email],
      ['unknown e-mail', uniqueEmail('nobody')],
    ]) {
      const result = await gql<{ login: SessionPayload }>(label, LOGIN, {
        email,
        password: 'not the password',
      });
      expect({ label, status: result.status, data: result.body.data }).toEqual({
        label,
        status: 200,
        data: {
          login: { session: null, userErrors: [expect.objectContaining({ code: 'INVALID_CREDENTIALS' })] },
        },
      });
    }
  });

  it('duplicate sign-up (any case), weak password and malformed e-mail write nothing', async () => {
    const attempts: Array<{ label: string; input: Record<string, string>; expected: string[] }> = [
      {
        label: 'duplicate e-mail',
        input: { email: owner.email.toUpperCase(), password: PASSWORD, name: 'Copy', tenantName: 'Copy' },
        expected: ['EMAIL_TAKEN'],
      },
      {
        label: 'short password',
        input: { email: uniqueEmail('weak'), password: 'short', name: 'W', tenantName: 'W' },
        expected: ['WEAK_PASSWORD'],
      },
      {
        label: 'one repeated character',
        input: { email: uniqueEmail('weak'), password: 'aaaaaaaaaaaaaa', name: 'W', tenantName: 'W' },
        expected: ['WEAK_PASSWORD'],
      },
      {
        label: 'malformed e-mail',
        input: { email: 'not-an-email', password: PASSWORD, name: 'M', tenantName: 'M' },
        expected: ['INVALID_EMAIL'],
      },
      {
        label: 'everything wrong at once',
        input: { email: 'nope@', password: 'x', name: ' ', tenantName: '' },
        expected: ['INVALID_EMAIL', 'WEAK_PASSWORD', 'REQUIRED', 'REQUIRED'],
      },
    ];
    for (const { label, input, expected } of attempts) {
      const result = await gql<{ signUp: SessionPayload }>(label, SIGN_UP, { input });
      expect({
        label,
        status: result.status,
        session: result.body.data?.signUp.session,
        codes: result.body.data?.signUp.userErrors.map((error) => error.code),
      }).toEqual({ label, status: 200, session: null, codes: expected });
    }
    // The weak-password accounts were not created: their e-mail cannot log in with any password.
    const login = await gql<{ login: SessionPayload }>('login after refused sign-up', LOGIN, {
      email: attempts[1].input.email,
      password: 'short',
    });
    expect(login.body.data?.login.userErrors.map((error) => error.code)).toEqual(['INVALID_CREDENTIALS']);
    // The duplicate did not replace the original account: its password still works.
    const original = await gql<{ login: SessionPayload }>('original login', LOGIN, {
      email: owner.email,
      password: PASSWORD,
    });
    expect(original.body.data?.login.session?.user.id).toBe(owner.userId);
  });
});

describe('malformed requests', () => {
  it('syntax errors and invalid JSON are 400s with a code', async () => {
    const parse = await gql('syntax error', '{ companies { ', {}, owner.token);
    expect({ status: parse.status, codes: codes(parse) }).toEqual({
      status: 400,
      codes: ['GRAPHQL_PARSE_FAILED'],
    });
    const unknownField = await gql('unknown field', '{ companies { secret } }', {}, owner.token);
    expect({ status: unknownField.status, codes: codes(unknownField) }).toEqual({
      status: 400,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });
    const raw = await fetch(e2e.platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    const body = (await raw.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect({ status: raw.status, code: body.errors[0].extensions.code }).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('expensive operations', () => {
  it('are refused with 400 before any subgraph runs SQL, while ordinary and introspection queries pass', async () => {
    const aliases = Array.from(
      { length: 31 },
      (_, index) => `c${index}: companies(first: 100) { edges { node { name owner { email } } } }`,
    ).join(' ');
    const before = e2e.sqlStatements();
    const flood = await gql('alias flood', `{ ${aliases} }`, {}, owner.token);
    expect({ status: flood.status, codes: codes(flood) }).toEqual({
      status: 400,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });
    expect(flood.body.errors?.[0]?.message).toMatch(/more than 30 aliases/);
    expect(e2e.sqlStatements()).toEqual(before);

    const introspection = await gql('introspection', getIntrospectionQuery(), {}, owner.token);
    expect(introspection.status).toBe(200);
    expect(introspection.body.data).toHaveProperty('__schema');
  });
});

describe('never a 500', () => {
  it('no response of this file had a 5xx status or an INTERNAL_SERVER_ERROR', () => {
    expect(responses.length).toBeGreaterThan(20);
    const broken = responses.filter(
      (response) => response.status >= 500 || response.codes.includes('INTERNAL_SERVER_ERROR'),
    );
    expect(broken).toEqual([]);
  });
});
