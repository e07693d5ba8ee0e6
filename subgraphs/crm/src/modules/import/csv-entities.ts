import { companyCsv } from './company.csv';
import type { CsvEntity } from './csv-entity';
import { dealsCsv } from './deals.csv';
import { peopleCsv } from './people.csv';

/** Every entity with CSV import and export. */
export const CSV_ENTITIES: readonly CsvEntity[] = [companyCsv, peopleCsv, dealsCsv];

export function csvEntityNamed(entity: string): CsvEntity | undefined {
  return CSV_ENTITIES.find((candidate) => candidate.entity === entity);
}
