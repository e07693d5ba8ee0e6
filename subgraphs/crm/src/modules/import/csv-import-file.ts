import type { Readable } from 'node:stream';
import { Transform, type TransformCallback } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { CheckedCsvRow, CsvEntity } from './csv-entity';

/** One bad row of an import: where it is (1-based line of the file, the header being line 1) and why. */
export interface ImportRowError {
  line: number;
  /** The CSV column at fault; null for the row as a whole. */
  column: string | null;
  code: string;
  message: string;
}

/** Why a file cannot be imported at all (nothing is imported, no job is created). */
export interface ImportFileProblem {
  reason: 'EMPTY_FILE' | 'HEADERS' | 'NOT_TEXT' | 'NOT_CSV' | 'TOO_MANY_ROWS' | 'RECORD_TOO_LARGE';
  message: string;
  line?: number;
}

export interface CheckedImportRow {
  line: number;
  values: CheckedCsvRow;
}

export interface ImportFile {
  /** Rows that passed every check. */
  rows: CheckedImportRow[];
  /** Every bad row's errors, in line order. */
  errors: ImportRowError[];
  /** Data rows in the file (good and bad). */
  total: number;
}

export type ImportFileResult = { ok: true; file: ImportFile } | { ok: false; problem: ImportFileProblem };

/** A field longer than this is not a company name or a domain: the file is refused, not buffered. */
const MAX_RECORD_BYTES = 64 * 1024;

class NotTextError extends Error {}

/**
 * Reads an uploaded CSV for `entity` as it streams in: checks the header line against the entity's
 * declared columns, then each row with the entity module's own validation. Never holds the raw file;
 * holds only checked values (at most `maxRows` rows). Stops reading at the first problem of the file
 * as a whole (binary data, broken quoting, wrong headers, too many rows).
 */
