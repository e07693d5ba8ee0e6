/** A server userError as the invoice form reads it. */
export interface FieldUserError {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/** The fields of an invoice line the form shows errors beside. */
export type LineField = 'description' | 'quantity' | 'unitPrice' | 'taxRateId';

/** Which inputs a form shows errors beside: its own fields, and the fields of each of its lines. */
export interface ShownFields {
  fields: readonly string[];
  lineFields: readonly string[];
}

/** The invoice form's. */
const INVOICE_FIELDS: ShownFields = {
  fields: ['currency', 'lines', 'invoiceDate', 'paymentTerms', 'paymentTermDays'],
  lineFields: ['description', 'quantity', 'unitPrice', 'taxRateId'],
};

/**
 * A document form's userErrors (createInvoice's, updateInvoice's, a purchase order's) by the input field they name (`["input", "lines", "1", "quantity"]` is
 * `lines.1.quantity`), so each shows beside its control; those naming no field the form shows go in
 * `general`.
 */
export interface FieldErrors<Field extends string = LineField> {
  at(path: string): string | undefined;
  forLine(index: number): Partial<Record<Field, string>>;
  without(...paths: string[]): FieldErrors<Field>;
  /** Drops the errors of every line (their positions changed). */
  withoutLines(): FieldErrors<Field>;
  general: FieldUserError[];
}

function isShownPath(path: string, shown: ShownFields): boolean {
  if (shown.fields.includes(path)) return true;
  const [root, index, name] = path.split('.');
  return root === 'lines' && /^\d+$/.test(index ?? '') && shown.lineFields.includes(name ?? '');
}

function pathOf(error: FieldUserError): string {
  const field = error.field ?? [];
  return (field[0] === 'input' ? field.slice(1) : field).join('.');
}

function fromEntries<Field extends string>(
  byPath: Map<string, string[]>,
  general: FieldUserError[],
  lineFields: readonly string[],
): FieldErrors<Field> {
  const at = (path: string) => byPath.get(path)?.join(' ');
  return {
    at,
    forLine: (index) =>
      Object.fromEntries(
        lineFields.flatMap((name) => {
          const message = at(`lines.${index}.${name}`);
          return message ? [[name, message]] : [];
        }),
      ) as Partial<Record<Field, string>>,
    without: (...paths) =>
      fromEntries(new Map([...byPath].filter(([path]) => !paths.includes(path))), general, lineFields),
    withoutLines: () =>
      fromEntries(new Map([...byPath].filter(([path]) => !path.startsWith('lines.'))), general, lineFields),
    general,
  };
}

/**
 * A userError naming a whole line (`["input", "lines", "2"]`, as a receipt's stock refusal does) shows
 * at that line's `quantity`, the one thing a receipt or bill line asks for.
 */
function normalisedPath(path: string, shown: ShownFields): string {
  return /^lines\.\d+$/.test(path) && shown.lineFields.includes('quantity') ? `${path}.quantity` : path;
}

export function fieldErrorsOf<Field extends string = LineField>(
  userErrors: readonly FieldUserError[],
  shown: ShownFields = INVOICE_FIELDS,
): FieldErrors<Field> {
  const byPath = new Map<string, string[]>();
  const general: FieldUserError[] = [];
  for (const error of userErrors) {
    const path = normalisedPath(pathOf(error), shown);
    if (!isShownPath(path, shown)) {
      general.push(error);
      continue;
    }
    byPath.set(path, [...(byPath.get(path) ?? []), error.message]);
  }
  return fromEntries(byPath, general, shown.lineFields);
}
