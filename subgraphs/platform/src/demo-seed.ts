import { postGraphQL } from '@nexora/kit';

export const DEMO_EMAIL = 'demo@nexora.local';
export const DEMO_PASSWORD = 'nexora-demo-password';

const SIGN_UP = /* GraphQL */ `
  mutation SeedSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      session {
        accessToken
        tenant {
          id
          name
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const CREATE_COMPANY = /* GraphQL */ `
  mutation SeedCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const CREATE_INVOICE = /* GraphQL */ `
  mutation SeedInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      invoice {
        id
        number
      }
      userErrors {
        code
        message
      }
    }
  }
`;

interface Payload {
  userErrors: Array<{ code: string; message: string }>;
}

function unwrap<T extends Payload>(
  operation: string,
  body: { data?: Record<string, unknown> | null; errors?: unknown[] },
  field: string,
): T {
  const payload = body.data?.[field] as T | undefined;
  if (!payload) throw new Error(`${operation} failed: ${JSON.stringify(body.errors)}`);
  return payload;
}

const DEMO_COMPANIES = [
  { name: 'Acme Corporation', domain: 'acme.example' },
  { name: 'Globex', domain: 'globex.example' },
  { name: 'Initech', domain: 'initech.example' },
];

/**
 * Seeds the demo tenant through the public GraphQL API (the same path a user takes). Idempotent:
 * when the demo account already exists, nothing is written.
 */
export async function seedDemoTenant(gatewayUrl: string): Promise<{ created: boolean; tenantName: string }> {
  const signUp = await postGraphQL(gatewayUrl, SIGN_UP, {
    input: { email: DEMO_EMAIL, password: DEMO_PASSWORD, name: 'Demo Owner', tenantName: 'Demo Company' },
  });
  const payload = unwrap<Payload & { session: { accessToken: string; tenant: { name: string } } | null }>(
    'signUp',
    signUp.body,
    'signUp',
  );
  if (payload.userErrors.some((error) => error.code === 'EMAIL_TAKEN'))
    return { created: false, tenantName: 'Demo Company' };
  if (!payload.session) throw new Error(`signUp failed: ${JSON.stringify(payload.userErrors)}`);
  const headers = { authorization: `Bearer ${payload.session.accessToken}` };
  for (const [index, company] of DEMO_COMPANIES.entries()) {
    const created = await postGraphQL(gatewayUrl, CREATE_COMPANY, { input: company }, headers);
    const companyPayload = unwrap<Payload & { company: { id: string } | null }>(
      'createCompany',
      created.body,
      'createCompany',
    );
    if (!companyPayload.company)
      throw new Error(`createCompany failed: ${JSON.stringify(companyPayload.userErrors)}`);
    const invoice = await postGraphQL(
      gatewayUrl,
      CREATE_INVOICE,
      {
        input: {
          customerId: companyPayload.company.id,
          post: index !== 2,
          lines: [
            { description: 'Consulting', quantity: String(index + 2), unitPrice: '150.00' },
            { description: 'Licence', quantity: '1', unitPrice: '990.00' },
          ],
        },
      },
      headers,
    );
    unwrap('createInvoice', invoice.body, 'createInvoice');
  }
  return { created: true, tenantName: payload.session.tenant.name };
}
