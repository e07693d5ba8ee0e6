import { companyCsv } from './company.csv';
import type { CsvEntity } from './csv-entity';

/** Every entity with CSV import and export; people and deals add their declaration here. */
export const CSV_ENTITIES: readonly CsvEntity[] = [companyCsv];

export function csvEntityNamed(entity: string): CsvEntity | undefined {
  return CSV_ENTITIES.find((candidate) => candidate.entity === entity);
}
