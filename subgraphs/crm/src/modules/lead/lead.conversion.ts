import {
  emitEvent,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  type UserError,
  userError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { createCompany } from '../company/company.service';
import { createDeal } from '../deal/deal.service';
import { createPerson } from '../person/person.service';
import type { LeadEntity } from './lead.entity';
import { LEAD_COLUMNS, leadEventPayload } from './lead.service';

/**
 * Mail providers whose domain says nothing about the person's employer: a lead writing from one of
 * them is not matched to a company by its e-mail.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'yahoo.com',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.de',
  'web.de',
  'mail.com',
  'yandex.ru',
  'qq.com',
  '163.com',
]);

export interface ConvertLeadInput {
  leadId: string;
  companyName?: string | null;
  companyDomain?: string | null;
  createDeal?: boolean | null;
  dealTitle?: string | null;
  amount?: { amount: string; currency: string } | null;
}

export interface ConversionPayload {
  lead: LeadEntity | null;
  personId: string | null;
  companyId: string | null;
  dealId: string | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): ConversionPayload => ({
  lead: null,
  personId: null,
  companyId: null,
  dealId: null,
  userErrors,
});

/** Another module's userErrors, pointed at the field of this input they are about. */
function asInputErrors(errors: UserError[], fields: Record<string, string>): UserError[] {
  return errors.map((error) => {
    const own = error.field?.[error.field.length - 1];
    return { ...error, field: ['input', (own && fields[own]) ?? 'leadId'] };
  });
}

function emailDomain(email: string | null): string | null {
  const domain = email?.split('@')[1] ?? null;
  return domain && !FREE_MAIL_DOMAINS.has(domain) ? domain : null;
}

function splitName(name: string): { firstName: string; lastName: string | null } {
  const [firstName, ...rest] = name.trim().split(/\s+/);
  return {
    firstName: firstName.slice(0, 100),
    lastName: rest.length > 0 ? rest.join(' ').slice(0, 100) : null,
  };
}

/**
 * Turns a lead into a person, a company and a deal, in one transaction: the tenant's person with
 * the lead's e-mail and its company with the domain (given, or the e-mail's unless it is a free-mail
 * provider's) are reused; what is missing is created through the modules' own services, with their
 * checks and events. Any refusal rolls back everything the conversion wrote.
 */
export async function convertLead(ctx: SubgraphContext, input: ConvertLeadInput): Promise<ConversionPayload> {
  const tenantId = tenantOf(ctx);
  const leadId = parseId(input.leadId, 'input.leadId');
  return ctx.db.run(async (manager) => {
    const [lead]: LeadEntity[] = await manager.query(
      `select ${LEAD_COLUMNS} from crm.leads where tenant_id = $1 and id = $2 for update`,
      [tenantId, leadId],
    );
    if (!lead) throw notFound('Lead', leadId);
    if (lead.status === 'CONVERTED') {
      return refused([
        userError('LEAD_CONVERTED', 'This lead has already been converted.', ['input', 'leadId']),
      ]);
    }
    await manager.query('savepoint convert_lead');
    const outcome = await convertLocked(ctx, manager, lead, input);
    if ('userErrors' in outcome) {
      await manager.query('rollback to savepoint convert_lead');
      return refused(outcome.userErrors);
    }
    await manager.query('release savepoint convert_lead');
    const [updated]: [LeadEntity[], number] = await manager.query(
      `update crm.leads set status = 'CONVERTED', converted_at = now(), converted_person_id = $3,
         converted_company_id = $4, converted_deal_id = $5, updated_at = now()
       where tenant_id = $1 and id = $2 returning ${LEAD_COLUMNS}`,
      [tenantId, leadId, outcome.personId, outcome.companyId, outcome.dealId],
    );
    const converted = updated[0];
    await emitEvent(ctx, 'crm.lead.converted', {
      ...leadEventPayload(converted),
      personId: outcome.personId,
      companyId: outcome.companyId,
      dealId: outcome.dealId,
    });
    return { lead: converted, ...outcome, userErrors: [] };
  });
}

async function convertLocked(
  ctx: SubgraphContext,
  manager: EntityManager,
  lead: LeadEntity,
  input: ConvertLeadInput,
): Promise<
  { personId: string; companyId: string | null; dealId: string | null } | { userErrors: UserError[] }
> {
  const tenantId = lead.tenantId;
  // The company: by domain if one is known, else created from a name if there is one.
  const domain = input.companyDomain?.trim().toLowerCase() || emailDomain(lead.email);
  const companyName = input.companyName?.trim() || lead.companyName || null;
  let companyId: string | null = null;
  if (domain) {
    const [existing]: Array<{ id: string }> = await manager.query(
      `select id from crm.companies where tenant_id = $1 and domain = $2`,
      [tenantId, domain.replace(/^www\./, '')],
    );
    companyId = existing?.id ?? null;
  }
  if (!companyId && (companyName || domain)) {
    const created = await createCompany(ctx, {
      name: companyName ?? domain!,
      domain: input.companyDomain ?? domain,
    });
    if (!created.company) {
      return {
        userErrors: asInputErrors(created.userErrors, { name: 'companyName', domain: 'companyDomain' }),
      };
    }
    companyId = created.company.id;
  }

  // The person: the tenant's person with this e-mail, else a new one at the company.
  let personId: string | null = null;
  if (lead.email) {
    const [existing]: Array<{ personId: string }> = await manager.query(
      `select person_id as "personId" from crm.person_emails where tenant_id = $1 and email = $2`,
      [tenantId, lead.email],
    );
    personId = existing?.personId ?? null;
  }
  if (!personId) {
    const created = await createPerson(ctx, {
      ...splitName(lead.name),
      emails: lead.email ? [lead.email] : [],
      phones: lead.phone ? [lead.phone] : [],
      companyId,
    });
    if (!created.person) return { userErrors: asInputErrors(created.userErrors, {}) };
    personId = created.person.id;
  }

  let dealId: string | null = null;
  if (input.createDeal ?? true) {
    const created = await createDeal(ctx, {
      title: input.dealTitle?.trim() || `${companyName ?? lead.name}: new deal`,
      amount: input.amount ?? null,
      companyId,
      ownerId: lead.ownerId,
    });
    if (!created.deal) {
      return {
        userErrors: asInputErrors(created.userErrors, {
          title: 'dealTitle',
          amount: 'amount',
          currency: 'amount',
        }),
      };
    }
    dealId = created.deal.id;
    await manager.query(`insert into crm.deal_people (tenant_id, deal_id, person_id) values ($1, $2, $3)`, [
      tenantId,
      dealId,
      personId,
    ]);
  }
  return { personId, companyId, dealId };
}
