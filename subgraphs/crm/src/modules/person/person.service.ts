import {
  emitEvent,
  isForeignKeyViolation,
  isUniqueViolation,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { checkTags } from '../company/company-details.validation';
import { companyByIdLoader } from '../company/company.loaders';
import type { Checked } from '../company/company.validation';
import { PERSON_COLUMNS, type PersonEntity } from './person.entity';
import { personByIdLoader } from './person.loaders';
import { checkEmails, checkFirstName, checkJobTitle, checkLastName, checkPhones } from './person.validation';

export { listPeople, type PersonListArgs } from './person-list.service';

export interface PersonPayload {
  person: PersonEntity | null;
  userErrors: UserError[];
}

export interface PersonFields {
  firstName?: string | null;
  lastName?: string | null;
  emails?: readonly string[] | null;
  phones?: readonly string[] | null;
  jobTitle?: string | null;
  companyId?: string | null;
  tags?: readonly string[] | null;
}

/** A person of the caller's tenant, or null (also for another tenant's id: RLS hides it). */
export async function findPerson(ctx: SubgraphContext, id: string): Promise<PersonEntity | null> {
  return personByIdLoader(ctx).load(parseId(id, 'id'));
}

/**
 * The columns `input` sets, checked: a column value per given field, or the userErrors. Omitted
 * fields set nothing; `required` makes firstName mandatory (create).
 */
function checkPersonFields(
  input: PersonFields,
  required: boolean,
): { columns: Map<string, unknown>; userErrors: UserError[] } {
  const columns = new Map<string, unknown>();
  const userErrors: UserError[] = [];
  const put = <T>(column: string, check: Checked<T>) => {
    if (check.ok) columns.set(column, check.value);
    else userErrors.push(check.error);
  };
  if (required || input.firstName != null)
    put('first_name', checkFirstName(input.firstName ?? '', ['input', 'firstName']));
  if (input.lastName !== undefined) put('last_name', checkLastName(input.lastName, ['input', 'lastName']));
  if (input.emails != null) put('emails', checkEmails(input.emails, ['input', 'emails']));
  if (input.phones != null) put('phones', checkPhones(input.phones, ['input', 'phones']));
  if (input.jobTitle !== undefined) put('job_title', checkJobTitle(input.jobTitle, ['input', 'jobTitle']));
  // A malformed company id is the caller's bug (BAD_USER_INPUT); an unknown one a userError below.
  if (input.companyId !== undefined) {
    columns.set('company_id', input.companyId === null ? null : parseId(input.companyId, 'input.companyId'));
  }
  if (input.tags != null) put('tags', checkTags(input.tags, ['input', 'tags']));
  return { columns, userErrors };
}

/** What must hold in the database: the company is the tenant's, no e-mail is another person's. */
async function checkReferences(
  ctx: SubgraphContext,
  columns: Map<string, unknown>,
  personId: string | null,
): Promise<UserError[]> {
  const userErrors: UserError[] = [];
  const companyId = columns.get('company_id') as string | null | undefined;
  if (companyId && !(await companyByIdLoader(ctx).load(companyId))) {
    userErrors.push(companyNotFound(companyId));
  }
  const emails = columns.get('emails') as string[] | undefined;
  if (emails && emails.length > 0) {
    const taken: Array<{ email: string }> = await ctx.db.run((manager) =>
      manager.query(
        `select email from crm.person_emails
         where tenant_id = $1 and email = any($2::text[]) and person_id is distinct from $3::uuid`,
        [tenantOf(ctx), emails, personId],
      ),
    );
    for (const { email } of taken) userErrors.push(emailTaken(email, emails.indexOf(email)));
  }
  return userErrors;
}

export async function createPerson(
  ctx: SubgraphContext,
  input: PersonFields & { firstName: string },
): Promise<PersonPayload> {
  const tenantId = tenantOf(ctx);
  const { columns, userErrors } = checkPersonFields(input, true);
  if (userErrors.length === 0) userErrors.push(...(await checkReferences(ctx, columns, null)));
  if (userErrors.length > 0) return { person: null, userErrors };

  columns.set('tenant_id', tenantId);
  columns.set('owner_id', ctx.caller.userId);
  const names = [...columns.keys()];
  const result = await ctx.db.run((manager) =>
    writeInSavepoint(manager, (m): Promise<PersonEntity[]> =>
      m.query(
        `insert into crm.people (${names.join(', ')}) values (${names.map((_, i) => `$${i + 1}`).join(', ')})
         returning ${PERSON_COLUMNS}`,
        [...columns.values()],
      ),
    ),
  );
  if (!result.ok) return { person: null, userErrors: [result.error] };
  const person = result.value[0];
  await emitEvent(ctx, 'crm.person.created', personEventPayload(person));
  return { person, userErrors: [] };
}

export async function updatePerson(
  ctx: SubgraphContext,
  input: PersonFields & { id: string },
): Promise<PersonPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const { columns, userErrors } = checkPersonFields(input, false);
  if (userErrors.length > 0) return { person: null, userErrors };
  const existing = await personByIdLoader(ctx).load(id);
  if (!existing) throw notFound('Person', id);
  userErrors.push(...(await checkReferences(ctx, columns, id)));
  if (userErrors.length > 0) return { person: null, userErrors };
  // An input that changes nothing runs no update and announces nothing.
  if (columns.size === 0) return { person: existing, userErrors: [] };

  const names = [...columns.keys()];
  const result = await ctx.db.run((manager) =>
    writeInSavepoint(manager, (m) =>
      m
        .query(
          `update crm.people set ${names.map((name, i) => `${name} = $${i + 3}`).join(', ')}, updated_at = now()
           where tenant_id = $1 and id = $2 returning ${PERSON_COLUMNS}`,
          [tenantId, id, ...columns.values()],
        )
        .then((updated: [PersonEntity[], number]) => updated[0]),
    ),
  );
  if (!result.ok) return { person: null, userErrors: [result.error] };
  const person = result.value[0];
  if (!person) throw notFound('Person', id);
  personByIdLoader(ctx).clear(id).prime(id, person);
  await emitEvent(ctx, 'crm.person.updated', personEventPayload(person));
  return { person, userErrors: [] };
}

