import type { SubgraphContext } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { Checked } from '../company/company.validation';

/** One cell of an import, checked by the entity module's own validation. */
export interface CsvImportColumn {
  /** Whether the header must be present (a present header may still hold blank cells). */
  required: boolean;
  /** The entity module's own check of a cell; `field` names the column in the error. */
  check(raw: string, field: string[]): Checked<unknown>;
}

/** A row that passed every check: CSV header → checked value. */
export type CheckedCsvRow = Record<string, unknown>;

/** What is wrong with one cell (or, with a null column, the row) of a row under check. */
export interface CsvCellError {
  column: string | null;
  code: string;
  message: string;
}

/** A checked row that `checkStored` may complete with what it looked up (ids named by the row). */
export interface StoredCheckRow {
  line: number;
  values: CheckedCsvRow;
}

/** Who an import writes for. */
export interface CsvImportTarget {
  tenantId: string;
  /** The user who started the import; owns the created records. */
  ownerId: string | null;
}

/**
 * Everything the import and export need to know about one entity: its CSV columns and how its rows
 * are stored and read. Adding an entity to CSV import/export is one such declaration (see
 * `company.csv.ts`, or `deals.csv.ts` for rows naming other records) and one line in
 * `csv-entities.ts`.
 */
export interface CsvEntity {
  /** URL segment and job entity: `/files/crm/<entity>/import`. */
  entity: string;
  /** Export and the entity's jobs need it. */
  readPermission: string;
  /** Import needs it. */
  writePermission: string;
  /** Import columns in the order the documentation (and an empty template) lists them. */
  importColumns: Readonly<Record<string, CsvImportColumn>>;
  /**
   * Checks across the cells of a row whose cells all passed (an amount needs its currency); returns
   * the row's values, normalized, or its errors.
   */
  checkRow?(
    values: CheckedCsvRow,
  ): { ok: true; values: CheckedCsvRow } | { ok: false; errors: CsvCellError[] };
  /**
   * Checks against the tenant's stored records, in the upload's transaction (a company or stage a
   * row names must exist): returns each bad row's errors by line, and writes what it resolved (ids)
   * into the good rows' values for `insertRows`.
   */
  checkStored?(ctx: SubgraphContext, rows: StoredCheckRow[]): Promise<Array<CsvCellError & { line: number }>>;
  /**
   * A column unique within the tenant (company domain, person e-mail): a value twice in the file, or
   * already stored, is an error of its row.
   */
  unique?: {
    header: string;
    code: string;
    message(value: string): string;
    /** Which of `values` the tenant already has. */
    findStored(manager: EntityManager, tenantId: string, values: string[]): Promise<string[]>;
  };
  /**
   * Inserts checked rows; returns the unique column's value (or null) of each row inserted, so rows
   * refused by a concurrent insert of the same value can be reported.
   */
  insertRows(
    manager: EntityManager,
    target: CsvImportTarget,
    rows: CheckedCsvRow[],
  ): Promise<Array<{ id: string; unique: string | null }>>;
  /** The event each inserted batch announces, carrying the created ids. */
  importedEvent: string;
  /**
   * Export: header → SQL expression over `table`, in this (stable) column order. Expressions may
   * refer to the row being exported as `exported`.
   */
  exportColumns: Readonly<Record<string, string>>;
  /** Schema-qualified table the export reads. */
  table: string;
  /** Export order (keyset): a text expression, then id, backed by an index (tenant_id, key, id). */
  exportSortKey: string;
}
