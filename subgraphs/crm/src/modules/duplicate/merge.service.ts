import { emitEvent, parseId, type SubgraphContext, tenantOf, type UserError, userError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { COMPANY_COLUMNS } from '../company/company.columns';
import type { CompanyEntity } from '../company/company.entity';
import { PERSON_COLUMNS, type PersonEntity } from '../person/person.entity';
import { referencesTo, repointReferences } from './record-references';

export const MAX_MERGED = 20;
const MAX_TAGS = 20;
const MAX_EMAILS = 10;
const MAX_PHONES = 10;

export interface MergeInput {
  survivorId: string;
  mergedIds: readonly string[];
}

/** Checks the ids; returns the survivor and the distinct merged ids, or why nothing can be merged. */
function checkMergeInput(input: MergeInput): { survivorId: string; mergedIds: string[] } | UserError {
  const survivorId = parseId(input.survivorId, 'input.survivorId');
  const mergedIds = [...new Set(input.mergedIds.map((id, index) => parseId(id, `input.mergedIds.${index}`)))];
  if (mergedIds.length === 0) {
    return userError('NOTHING_TO_MERGE', 'Name at least one record to merge into the survivor.', [
      'input',
      'mergedIds',
    ]);
  }
  if (mergedIds.length > MAX_MERGED) {
    return userError('TOO_MANY_MERGED', `At most ${MAX_MERGED} records can be merged at once.`, [
      'input',
      'mergedIds',
    ]);
  }
  if (mergedIds.includes(survivorId)) {
    return userError('MERGE_INTO_ITSELF', 'A record cannot be merged into itself.', ['input', 'mergedIds']);
  }
  return { survivorId, mergedIds };
}

/** Union in order, first occurrence wins (the survivor's values come first). */
const union = (...lists: string[][]) => [...new Set(lists.flat())];

/** Locks the survivor and merged rows of `table` in this tenant, survivor first in the result. */
async function lockRecords<T extends { id: string }>(
  manager: EntityManager,
  table: string,
  columns: string,
  tenantId: string,
  survivorId: string,
  mergedIds: string[],
): Promise<{ survivor: T; merged: T[] } | null> {
  const rows: T[] = await manager.query(
    `select ${columns} from ${table} where tenant_id = $1 and id = any($2::uuid[]) order by id for update`,
    [tenantId, [survivorId, ...mergedIds]],
  );
  const survivor = rows.find((row) => row.id === survivorId);
  if (!survivor || rows.length !== mergedIds.length + 1) return null;
  return { survivor, merged: mergedIds.map((id) => rows.find((row) => row.id === id)!) };
}

const notInTenant = () =>
  userError('NOT_FOUND_IN_TENANT', 'Every id must name a record of this tenant.', ['input', 'mergedIds']);

export interface CompanyMergePayload {
  company: CompanyEntity | null;
  userErrors: UserError[];
}

/**
 * Folds `mergedIds` into the survivor in one transaction: everything that points at them (people,
 * deals, activities, and whatever a later module adds) points at the survivor, empty fields are
 * filled from them (the survivor's values win), tags are joined, and they are deleted. erp moves
 * their invoices when it sees `crm.company.merged`.
 */
export async function mergeCompanies(ctx: SubgraphContext, input: MergeInput): Promise<CompanyMergePayload> {
  const tenantId = tenantOf(ctx);
  const checked = checkMergeInput(input);
  if ('code' in checked) return { company: null, userErrors: [checked] };
  const { survivorId, mergedIds } = checked;
  return ctx.db.run(async (manager) => {
    const locked = await lockRecords<CompanyEntity>(
      manager,
      'crm.companies',
      COMPANY_COLUMNS,
      tenantId,
      survivorId,
      mergedIds,
    );
    if (!locked) return { company: null, userErrors: [notInTenant()] };
    const { survivor, merged } = locked;
    const first = <K extends keyof CompanyEntity>(key: K) =>
      [survivor, ...merged]
        .map((company) => company[key])
        .find((value) => value !== null && value !== undefined) ?? null;
    await repointReferences(
      manager,
      await referencesTo(manager, 'crm.companies'),
      tenantId,
      survivorId,
      mergedIds,
    );
    await manager.query(`delete from crm.companies where tenant_id = $1 and id = any($2::uuid[])`, [
      tenantId,
      mergedIds,
    ]);
    const [rows]: [CompanyEntity[], number] = await manager.query(
      `update crm.companies set domain = $3, industry = $4, employee_count = $5, address_street = $6,
         address_city = $7, address_postal_code = $8, address_region = $9, address_country = $10,
         tags = $11, owner_id = $12, updated_at = now()
       where tenant_id = $1 and id = $2 returning ${COMPANY_COLUMNS}`,
      [
        tenantId,
        survivorId,
        first('domain'),
        first('industry'),
        first('employeeCount'),
        // An address moves as a whole, so a street never ends up with another company's city.
        ...addressOf([survivor, ...merged]),
        union(...[survivor, ...merged].map((company) => company.tags ?? [])).slice(0, MAX_TAGS),
        first('ownerId'),
      ],
    );
    await emitEvent(ctx, 'crm.company.merged', { id: survivorId, mergedIds });
    return { company: rows[0], userErrors: [] };
  });
}

function addressOf(companies: CompanyEntity[]): Array<string | null> {
  const withAddress = companies.find(
    (company) => company.addressCity || company.addressStreet || company.addressCountry,
  );
  const source = withAddress ?? companies[0];
  return [
    source.addressStreet,
    source.addressCity,
    source.addressPostalCode,
    source.addressRegion,
    source.addressCountry,
  ];
}

export interface PersonMergePayload {
  person: PersonEntity | null;
  userErrors: UserError[];
}

/** Folds people into the survivor like companies; e-mails, phones and tags are joined. */
export async function mergePeople(ctx: SubgraphContext, input: MergeInput): Promise<PersonMergePayload> {
  const tenantId = tenantOf(ctx);
  const checked = checkMergeInput(input);
  if ('code' in checked) return { person: null, userErrors: [checked] };
  const { survivorId, mergedIds } = checked;
  return ctx.db.run(async (manager) => {
    const locked = await lockRecords<PersonEntity>(
      manager,
      'crm.people',
      PERSON_COLUMNS,
      tenantId,
      survivorId,
      mergedIds,
    );
    if (!locked) return { person: null, userErrors: [notInTenant()] };
    const everyone = [locked.survivor, ...locked.merged];
    const emails = union(...everyone.map((person) => person.emails));
    const phones = union(...everyone.map((person) => person.phones));
    if (emails.length > MAX_EMAILS || phones.length > MAX_PHONES) {
      const field = emails.length > MAX_EMAILS ? 'emails' : 'phones';
      return {
        person: null,
        userErrors: [
          userError(
            'TOO_MANY_CONTACT_POINTS',
            `Together these people have more than 10 ${field}; remove some first.`,
            ['input', 'mergedIds'],
          ),
        ],
      };
    }
    const first = <K extends keyof PersonEntity>(key: K) =>
      everyone.map((person) => person[key]).find((value) => value !== null && value !== undefined) ?? null;
    await repointReferences(
      manager,
      await referencesTo(manager, 'crm.people'),
      tenantId,
      survivorId,
      mergedIds,
    );
    // Their e-mails go with them (person_emails cascades), then join the survivor's.
    await manager.query(`delete from crm.people where tenant_id = $1 and id = any($2::uuid[])`, [
      tenantId,
      mergedIds,
    ]);
    const [rows]: [PersonEntity[], number] = await manager.query(
      `update crm.people set last_name = $3, emails = $4, phones = $5, job_title = $6, company_id = $7,
         owner_id = $8, tags = $9, updated_at = now()
       where tenant_id = $1 and id = $2 returning ${PERSON_COLUMNS}`,
      [
        tenantId,
        survivorId,
        first('lastName'),
        emails,
        phones,
        first('jobTitle'),
        first('companyId'),
        first('ownerId'),
        union(...everyone.map((person) => person.tags ?? [])).slice(0, MAX_TAGS),
      ],
    );
    await emitEvent(ctx, 'crm.person.merged', { id: survivorId, mergedIds });
    return { person: rows[0], userErrors: [] };
  });
}
