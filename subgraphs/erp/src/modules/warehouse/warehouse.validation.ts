import { userError, type UserError } from '@nexora/kit';

const CODE = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;
export const NAME_MAX_LENGTH = 200;

/** A warehouse or location code, trimmed and upper-cased, or null with CODE_INVALID in `errors`. */
export function checkCode(raw: string, field: string[], errors: UserError[]): string | null {
  const code = raw.trim().toUpperCase();
  if (!CODE.test(code)) {
    errors.push(
      userError(
        'CODE_INVALID',
        'A code has 1–20 letters, digits, "_" or "-", starting with a letter or digit (e.g. "WH1" or "A-01").',
        field,
      ),
    );
    return null;
  }
  return code;
}

/** A trimmed name of 1–200 characters, or null with NAME_REQUIRED / NAME_TOO_LONG in `errors`. */
export function checkName(raw: string, what: string, field: string[], errors: UserError[]): string | null {
  const name = raw.trim();
  if (name.length === 0) {
    errors.push(userError('NAME_REQUIRED', `Give the ${what} a name.`, field));
    return null;
  }
  if ([...name].length > NAME_MAX_LENGTH) {
    errors.push(userError('NAME_TOO_LONG', `A name can have at most ${NAME_MAX_LENGTH} characters.`, field));
    return null;
  }
  return name;
}
