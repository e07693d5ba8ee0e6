import { bodyBinding, deriveContextKey, signCallerContext } from '@nexora/kit';
import type { SeededTenant } from './tenants.seed';

export const INVOICE_QUERY = `query Invoice($id: ID!) { invoice(id: $id) { number total { amount currency } customer { name owner { email } } } }`;
export const COMPANY_QUERY = `query Company($id: ID!) { company(id: $id) { name domain } }`;

export type ScenarioKey = 'ours' | 'stock' | 'direct' | 'gatewayCrm';

/** What a correct answer to one request contains, so sampled responses are checked against the seed. */
export type Expected =
  | { kind: 'invoice'; number: string; customerName: string; ownerEmail: string }
  | { kind: 'company'; name: string; domain: string };

export interface ScenarioRequest {
  body: string;
  headers: Record<string, string>;
  expected: Expected;
}

export interface Scenario {
  key: ScenarioKey;
  label: string;
  url: string;
  /** A fresh randomized request (tenant, variables, credentials) for every call. */
  next(): ScenarioRequest;
}

export interface ScenarioTargets {
  ourGatewayUrl: string;
  stockGatewayUrl: string;
  crmUrl: string;
  signingSecret: string;
  tenants: SeededTenant[];
  /** The one tenant the stock gateway signs for. */
  stockTenant: SeededTenant;
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

function invoiceRequest(tenant: SeededTenant, headers: Record<string, string>): ScenarioRequest {
  const invoice = pick(tenant.invoices);
  return {
    body: JSON.stringify({ query: INVOICE_QUERY, operationName: 'Invoice', variables: { id: invoice.id } }),
    headers,
    expected: {
      kind: 'invoice',
      number: invoice.number,
      customerName: invoice.customerName,
      ownerEmail: tenant.email,
    },
  };
}

function companyRequest(tenant: SeededTenant, headers: Record<string, string>): ScenarioRequest {
  const company = pick(tenant.companies);
  return {
    body: JSON.stringify({ query: COMPANY_QUERY, operationName: 'Company', variables: { id: company.id } }),
    headers,
    expected: { kind: 'company', name: company.name, domain: company.domain },
  };
}

const bearer = (tenant: SeededTenant) => ({ authorization: `Bearer ${tenant.accessToken}` });

/** The four scenarios, in the order each round runs them. */
export function buildScenarios(targets: ScenarioTargets): Scenario[] {
  let directRequests = 0;
  const crmKey = deriveContextKey(targets.signingSecret, 'crm');
  return [
    {
      key: 'ours',
      label: 'ours   invoice, 3 subgraphs',
      url: targets.ourGatewayUrl,
      next: () => {
        const tenant = pick(targets.tenants);
        return invoiceRequest(tenant, bearer(tenant));
      },
    },
    {
      key: 'stock',
      label: 'stock  invoice, 3 subgraphs',
      url: targets.stockGatewayUrl,
      next: () => invoiceRequest(targets.stockTenant, {}),
    },
    {
      key: 'direct',
      label: 'direct crm company',
      url: targets.crmUrl,
      next: () => {
        const tenant = pick(targets.tenants);
        const request = companyRequest(tenant, {});
        // Signed per request and bound to its body, as the gateway does, so the signature is never
        // stale and never reused.
        request.headers = signCallerContext(
          {
            requestId: `bench-direct-${++directRequests}`,
            audience: 'crm',
            tenantId: tenant.tenantId,
            userId: tenant.userId,
            permissions: tenant.permissions,
            issuedAt: Date.now(),
            operationName: 'Company',
          },
          bodyBinding(request.body),
          crmKey,
        );
        return request;
      },
    },
    {
      key: 'gatewayCrm',
      label: 'ours   crm company',
      url: targets.ourGatewayUrl,
      next: () => {
        const tenant = pick(targets.tenants);
        return companyRequest(tenant, bearer(tenant));
      },
    },
  ];
}

interface InvoiceData {
  invoice: {
    number: string;
    total: { amount: string | null; currency: string } | null;
    customer: { name: string | null; owner: { email: string } | null } | null;
  } | null;
}

interface CompanyData {
  company: { name: string | null; domain: string | null } | null;
}

/** Why a response body is not the seeded answer, or null when it is. */
export function problemWith(bodyText: string, expected: Expected): string | null {
  let body: { data?: unknown; errors?: unknown[] };
  try {
    body = JSON.parse(bodyText) as typeof body;
  } catch {
    return `not JSON: ${bodyText.slice(0, 200)}`;
  }
  if (body.errors?.length) return `errors: ${JSON.stringify(body.errors).slice(0, 300)}`;
  if (expected.kind === 'invoice') {
    const invoice = (body.data as InvoiceData | null | undefined)?.invoice;
    if (!invoice) return `data.invoice is null: ${bodyText.slice(0, 200)}`;
    if (invoice.number !== expected.number) return `invoice ${invoice.number}, expected ${expected.number}`;
    if (!invoice.total?.amount || invoice.total.currency !== 'USD')
      return `bad total: ${bodyText.slice(0, 200)}`;
    if (invoice.customer?.name !== expected.customerName) return `customer is not ${expected.customerName}`;
    if (invoice.customer.owner?.email !== expected.ownerEmail) return `owner is not ${expected.ownerEmail}`;
    return null;
  }
  const company = (body.data as CompanyData | null | undefined)?.company;
  if (!company) return `data.company is null: ${bodyText.slice(0, 200)}`;
  if (company.name !== expected.name || company.domain !== expected.domain)
    return `company ${company.name} (${company.domain}), expected ${expected.name} (${expected.domain})`;
  return null;
}
