/**
 * What can be imported from CSV (`POST /files/crm/<entity>/import`), the permission each upload
 * needs (the entity's `:write`) and the columns its file may have, as the README lists them.
 */
export interface ImportEntity {
  entity: 'companies' | 'people' | 'deals';
  label: string;
  permission: string;
  columns: string;
}

export const IMPORT_ENTITIES: readonly ImportEntity[] = [
  {
    entity: 'companies',
    label: 'Companies',
    permission: 'crm.company:write',
    columns: 'name (required), domain',
  },
  {
    entity: 'people',
    label: 'People',
    permission: 'crm.person:write',
    columns: 'firstName (required), lastName, email, jobTitle',
  },
  {
    entity: 'deals',
    label: 'Deals',
    permission: 'crm.deal:write',
    columns:
      'title (required), amount, currency, expectedCloseDate (YYYY-MM-DD), pipeline, stage, companyId or companyDomain',
  },
];

export function importEntityLabel(entity: string): string {
  return IMPORT_ENTITIES.find((candidate) => candidate.entity === entity)?.label ?? entity;
}
