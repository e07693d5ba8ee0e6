import { companyCsv } from './company.csv';
import type { CsvEntity } from './csv-entity';
import { peopleCsv } from './people.csv';

/** Every entity with CSV import and export; deals add their declaration here. */
export const CSV_ENTITIES: readonly CsvEntity[] = [companyCsv, peopleCsv];

export function csvEntityNamed(entity: string): CsvEntity | undefined {
  return CSV_ENTITIES.find((candidate) => candidate.entity === entity);
}
