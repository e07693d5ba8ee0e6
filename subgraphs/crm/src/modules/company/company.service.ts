import {
  emitEvent,
  isUniqueViolation,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import {
  checkAddress,
  checkEmployeeCount,
  checkIndustry,
  checkTags,
  type PostalAddress,
  type PostalAddressInput,
} from './company-details.validation';
import { COMPANY_COLUMNS } from './company.columns';
import type { CompanyEntity } from './company.entity';
import { companyByIdLoader } from './company.loaders';
import { checkCompanyDomain, checkCompanyName, type Checked } from './company.validation';

export { listCompanies, type CompanyListArgs } from './company-list.service';

export { COMPANY_COLUMNS } from './company.columns';

export interface CompanyPayload {
  company: CompanyEntity | null;
  userErrors: UserError[];
}

export interface CreateCompanyInput {
  name: string;
  domain?: string | null;
  industry?: string | null;
  employeeCount?: number | null;
  address?: PostalAddressInput | null;
  tags?: readonly string[] | null;
}

export interface UpdateCompanyInput extends Partial<Omit<CreateCompanyInput, 'name'>> {
  id: string;
  name?: string | null;
}

/** A company of the caller's tenant, or null (also for another tenant's id: RLS hides it). */
export async function findCompany(ctx: SubgraphContext, id: string): Promise<CompanyEntity | null> {
  return companyByIdLoader(ctx).load(parseId(id, 'id'));
}

const errorsOf = (checks: Array<Checked<unknown> | null>): UserError[] =>
  checks.flatMap((check) => (check && !check.ok ? [check.error] : []));

const valueOf = <T>(check: Checked<T>): T => (check.ok ? check.value : (null as T));

export async function createCompany(
  ctx: SubgraphContext,
  input: CreateCompanyInput,
): Promise<CompanyPayload> {
  const tenantId = tenantOf(ctx);
  const name = checkCompanyName(input.name, ['input', 'name']);
  const domain = checkCompanyDomain(input.domain, ['input', 'domain']);
  const industry = checkIndustry(input.industry, ['input', 'industry']);
  const employeeCount = checkEmployeeCount(input.employeeCount, ['input', 'employeeCount']);
  const address = checkAddress(input.address, ['input', 'address']);
  const tags = checkTags(input.tags, ['input', 'tags']);
  const userErrors = [
    ...errorsOf([name, domain, industry, employeeCount]),
    ...address.errors,
    ...errorsOf([tags]),
  ];
  if (userErrors.length > 0) return { company: null, userErrors };

  const street = address.value;
  // ON CONFLICT keeps the transaction usable when the domain is taken (also by a concurrent insert).
  const rows: CompanyEntity[] = await ctx.db.run((manager) =>
    manager.query(
      `insert into crm.companies (tenant_id, name, domain, industry, employee_count, address_street,
         address_city, address_postal_code, address_region, address_country, tags, owner_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       on conflict (tenant_id, domain) where domain is not null do nothing
       returning ${COMPANY_COLUMNS}`,
      [
        tenantId,
        valueOf(name),
        valueOf(domain),
        valueOf(industry),
        valueOf(employeeCount),
        street?.street ?? null,
        street?.city ?? null,
        street?.postalCode ?? null,
        street?.region ?? null,
        street?.country ?? null,
        valueOf(tags),
        ctx.caller.userId,
      ],
    ),
  );
  if (rows.length === 0) return { company: null, userErrors: [domainTaken(valueOf(domain))] };
  await emitEvent(ctx, 'crm.company.created', companyEventPayload(rows[0]));
  return { company: rows[0], userErrors: [] };
}

export async function updateCompany(
  ctx: SubgraphContext,
  input: UpdateCompanyInput,
): Promise<CompanyPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const sets: string[] = [];
  const params: unknown[] = [tenantId, id];
  const userErrors: UserError[] = [];
  const set = <T>(column: string, check: Checked<T>) => {
    if (!check.ok) userErrors.push(check.error);
    else {
      params.push(check.value);
      sets.push(`${column} = $${params.length}`);
    }
  };
  // name and domain keep their original contract: null means "unchanged", '' removes the domain.
  if (input.name != null) set('name', checkCompanyName(input.name, ['input', 'name']));
  const domain = input.domain == null ? null : checkCompanyDomain(input.domain, ['input', 'domain']);
  if (domain) set('domain', domain);
  if (input.industry != null) set('industry', checkIndustry(input.industry, ['input', 'industry']));
  if (input.employeeCount !== undefined) {
    set('employee_count', checkEmployeeCount(input.employeeCount, ['input', 'employeeCount']));
  }
  if (input.address !== undefined) {
    const address = checkAddress(input.address, ['input', 'address']);
    userErrors.push(...address.errors);
    setAddress(sets, params, address.value);
  }
  if (input.tags != null) set('tags', checkTags(input.tags, ['input', 'tags']));
  if (userErrors.length > 0) return { company: null, userErrors };

  const company = await ctx.db.run(async (manager) =>
    sets.length === 0 ? companyByIdLoader(ctx).load(id) : updateReportingDuplicates(manager, sets, params),
  );
  if (company === 'domain-taken') {
    return { company: null, userErrors: [domainTaken(domain?.ok ? domain.value : null)] };
  }
  if (!company) throw notFound('Company', id);
  // An input that changes nothing runs no update and announces nothing.
  if (sets.length > 0) await emitEvent(ctx, 'crm.company.updated', companyEventPayload(company));
  return { company, userErrors: [] };
}

function setAddress(sets: string[], params: unknown[], address: PostalAddress | null): void {
  const parts: Array<[string, string | null]> = [
    ['address_street', address?.street ?? null],
    ['address_city', address?.city ?? null],
    ['address_postal_code', address?.postalCode ?? null],
    ['address_region', address?.region ?? null],
    ['address_country', address?.country ?? null],
  ];
  for (const [column, value] of parts) {
    params.push(value);
    sets.push(`${column} = $${params.length}`);
  }
}

/**
 * What `crm.company.*` events carry: the company's key, name and domain after the change (the
 * contract consumers such as erp rely on; details are read through the graph).
 */
function companyEventPayload(company: CompanyEntity): { id: string; name: string; domain: string | null } {
  return { id: company.id, name: company.name, domain: company.domain };
}

/**
 * Runs the update inside a savepoint: a unique violation (the domain belongs to another company,
 * perhaps one inserted concurrently) then leaves the request's transaction usable.
 */
async function updateReportingDuplicates(
  manager: EntityManager,
  sets: string[],
  params: unknown[],
): Promise<CompanyEntity | null | 'domain-taken'> {
  await manager.query('savepoint company_update');
  try {
    const [rows]: [CompanyEntity[], number] = await manager.query(
      `update crm.companies set ${sets.join(', ')}, updated_at = now()
       where tenant_id = $1 and id = $2
       returning ${COMPANY_COLUMNS}`,
      params,
    );
    await manager.query('release savepoint company_update');
    return rows[0] ?? null;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await manager.query('rollback to savepoint company_update');
    return 'domain-taken';
  }
}

function domainTaken(domain: string | null): UserError {
  return {
    code: 'DOMAIN_TAKEN',
    message: `Another company already uses the domain "${domain ?? ''}".`,
    field: ['input', 'domain'],
  };
}