export async function deletePerson(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<{ deletedPersonId: string | null; userErrors: UserError[] }> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const result = await ctx.db.run((manager) =>
    writeInSavepoint(manager, (m) =>
      m
        .query(`delete from crm.people where tenant_id = $1 and id = $2 returning id`, [tenantId, id])
        .then((deleted: [Array<{ id: string }>, number]) => deleted[0]),
    ),
  );
  if (!result.ok) {
    return {
      deletedPersonId: null,
      userErrors: [
        userError('PERSON_IN_USE', 'Other records still point at this person; move them first.', [
          'input',
          'id',
        ]),
      ],
    };
  }
  if (result.value.length === 0) throw notFound('Person', id);
  personByIdLoader(ctx).clear(id);
  await emitEvent(ctx, 'crm.person.deleted', { id });
  return { deletedPersonId: id, userErrors: [] };
}

/** What `crm.person.*` events carry: the person's key and main fields as they are after the change. */
function personEventPayload(person: PersonEntity) {
  return {
    id: person.id,
    name: person.name,
    emails: person.emails,
    companyId: person.companyId,
    ownerId: person.ownerId,
  };
}

/**
 * Runs a write in a savepoint, so a conflict found by Postgres (an e-mail taken or a company deleted
 * by a concurrent request since the checks above) becomes a userError and leaves the request's
 * transaction usable.
 */
async function writeInSavepoint<T>(
  manager: EntityManager,
  write: (manager: EntityManager) => Promise<T>,
): Promise<Checked<T>> {
  await manager.query('savepoint person_write');
  try {
    const value = await write(manager);
    await manager.query('release savepoint person_write');
    return { ok: true, value };
  } catch (error) {
    const conflict = isUniqueViolation(error)
      ? userError('EMAIL_TAKEN', 'One of these e-mail addresses now belongs to another person.', [
          'input',
          'emails',
        ])
      : isForeignKeyViolation(error)
        ? // On insert/update the only key is the company's (deleted meanwhile); on delete, deletePerson
          // reports another table's key still naming the person as PERSON_IN_USE.
          userError('COMPANY_NOT_FOUND', 'The company was deleted meanwhile.', ['input', 'companyId'])
        : null;
    if (!conflict) throw error;
    await manager.query('rollback to savepoint person_write');
    return { ok: false, error: conflict };
  }
}

function companyNotFound(companyId: string): UserError {
  return userError('COMPANY_NOT_FOUND', `Company ${companyId} was not found.`, ['input', 'companyId']);
}

function emailTaken(email: string, index: number): UserError {
  return userError('EMAIL_TAKEN', `Another person already has the e-mail address "${email}".`, [
    'input',
    'emails',
    String(index),
  ]);
}
