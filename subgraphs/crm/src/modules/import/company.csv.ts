import { checkCompanyDomain, checkCompanyName } from '../company/company.validation';
import type { CsvEntity } from './csv-entity';

/**
 * Companies as CSV. New company fields become importable with one entry in `importColumns` (the
 * company module's check) plus the column in `insertRows`, and exportable with one entry in
 * `exportColumns`.
 */
export const companyCsv: CsvEntity = {
  entity: 'companies',
  readPermission: 'crm.company:read',
  writePermission: 'crm.company:write',
  importColumns: {
    name: { required: true, check: (raw, field) => checkCompanyName(raw, field) },
    domain: { required: false, check: (raw, field) => checkCompanyDomain(raw, field) },
  },
  unique: {
    header: 'domain',
    code: 'DOMAIN_TAKEN',
    message: (domain) => `Another company already uses the domain "${domain}".`,
    findStored: async (manager, tenantId, domains) => {
      const rows: Array<{ domain: string }> = await manager.query(
        `select domain from crm.companies where tenant_id = $1 and domain = any($2::text[])`,
        [tenantId, domains],
      );
      return rows.map((row) => row.domain);
    },
  },
  insertRows: (manager, { tenantId, ownerId }, rows) =>
    manager.query(
      `insert into crm.companies (tenant_id, owner_id, name, domain)
       select $1, $2, r.name, r.domain from jsonb_to_recordset($3::jsonb) as r(name text, domain text)
       on conflict (tenant_id, domain) where domain is not null do nothing
       returning id, domain as "unique"`,
      [tenantId, ownerId, JSON.stringify(rows)],
    ),
  importedEvent: 'crm.company.imported',
  table: 'crm.companies',
  exportSortKey: 'lower(name)',
  exportColumns: {
    id: 'id',
    name: 'name',
    domain: 'domain',
    ownerId: 'owner_id',
    createdAt: `to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
    updatedAt: `to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  },
};
