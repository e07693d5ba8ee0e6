/** A server userError as the invoice form reads it. */
export interface FieldUserError {
  field?: readonly string[] | null;
  code: string;
  message: string;
}

/** The fields of a line the form shows errors beside. */
export type LineField = 'description' | 'quantity' | 'unitPrice';
const LINE_FIELDS: readonly LineField[] = ['description', 'quantity', 'unitPrice'];

/**
 * createInvoice's userErrors by the input field they name (`["input", "lines", "1", "quantity"]` is
 * `lines.1.quantity`), so each shows beside its control; those naming no field the form shows go in
 * `general`.
 */
export interface FieldErrors {
  at(path: string): string | undefined;
  forLine(index: number): Partial<Record<LineField, string>>;
  without(...paths: string[]): FieldErrors;
  /** Drops the errors of every line (their positions changed). */
  withoutLines(): FieldErrors;
  general: FieldUserError[];
}

function isShownPath(path: string): boolean {
  if (path === 'currency' || path === 'lines') return true;
  const [root, index, name] = path.split('.');
  return root === 'lines' && /^\d+$/.test(index ?? '') && LINE_FIELDS.includes(name as LineField);
}

function pathOf(error: FieldUserError): string {
  const field = error.field ?? [];
  return (field[0] === 'input' ? field.slice(1) : field).join('.');
}

function fromEntries(byPath: Map<string, string[]>, general: FieldUserError[]): FieldErrors {
  const at = (path: string) => byPath.get(path)?.join(' ');
  return {
    at,
    forLine: (index) =>
      Object.fromEntries(
        LINE_FIELDS.flatMap((name) => {
          const message = at(`lines.${index}.${name}`);
          return message ? [[name, message]] : [];
        }),
      ),
    without: (...paths) =>
      fromEntries(new Map([...byPath].filter(([path]) => !paths.includes(path))), general),
    withoutLines: () =>
      fromEntries(new Map([...byPath].filter(([path]) => !path.startsWith('lines.'))), general),
    general,
  };
}

export function fieldErrorsOf(userErrors: readonly FieldUserError[]): FieldErrors {
  const byPath = new Map<string, string[]>();
  const general: FieldUserError[] = [];
  for (const error of userErrors) {
    const path = pathOf(error);
    if (!isShownPath(path)) {
      general.push(error);
      continue;
    }
    byPath.set(path, [...(byPath.get(path) ?? []), error.message]);
  }
  return fromEntries(byPath, general);
}
