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

/** Imports one tenant may have queued or running at once by default (CSV_IMPORT_MAX_RUNNING). */
export const DEFAULT_IMPORTS_RUNNING = 2;

/**
 * `CSV_IMPORT_MAX_RUNNING`: how many imports one tenant may have queued or running at once (1–20);
 * one more is refused with TOO_MANY_REQUESTS before its file is read. Each running import holds its
 * checked rows in memory, so this bounds what one tenant can make a crm process hold.
 */
export function importsRunningLimit(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CSV_IMPORT_MAX_RUNNING;
  if (raw === undefined || raw === '') return DEFAULT_IMPORTS_RUNNING;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 20)
    throw new Error(`CSV_IMPORT_MAX_RUNNING must be a whole number from 1 to 20, not "${raw}"`);
  return value;
}
