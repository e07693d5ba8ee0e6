import { postGraphQL } from '@nexora/kit';
import { DEMO_COMPANIES, DEMO_INVOICES, DEMO_LEADS } from './demo-data';

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

const CREATE_LEAD = /* GraphQL */ `
  mutation SeedLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      lead {
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
  const call = async <T extends Payload>(query: string, field: string, input: object): Promise<T> => {
    const result = await postGraphQL(gatewayUrl, query, { input }, headers);
    const answer = unwrap<T>(field, result.body, field);
    if (answer.userErrors.length > 0)
      throw new Error(`${field} failed: ${JSON.stringify(answer.userErrors)}`);
    return answer;
  };
  const companyIds: string[] = [];
  for (const company of DEMO_COMPANIES) {
    const created = await call<Payload & { company: { id: string } }>(
      CREATE_COMPANY,
      'createCompany',
      company,
    );
    companyIds.push(created.company.id);
  }
  for (const [companyIndex, days, post] of DEMO_INVOICES) {
    await call(CREATE_INVOICE, 'createInvoice', {
      customerId: companyIds[companyIndex],
      post,
      lines: [
        { description: 'Consulting', quantity: String(days), unitPrice: '150.00' },
        { description: 'Licence', quantity: '1', unitPrice: '990.00' },
      ],
    });
  }
  for (const lead of DEMO_LEADS) await call(CREATE_LEAD, 'createLead', lead);
  return { created: true, tenantName: payload.session.tenant.name };
}
