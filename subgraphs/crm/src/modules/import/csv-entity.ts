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

/** Who an import writes for. */
export interface CsvImportTarget {
  tenantId: string;
  /** The user who started the import; owns the created records. */
  ownerId: string | null;
}

/**
 * Everything the import and export need to know about one entity: its CSV columns and how its rows
 * are stored and read. Adding people or deals to CSV import/export is one such declaration (see
 * `company.csv.ts`) and one line in `csv-entities.ts`.
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
  /** Export: header → SQL expression over `table`, in this (stable) column order. */
  exportColumns: Readonly<Record<string, string>>;
  /** Schema-qualified table the export reads. */
  table: string;
  /** Export order (keyset): a text expression, then id, backed by an index (tenant_id, key, id). */
  exportSortKey: string;
}
