/** Rows one import may have by default (CSV_IMPORT_MAX_ROWS). */
export const DEFAULT_IMPORT_MAX_ROWS = 100_000;

/**
 * `CSV_IMPORT_MAX_ROWS`: the most data rows one CSV import may have (1–1,000,000); a larger file is
 * refused whole. Read per import, so operators (and tests) can change it without a restart.
 */
export function importRowLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CSV_IMPORT_MAX_ROWS;
  if (raw === undefined || raw === '') return DEFAULT_IMPORT_MAX_ROWS;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000)
    throw new Error(`CSV_IMPORT_MAX_ROWS must be a whole number from 1 to 1000000, not "${raw}"`);
  return value;
}
