import { lowerTextSort, type SortColumn, timestampSort } from '@nexora/kit';

export type PersonOrderField = 'NAME' | 'CREATED_AT' | 'UPDATED_AT';

/** Each ordering has its index (tenant_id, expression, id); see the create-people migration. */
export const PERSON_SORT: Record<PersonOrderField, SortColumn> = {
  NAME: lowerTextSort('name'),
  CREATED_AT: timestampSort('created_at'),
  UPDATED_AT: timestampSort('updated_at'),
};
