import { useState } from 'react';
import type { FieldErrors } from './field-errors';

/**
 * A form's text inputs as one state: `bind(name)` gives a control its value, a change handler (`map`
 * rewrites what was typed, e.g. to upper case) and the server's error for the input of that name.
 */
export function useFields<Fields extends { [Name in keyof Fields]: string }>(
  initial: Fields,
  errors?: Pick<FieldErrors, 'of'>,
) {
  const [fields, setFields] = useState(initial);
  const bind = (name: keyof Fields & string, map: (typed: string) => string = (typed) => typed) => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) =>
      setFields((current) => ({ ...current, [name]: map(event.target.value) })),
    error: errors?.of(name),
  });
  return { fields, setFields, bind };
}
