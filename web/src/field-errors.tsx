import type { ReactNode } from 'react';

/**
 * A mutation's userErrors, placed where they belong: an error whose `field` is `["input", name, ...]`
 * shows under that input (which is marked invalid and described by it), the others above the form.
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
  /** Props for the input named `name`: aria-invalid and aria-describedby when it has an error. */
  control(name: string): { 'aria-invalid'?: true; 'aria-describedby'?: string };
  /** The messages under the input named `name`, if any. */
  message(name: string): ReactNode;
  /** Errors that name no input of this form (shown with Problems). */
  rest: FieldedError[];
}

/** `formId` keeps message ids unique when two forms are on one screen. */
export function fieldErrors(
  formId: string,
  userErrors: ReadonlyArray<FieldedError> | null | undefined,
  inputs: readonly string[],
): FieldErrors {
  const byInput = new Map<string, FieldedError[]>();
  const rest: FieldedError[] = [];
  for (const error of userErrors ?? []) {
    const input = inputOf(error);
    if (input && inputs.includes(input)) byInput.set(input, [...(byInput.get(input) ?? []), error]);
    else rest.push(error);
  }
  const id = (name: string) => `${formId}-${name}-error`;
  return {
    control: (name) => (byInput.has(name) ? { 'aria-invalid': true, 'aria-describedby': id(name) } : {}),
    message: (name) => {
      const errors = byInput.get(name);
      if (!errors) return null;
      return (
        <p id={id(name)} role="alert" className="-mt-2 text-sm text-red-700">
          {errors.map((error) => error.message).join(' ')}
        </p>
      );
    },
    rest,
  };
}
