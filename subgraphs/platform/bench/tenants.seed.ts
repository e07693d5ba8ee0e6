import { randomUUID } from 'node:crypto';
import { postGraphQL } from '@nexora/kit';
import { waitUntilBillable } from '../src/demo-seed';

export interface SeededCompany {
  id: string;
  name: string;
  domain: string;
}

export interface SeededInvoice {
  id: string;
  number: string;
  customerName: string;
}

export interface SeededTenant {
  index: number;
  tenantId: string;
  userId: string;
  email: string;
  permissions: string[];
  accessToken: string;
  companies: SeededCompany[];
  invoices: SeededInvoice[];
}

export interface SeedOptions {
  tenants: number;
  companiesPerTenant: number;
  invoicesPerCompany: number;
}

const PASSWORD = 'bench-password-0123456789';

interface UserError {
  code: string;
  message: string;
}

interface Session {
  accessToken: string;
  user: { id: string; email: string };
  tenant: { id: string };
  permissions: string[];
}

const SESSION_FIELDS = 'accessToken user { id email } tenant { id } permissions';

const SIGN_UP = `mutation BenchSignUp($input: SignUpInput!) {
  signUp(input: $input) { session { ${SESSION_FIELDS} } userErrors { code message } }
}`;

const CREATE_COMPANY = `mutation BenchCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) { company { id name domain } userErrors { code message } }
}`;

const CREATE_INVOICE = `mutation BenchInvoice($input: CreateInvoiceInput!) {
  createInvoice(input: $input) { invoice { id number status } userErrors { code message } }
}`;

/** Runs a mutation through the gateway and returns its payload, or throws with everything that went wrong. */
async function mutate<TPayload extends { userErrors: UserError[] }>(
  gatewayUrl: string,
  document: string,
  field: string,
  input: Record<string, unknown>,
  accessToken?: string,
): Promise<TPayload> {
  const result = await postGraphQL<Record<string, TPayload>>(
    gatewayUrl,
    document,
    { input },
    accessToken ? { authorization: `Bearer ${accessToken}` } : {},
  );
  const payload = result.body.data?.[field];
  if (result.status !== 200 || !payload || payload.userErrors.length > 0) {
    throw new Error(`seeding: ${field} failed (HTTP ${result.status}): ${JSON.stringify(result.body)}`);
  }
  return payload;
}

async function seedTenant(gatewayUrl: string, index: number, options: SeedOptions): Promise<SeededTenant> {
  const tag = randomUUID().slice(0, 8);
  const { session } = await mutate<{ session: Session | null; userErrors: UserError[] }>(
    gatewayUrl,
    SIGN_UP,
    'signUp',
    {
      email: `bench-${tag}@example.test`,
      password: PASSWORD,
      name: `Bench owner ${tag}`,
      tenantName: `Bench tenant ${index} ${tag}`,
    },
  );
  if (!session) throw new Error('seeding: signUp returned no session');
  const tenant: SeededTenant = {
    index,
    tenantId: session.tenant.id,
    userId: session.user.id,
    email: session.user.email,
    permissions: session.permissions,
    accessToken: session.accessToken,
    companies: [],
    invoices: [],
  };
  for (let c = 0; c < options.companiesPerTenant; c++) {
    const { company } = await mutate<{ company: SeededCompany | null; userErrors: UserError[] }>(
      gatewayUrl,
      CREATE_COMPANY,
      'createCompany',
      { name: `Bench ${tag} company ${c}`, domain: `c${c}-${tag}.example` },
      tenant.accessToken,
    );
    if (!company) throw new Error('seeding: createCompany returned no company');
    tenant.companies.push({ id: company.id, name: company.name, domain: company.domain });
  }
  // erp bills only companies it has heard of from crm's events.
  await waitUntilBillable(
    gatewayUrl,
    { authorization: `Bearer ${tenant.accessToken}` },
    tenant.companies.map((company) => company.id),
  );
  for (const [c, company] of tenant.companies.entries()) {
    for (let i = 0; i < options.invoicesPerCompany; i++) {
      const { invoice } = await mutate<{
        invoice: { id: string; number: string } | null;
        userErrors: UserError[];
      }>(
        gatewayUrl,
        CREATE_INVOICE,
        'createInvoice',
        {
          customerId: company.id,
          currency: 'USD',
          post: true,
          lines: [
            { description: 'Consulting', quantity: String(1 + ((c + i) % 5)), unitPrice: '150.00' },
            { description: 'Licence', quantity: '1', unitPrice: '990.00' },
          ],
        },
        tenant.accessToken,
      );
      if (!invoice) throw new Error('seeding: createInvoice returned no invoice');
      tenant.invoices.push({ id: invoice.id, number: invoice.number, customerName: company.name });
    }
  }
  return tenant;
}

/**
 * Seeds fresh tenants through the gateway's public API, the path a user takes: sign-up, then
 * companies, then posted invoices. Tenants are seeded concurrently; each tenant's writes in order
 * (invoice numbers are allocated per tenant under a lock).
 */
export function seedTenants(gatewayUrl: string, options: SeedOptions): Promise<SeededTenant[]> {
  return Promise.all(
    Array.from({ length: options.tenants }, (_, index) => seedTenant(gatewayUrl, index, options)),
  );
}

const LOGIN = `mutation BenchLogin($input: LoginInput!) {
  login(input: $input) { session { ${SESSION_FIELDS} } userErrors { code message } }
}`;

/** A new access token for a seeded tenant (tokens live 15 minutes; long runs renew them between rounds). */
export async function renewAccessToken(gatewayUrl: string, tenant: SeededTenant): Promise<void> {
  const { session } = await mutate<{ session: Session | null; userErrors: UserError[] }>(
    gatewayUrl,
    LOGIN,
    'login',
    { email: tenant.email, password: PASSWORD, tenantId: tenant.tenantId },
  );
  if (!session) throw new Error('login returned no session');
  tenant.accessToken = session.accessToken;
}
