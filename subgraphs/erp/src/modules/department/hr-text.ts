import { userError, type UserError } from '@nexora/kit';

/**
 * A required name (department, employee, leave type): trimmed, 1–`max` characters; null with
 * NAME_REQUIRED or NAME_TOO_LONG pushed otherwise. `what` names the thing in the message.
 */
export function checkName(raw: string, what: string, max: number, errors: UserError[]): string | null {
  const name = raw.trim();
  const field = ['input', 'name'];
  if (name.length === 0) {
    errors.push(userError('NAME_REQUIRED', `Give the ${what} a name.`, field));
    return null;
  }
  if ([...name].length > max) {
    errors.push(userError('NAME_TOO_LONG', `A ${what} name can have at most ${max} characters.`, field));
    return null;
  }
  return name;
}

/**
 * An optional free text (job title, reason, note): trimmed, blank → null, at most `max` characters
 * (`code` pushed otherwise). Returns undefined when the text was refused.
 */
export function checkOptionalText(
  raw: string | null | undefined,
  field: string,
  max: number,
  code: string,
  errors: UserError[],
): string | null | undefined {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim();
  if (text.length === 0) return null;
  if ([...text].length > max) {
    errors.push(userError(code, `"${field}" can have at most ${max} characters.`, ['input', field]));
    return undefined;
  }
  return text;
}
