import { postGraphQL } from '@nexora/kit';
import {
  DEMO_ACTIVITIES,
  DEMO_COMPANIES,
  DEMO_DEALS,
  DEMO_INVOICES,
  DEMO_LEADS,
  DEMO_PEOPLE,
} from './demo-data';

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

const CREATE_PERSON = /* GraphQL */ `
  mutation SeedPerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const PIPELINES = /* GraphQL */ `
  query SeedPipelines {
    pipelines {
      id
      isDefault
      stages {
        id
        name
      }
    }
    lostReasons {
      id
      name
    }
  }
`;

const CREATE_DEAL = /* GraphQL */ `
  mutation SeedDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const MARK_LOST = /* GraphQL */ `
  mutation SeedLost($input: MarkDealLostInput!) {
    markDealLost(input: $input) {
      deal {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const MARK_WON = /* GraphQL */ `
  mutation SeedWon($input: MarkDealWonInput!) {
    markDealWon(input: $input) {
      deal {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`;

const LOG_ACTIVITY = /* GraphQL */ `
  mutation SeedActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      activity {
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
 * Waits until erp has heard of every company (crm announces new companies by event, delivered
 * within about a second; erp refuses invoices for companies it does not know yet).
 */
export async function waitUntilBillable(
  gatewayUrl: string,
  headers: Record<string, string>,
  companyIds: readonly string[],
): Promise<void> {
  for (const id of companyIds) {
    let billable = false;
    for (let attempt = 0; attempt < 400 && !billable; attempt += 1) {
      const result = await postGraphQL<{ company: { billable: boolean | null } | null }>(
        gatewayUrl,
        `query ($id: ID!) { company(id: $id) { billable } }`,
        { id },
        headers,
      );
      billable = result.body.data?.company?.billable === true;
      if (!billable) await new Promise((resolve) => setTimeout(resolve, 25));
    }
    if (!billable) throw new Error(`erp did not learn of company ${id} in time`);
  }
}

/**
 * Seeds the demo tenant through the public GraphQL API (the same path a user takes). Idempotent:
 * when the demo account already exists, nothing is written.
 */
export async function seedDemoTenant(
  gatewayUrl: string,
  account: { email: string; password: string } = { email: DEMO_EMAIL, password: DEMO_PASSWORD },
): Promise<{ created: boolean; tenantName: string }> {
  const signUp = await postGraphQL(gatewayUrl, SIGN_UP, {
    input: {
      email: account.email,
      password: account.password,
      name: 'Demo Owner',
      tenantName: 'Demo Company',
    },
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
  await waitUntilBillable(gatewayUrl, headers, companyIds);
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
  for (const [companyIndex, firstName, lastName, jobTitle] of DEMO_PEOPLE) {
    const domain = DEMO_COMPANIES[companyIndex].domain;
    const email = `${firstName}.${lastName}@${domain}`.toLowerCase();
    await call(CREATE_PERSON, 'createPerson', {
      firstName,
      lastName,
      jobTitle,
      emails: [email],
      companyId: companyIds[companyIndex],
    });
  }
  await seedDeals(gatewayUrl, headers, companyIds, call);
  const day = 24 * 60 * 60 * 1000;
  for (const [companyIndex, kind, subject, days] of DEMO_ACTIVITIES) {
    const at = new Date(Date.now() + days * day).toISOString();
    await call(LOG_ACTIVITY, 'logActivity', {
      kind,
      subject,
      companyId: companyIds[companyIndex],
      ...(kind === 'TASK' ? { dueAt: at } : { occurredAt: at }),
    });
  }
  return { created: true, tenantName: payload.session.tenant.name };
}

type SeedCall = <T extends Payload>(query: string, field: string, input: object) => Promise<T>;

/** Deals spread over the default pipeline's stages; lost ones with a reason of the catalogue. */
async function seedDeals(
  gatewayUrl: string,
  headers: Record<string, string>,
  companyIds: string[],
  call: SeedCall,
): Promise<void> {
  const catalogue = await postGraphQL<{
    pipelines: Array<{ id: string; isDefault: boolean; stages: Array<{ id: string; name: string }> }>;
    lostReasons: Array<{ id: string; name: string }>;
  }>(gatewayUrl, PIPELINES, {}, headers);
  const pipeline = catalogue.body.data?.pipelines.find((candidate) => candidate.isDefault);
  if (!pipeline) throw new Error(`pipelines failed: ${JSON.stringify(catalogue.body)}`);
  const stageId = (name: string) => {
    const stage = pipeline.stages.find((candidate) => candidate.name === name);
    if (!stage) throw new Error(`the default pipeline has no stage "${name}"`);
    return stage.id;
  };
  for (const [companyIndex, title, amount, currency, stageName, lostReason] of DEMO_DEALS) {
    const lost = stageName === 'Lost';
    // Deals are created in an open stage and then closed, as a team would.
    const closed = lost || stageName === 'Won';
    const created = await call<Payload & { deal: { id: string } }>(CREATE_DEAL, 'createDeal', {
      title,
      amount: { amount, currency },
      companyId: companyIds[companyIndex],
      pipelineId: pipeline.id,
      stageId: stageId(closed ? 'Negotiation' : stageName),
    });
    if (stageName === 'Won') await call(MARK_WON, 'markDealWon', { dealId: created.deal.id });
    if (lost) {
      const reason = catalogue.body.data?.lostReasons.find((candidate) => candidate.name === lostReason);
      if (!reason) throw new Error(`no lost reason "${lostReason}"`);
      await call(MARK_LOST, 'markDealLost', { dealId: created.deal.id, lostReasonId: reason.id });
    }
  }
}
