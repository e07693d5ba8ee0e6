/**
 * A mutation's userErrors, placed where they belong: an error whose `field` is `["input", name, ...]`
 * shows under that input (the control's `error`, see ui.tsx), the others above the form.
 */
export interface FieldedError {
  field?: ReadonlyArray<string> | null;
  message: string;
  code: string;
}

/** The input a userError points at (`["input", "emails", "0"]` → `emails`), or null for the whole form. */
function inputOf(error: FieldedError): string | null {
  const [root, name] = error.field ?? [];
  return root === 'input' && name ? name : null;
}

export interface FieldErrors {
  /** The messages for the input named `name` (its control's `error`), if any. */
  of(name: string): string | undefined;
  /** Errors that name no input of this form (shown with Problems). */
  rest: FieldedError[];
}

export function fieldErrors(
  userErrors: ReadonlyArray<FieldedError> | null | undefined,
  inputs: readonly string[],
): FieldErrors {
  const byInput = new Map<string, string[]>();
  const rest: FieldedError[] = [];
  for (const error of userErrors ?? []) {
    const input = inputOf(error);
    if (input && inputs.includes(input)) byInput.set(input, [...(byInput.get(input) ?? []), error.message]);
    else rest.push(error);
  }
  return { of: (name) => byInput.get(name)?.join(' '), rest };
}
