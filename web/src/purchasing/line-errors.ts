import type { FieldUserError } from '../erp/field-errors';

/**
 * A receipt's or bill's userErrors by the order line they concern. The API names a line by its
 * position in the input (`["input", "lines", "1", "quantity"]`), and the form sends only the lines
 * given a quantity, so `sentLineIds[1]` says which order line that is. An error naming a whole line
 * (a stock refusal) shows at its quantity; errors naming no line go in `rest`.
 */
export interface LineErrors {
  at(lineId: string, field: string): string | undefined;
  rest: FieldUserError[];
}

export function lineErrorsOf(
  userErrors: readonly FieldUserError[] | null | undefined,
  sentLineIds: readonly string[],
  fields: readonly string[],
): LineErrors {
  const byKey = new Map<string, string[]>();
  const rest: FieldUserError[] = [];
  for (const error of userErrors ?? []) {
    const [root, list, index, field = 'quantity'] = error.field ?? [];
    const lineId = root === 'input' && list === 'lines' ? sentLineIds[Number(index)] : undefined;
    const shownField = field === 'lineId' ? 'quantity' : field;
    if (!lineId || !fields.includes(shownField)) {
      rest.push(error);
      continue;
    }
    const key = `${lineId}.${shownField}`;
    byKey.set(key, [...(byKey.get(key) ?? []), error.message]);
  }
  return { at: (lineId, field) => byKey.get(`${lineId}.${field}`)?.join(' '), rest };
}
