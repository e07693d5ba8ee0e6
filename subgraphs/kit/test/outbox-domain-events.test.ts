import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { postGraphQL, startTestSubgraph, testDatabaseUrl, uniqueEmail, type RunningSubgraph } from '../src';
import { crmSubgraph } from '../../crm/src';
import { call as callCrm, CREATE_COMPANY, createCompany } from '../../crm/test/company-fixtures';
import { erpSubgraph } from '../../erp/src';
import { call as callErp, CREATE_INVOICE, createInvoice, ONE_LINE } from '../../erp/test/invoice-fixtures';
import { identitySubgraph } from '../../identity/src';
import {
  headersFor,
  mutateSession,
  PASSWORD,
  signUp,
  signUpFresh,
  USER_ERRORS,
} from '../../identity/test/identity-harness';

/**
 * What each domain writes into its outbox, read back as the tenant (row-level security on). The
 * rows are asserted rather than bus deliveries: other test files run these same subgraphs in
 * parallel, and any of their relays may be the one that publishes a row (relay delivery itself is
 * covered in outbox.test.ts, on a schema of its own).
 */
let crm: RunningSubgraph;
let erp: RunningSubgraph;
let identity: RunningSubgraph;

beforeAll(async () => {
  [crm, erp, identity] = await Promise.all([
    startTestSubgraph(crmSubgraph),
    startTestSubgraph(erpSubgraph),
    startTestSubgraph(identitySubgraph),
  ]);
});

afterAll(async () => {
  await Promise.all([crm, erp, identity].map((subgraph) => subgraph?.stop()));
});

interface EmittedEvent {
  type: string;
  tenantId: string;
  payload: Record<string, unknown>;
}

/** The tenant's outbox rows in emission order, read through the tenant's own transaction. */
async function emitted(subgraph: RunningSubgraph, tenantId: string): Promise<EmittedEvent[]> {
  const ctx = subgraph.runtime.systemContext(tenantId);
  // These subgraphs name their schema after themselves.
  const schema = subgraph.name;
  const rows: EmittedEvent[] = await ctx.db.run((em) =>
    em.query(`select type, tenant_id as "tenantId", payload from ${schema}.outbox order by sequence`),
  );
  await ctx.db.finish('commit');
  return rows;
}