export async function readImportFile(
  body: Readable,
  entity: CsvEntity,
  { maxRows }: { maxRows: number },
): Promise<ImportFileResult> {
  const text = utf8Text();
  const parser = parse({
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  body.on('error', (error) => text.destroy(error));
  text.on('error', (error) => parser.destroy(error));
  body.pipe(text).pipe(parser);
  try {
    return await checkRecords(parser, entity, maxRows);
  } catch (error) {
    return { ok: false, problem: problemOf(error) };
  } finally {
    // Whatever is left of the upload is drained by the kit before it answers.
    body.unpipe(text);
    text.destroy();
    parser.destroy();
  }
}

type ParsedRecord = { record: string[]; info: { lines: number } };

async function checkRecords(parser: AsyncIterable<unknown>, entity: CsvEntity, maxRows: number) {
  let headers: string[] | null = null;
  const rows: CheckedImportRow[] = [];
  const errors: ImportRowError[] = [];
  const seenUnique = new Map<string, number>();
  let total = 0;
  for await (const parsed of parser) {
    const { record, info } = parsed as ParsedRecord;
    // csv-parse counts the line a record ends on; a quoted field may span several lines.
    const line = info.lines - record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
    if (!headers) {
      const checked = checkHeaders(record, entity);
      if (!checked.ok) return { ok: false as const, problem: checked.problem };
      headers = checked.headers;
      continue;
    }
    total += 1;
    if (total > maxRows) {
      return {
        ok: false as const,
        problem: {
          reason: 'TOO_MANY_ROWS' as const,
          message: `The file has more than ${maxRows} rows; split it into files of at most ${maxRows} rows.`,
          line,
        },
      };
    }
    const checked = checkRow(record, headers, entity, line);
    if (checked.errors.length === 0 && entity.unique) {
      const value = checked.values[entity.unique.header];
      if (typeof value === 'string') {
        const first = seenUnique.get(value);
        if (first === undefined) seenUnique.set(value, line);
        else
          checked.errors.push({
            line,
            column: entity.unique.header,
            code: 'DUPLICATE_IN_FILE',
            message: `"${value}" is already used on line ${first} of this file.`,
          });
      }
    }
    if (checked.errors.length > 0) errors.push(...checked.errors);
    else rows.push({ line, values: checked.values });
  }
  if (!headers) {
    return {
      ok: false as const,
      problem: {
        reason: 'EMPTY_FILE' as const,
        message: `The file is empty; its first line must name the columns: ${expectedHeaders(entity)}.`,
      },
    };
  }
  return { ok: true as const, file: { rows, errors, total } };
}

function expectedHeaders(entity: CsvEntity): string {
  return Object.entries(entity.importColumns)
    .map(([name, column]) => (column.required ? name : `${name} (optional)`))
    .join(', ');
}

/** The header line names each declared column at most once (any case), every required one, nothing else. */
function checkHeaders(
  record: string[],
  entity: CsvEntity,
): { ok: true; headers: string[] } | { ok: false; problem: ImportFileProblem } {
  const declared = new Map(Object.keys(entity.importColumns).map((name) => [name.toLowerCase(), name]));
  const headers: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const raw of record) {
    const name = declared.get(raw.trim().toLowerCase());
    if (!name) unknown.push(raw.trim().slice(0, 50));
    else if (headers.includes(name)) repeated.push(name);
    else headers.push(name);
  }
  const missing = Object.entries(entity.importColumns)
    .filter(([name, column]) => column.required && !headers.includes(name))
    .map(([name]) => name);
  const faults = [
    unknown.length > 0 ? `unknown column${unknown.length > 1 ? 's' : ''} ${quoteList(unknown)}` : null,
    repeated.length > 0 ? `repeated column${repeated.length > 1 ? 's' : ''} ${quoteList(repeated)}` : null,
    missing.length > 0 ? `missing column${missing.length > 1 ? 's' : ''} ${quoteList(missing)}` : null,
  ].filter((fault): fault is string => fault !== null);
  if (faults.length === 0) return { ok: true, headers };
  return {
    ok: false,
    problem: {
      reason: 'HEADERS',
      line: 1,
      message: `The header line is wrong (${faults.join('; ')}); expected the columns ${expectedHeaders(entity)}. Nothing was imported.`,
    },
  };
}

function quoteList(names: string[]): string {
  const shown = names.slice(0, 10).map((name) => `"${name}"`);
  return names.length > 10 ? `${shown.join(', ')} and ${names.length - 10} more` : shown.join(', ');
}

function checkRow(record: string[], headers: string[], entity: CsvEntity, line: number) {
  const values: CheckedCsvRow = {};
  const errors: ImportRowError[] = [];
  if (record.length !== headers.length) {
    errors.push({
      line,
      column: null,
      code: 'COLUMN_COUNT',
      message: `The row has ${record.length} value${record.length === 1 ? '' : 's'}; the header names ${headers.length} columns.`,
    });
    return { values, errors };
  }
  for (const [name, column] of Object.entries(entity.importColumns)) {
    const index = headers.indexOf(name);
    const checked = column.check(index === -1 ? '' : record[index], [name]);
    if (checked.ok) values[name] = checked.value;
    else errors.push({ line, column: name, code: checked.error.code, message: checked.error.message });
  }
  if (errors.length > 0 || !entity.checkRow) return { values, errors };
  const whole = entity.checkRow(values);
  if (whole.ok) return { values: whole.values, errors };
  return { values, errors: whole.errors.map((error) => ({ line, ...error })) };
}

function problemOf(error: unknown): ImportFileProblem {
  if (error instanceof NotTextError) {
    return {
      reason: 'NOT_TEXT',
      message: 'The file is not UTF-8 text (it looks binary); export it as CSV (UTF-8) and try again.',
    };
  }
  if (error instanceof CsvError) {
    const csvError = error as CsvError & { lines?: number };
    const line = typeof csvError.lines === 'number' ? csvError.lines : undefined;
    if (csvError.code === 'CSV_MAX_RECORD_SIZE') {
      return {
        reason: 'RECORD_TOO_LARGE',
        line,
        message: `A row near line ${line ?? '?'} is longer than ${MAX_RECORD_BYTES} bytes; is the file CSV?`,
      };
    }
    return {
      reason: 'NOT_CSV',
      line,
      message: `The file is not valid CSV near line ${line ?? '?'} (${(csvError.message ?? '').slice(0, 200)}). Nothing was imported.`,
    };
  }
  throw error;
}

/** UTF-8 bytes → text, failing on invalid UTF-8 or NUL characters (binary files). */
function utf8Text(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk?: Buffer): string => {
    let text: string;
    try {
      text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new NotTextError('not UTF-8');
    }
    if (text.includes('\u0000')) throw new NotTextError('NUL character');
    return text;
  };
  return new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      try {
        done(null, decode(chunk));
      } catch (error) {
        done(error as Error);
      }
    },
    flush(done: TransformCallback) {
      try {
        done(null, decode());
      } catch (error) {
        done(error as Error);
      }
    },
  });
}
