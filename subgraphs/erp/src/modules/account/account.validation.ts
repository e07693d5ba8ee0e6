import { userError, type UserError } from '@nexora/kit';

export const ACCOUNT_CODE = /^[0-9A-Z][0-9A-Z._-]{0,19}$/;
export const ACCOUNT_NAME_MAX_LENGTH = 200;

/** An account code as stored: trimmed and upper-cased; null (with an error pushed) when malformed. */
export function checkAccountCode(raw: string, field: string[], errors: UserError[]): string | null {
  const code = raw.trim().toUpperCase();
  if (ACCOUNT_CODE.test(code)) return code;
  errors.push(
    userError(
      'CODE_INVALID',
      'An account code is 1–20 letters, digits, dots, dashes or underscores, starting with a letter or digit (e.g. "1100").',
      field,
    ),
  );
  return null;
}

/** An account name, trimmed, 1–200 characters; null (with an error pushed) otherwise. */
export function checkAccountName(raw: string, field: string[], errors: UserError[]): string | null {
  const name = raw.trim();
  if (name.length === 0) {
    errors.push(userError('NAME_REQUIRED', 'Give the account a name.', field));
    return null;
  }
  if ([...name].length > ACCOUNT_NAME_MAX_LENGTH) {
    errors.push(
      userError(
        'NAME_TOO_LONG',
        `An account name can have at most ${ACCOUNT_NAME_MAX_LENGTH} characters.`,
        field,
      ),
    );
    return null;
  }
  return name;
}