describe('domain events in the outbox', () => {
  it('crm: company created and updated, nothing for refusals or rolled-back requests', async () => {
    const tenantId = randomUUID();
    const company = await createCompany(crm, { tenantId }, { name: 'Acme', domain: 'acme.example' });
    const update = `mutation ($input: UpdateCompanyInput!) { updateCompany(input: $input) { company { id } userErrors { code } } }`;
    await callCrm(crm, { tenantId }, update, { input: { id: company.id, name: 'Acme Corp' } });
    // Changes nothing: no event.
    await callCrm(crm, { tenantId }, update, { input: { id: company.id } });
    const taken = await callCrm(crm, { tenantId }, CREATE_COMPANY, {
      input: { name: 'Copy', domain: 'acme.example' },
    });
    expect(taken.body.data).toMatchObject({ createCompany: { userErrors: [{ code: 'DOMAIN_TAKEN' }] } });
    // The create succeeds, the second mutation fails (NOT_FOUND): the request rolls back as a whole.
    const rolledBack = await callCrm(
      crm,
      { tenantId },
      `mutation { createCompany(input: { name: "Ghost" }) { company { id } }
                  updateCompany(input: { id: "${randomUUID()}", name: "x" }) { company { id } } }`,
    );
    expect(rolledBack.body.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);

    expect(await emitted(crm, tenantId)).toEqual([
      {
        type: 'crm.company.created',
        tenantId,
        payload: { id: company.id, name: 'Acme', domain: 'acme.example' },
      },
      {
        type: 'crm.company.updated',
        tenantId,
        payload: { id: company.id, name: 'Acme Corp', domain: 'acme.example' },
      },
    ]);
    expect(await emitted(crm, randomUUID())).toEqual([]);
  });

  it('erp: invoice created and posted, nothing for refusals', async () => {
    const tenantId = randomUUID();
    const customerId = randomUUID();
    const draft = await createInvoice(erp, { tenantId }, { customerId });
    const post = `mutation ($input: PostInvoiceInput!) { postInvoice(input: $input) { invoice { id } userErrors { code } } }`;
    await callErp(erp, { tenantId }, post, { input: { id: draft.id } });
    const again = await callErp(erp, { tenantId }, post, { input: { id: draft.id } });
    expect(again.body.data).toMatchObject({ postInvoice: { userErrors: [{ code: 'ALREADY_POSTED' }] } });
    const invalid = await callErp(erp, { tenantId }, CREATE_INVOICE, { input: { customerId, lines: [] } });
    expect(invalid.body.data).toMatchObject({ createInvoice: { invoice: null } });
    const direct = await createInvoice(erp, { tenantId }, { customerId, currency: 'EUR', post: true });

    const invoice = (id: string, number: string, currency: string, status: string) => ({
      id,
      number,
      customerId,
      total: ONE_LINE[0].unitPrice,
      currency,
      status,
      invoiceDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      residual: ONE_LINE[0].unitPrice,
    });
    expect(await emitted(erp, tenantId)).toEqual([
      { type: 'erp.invoice.created', tenantId, payload: invoice(draft.id, 'INV-000001', 'USD', 'DRAFT') },
      { type: 'erp.invoice.posted', tenantId, payload: invoice(draft.id, 'INV-000001', 'USD', 'POSTED') },
      { type: 'erp.invoice.created', tenantId, payload: invoice(direct.id, 'INV-000002', 'EUR', 'DRAFT') },
      { type: 'erp.invoice.posted', tenantId, payload: invoice(direct.id, 'INV-000002', 'EUR', 'POSTED') },
    ]);
  });

  it('identity: tenant created and owner joined on sign-up, member joined on accepting an invitation', async () => {
    const owner = await signUpFresh(identity, 'outbox');
    const tenantId = owner.tenant.id;
    const duplicate = await signUp(identity, {
      email: owner.user.email,
      password: PASSWORD,
      name: 'Again',
      tenantName: 'Another tenant',
    });
    expect(duplicate.payload?.userErrors.map((error) => error.code)).toEqual(['EMAIL_TAKEN']);

    const invited = await postGraphQL<{ inviteMember: { invitationToken: string | null } }>(
      identity.url,
      `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitationToken ${USER_ERRORS} } }`,
      { input: { email: uniqueEmail('joiner'), role: 'member' } },
      await headersFor(identity, owner.accessToken),
    );
    const token = invited.body.data?.inviteMember.invitationToken;
    expect(token).toEqual(expect.any(String));
    const accepted = await mutateSession(identity, 'acceptInvitation', 'AcceptInvitationInput', {
      token,
      password: PASSWORD,
      name: 'Joiner',
    });
    const joiner = accepted.payload?.session?.user.id;
    expect(joiner).toEqual(expect.any(String));

    expect(await emitted(identity, tenantId)).toEqual([
      {
        type: 'identity.tenant.created',
        tenantId,
        payload: { tenantId, name: owner.tenant.name, slug: owner.tenant.slug },
      },
      {
        type: 'identity.member.joined',
        tenantId,
        payload: { tenantId, userId: owner.user.id, role: 'owner' },
      },
      { type: 'identity.member.joined', tenantId, payload: { tenantId, userId: joiner, role: 'member' } },
    ]);
  });

  it('gives every subgraph outbox forced row-level security with tenant and relay policies', async () => {
    const admin = new Client({ connectionString: testDatabaseUrl(), connectionTimeoutMillis: 5_000 });
    await admin.connect();
    try {
      const { rows } = await admin.query<{
        schema: string;
        rls: boolean;
        forced: boolean;
        policies: string[];
      }>(
        `select n.nspname as schema, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
                array(select p.policyname || ':' || p.cmd from pg_policies p
                      where p.schemaname = n.nspname and p.tablename = c.relname order by 1) as policies
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relname = 'outbox' and n.nspname = any($1) order by 1`,
        [['crm', 'erp', 'identity']],
      );
      const policies = [
        'outbox_relay_prune:DELETE',
        'outbox_relay_publish:UPDATE',
        'outbox_relay_read:SELECT',
        'outbox_tenant_read:SELECT',
        'outbox_tenant_write:INSERT',
      ];
      expect(rows).toEqual(
        ['crm', 'erp', 'identity'].map((schema) => ({ schema, rls: true, forced: true, policies })),
      );
    } finally {
      await admin.end();
    }
  });
});
