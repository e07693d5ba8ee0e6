import { userError } from '@nexora/kit';
import { checkFirstName, checkJobTitle, checkLastName, normalizeEmail } from '../person/person.validation';
import type { CsvEntity } from './csv-entity';

const timestamp = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * People as CSV: one e-mail per row (unique in the tenant, like every person e-mail), checked with
 * the person module's own rules.
 */
export const peopleCsv: CsvEntity = {
  entity: 'people',
  readPermission: 'crm.person:read',
  writePermission: 'crm.person:write',
  importColumns: {
    firstName: { required: true, check: (raw, field) => checkFirstName(raw, field) },
    lastName: { required: false, check: (raw, field) => checkLastName(raw, field) },
    email: {
      required: false,
      check: (raw, field) => {
        if (raw.trim() === '') return { ok: true, value: null };
        const email = normalizeEmail(raw);
        return email
          ? { ok: true, value: email }
          : {
              ok: false,
              error: userError('EMAIL_INVALID', `"${raw.slice(0, 100)}" is not an e-mail address.`, field),
            };
      },
    },
    jobTitle: { required: false, check: (raw, field) => checkJobTitle(raw, field) },
  },
  unique: {
    header: 'email',
    code: 'EMAIL_TAKEN',
    message: (email) => `Another person already has the e-mail "${email}".`,
    findStored: async (manager, tenantId, emails) => {
      const rows: Array<{ email: string }> = await manager.query(
        `select email from crm.person_emails where tenant_id = $1 and email = any($2::text[])`,
        [tenantId, emails],
      );
      return rows.map((row) => row.email);
    },
  },
  insertRows: (manager, { tenantId, ownerId }, rows) =>
    manager.query(
      `insert into crm.people (tenant_id, owner_id, first_name, last_name, emails, job_title)
       select $1, $2, r."firstName", r."lastName",
              case when r.email is null then '{}'::text[] else array[r.email] end, r."jobTitle"
       from jsonb_to_recordset($3::jsonb) as r("firstName" text, "lastName" text, email text, "jobTitle" text)
       returning id, emails[1] as "unique"`,
      [tenantId, ownerId, JSON.stringify(rows)],
    ),
  importedEvent: 'crm.person.imported',
  table: 'crm.people',
  exportSortKey: 'lower(name)',
  exportColumns: {
    id: 'id',
    firstName: 'first_name',
    lastName: 'last_name',
    email: 'emails[1]',
    jobTitle: 'job_title',
    companyId: 'company_id',
    ownerId: 'owner_id',
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
};
