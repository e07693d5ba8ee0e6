import { isPermission, userError, type UserError } from '@nexora/kit';

export interface CreateApiKeyInput {
  name: string;
  scopes: readonly string[];
  expiresAt?: string | null;
  requestsPerMinute?: number | null;
  costPerMinute?: number | null;
}

/** A creation request that passed every check that needs no database. */
export interface ValidApiKeyRequest {
  name: string;
  scopes: string[];
  expiresAt: Date | null;
  requestsPerMinute: number | null;
  costPerMinute: number | null;
}

const MAX_NAME_LENGTH = 100;
export const MAX_SCOPES = 100;
const MAX_REQUESTS_PER_MINUTE = 1_000_000;
const MAX_COST_PER_MINUTE = 1_000_000_000;
// A date and a time with a zone (Z or ±hh:mm): a bare date or local time means different instants
// on the creator's and the server's clocks.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

function limit(
  value: number | null | undefined,
  maximum: number,
  field: string,
  errors: UserError[],
): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 1 || value > maximum) {
    errors.push(
      userError('LIMIT_INVALID', `Give a whole number from 1 to ${maximum.toLocaleString('en-US')}.`, [
        'input',
        field,
      ]),
    );
  }
  return value;
}

function expiry(value: string | null | undefined, now: Date, errors: UserError[]): Date | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const parsed = DATE_TIME.test(text) ? new Date(text) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    errors.push(
      userError(
        'EXPIRES_AT_INVALID',
        'Give the expiry as an ISO 8601 date and time with a time zone, e.g. 2027-01-31T00:00:00Z.',
        ['input', 'expiresAt'],
      ),
    );
    return null;
  }
  if (parsed.getTime() <= now.getTime()) {
    errors.push(userError('EXPIRES_AT_PAST', 'The expiry must be in the future.', ['input', 'expiresAt']));
  }
  return parsed;
}

function scopesOf(scopes: readonly string[], errors: UserError[]): string[] {
  if (scopes.length === 0) {
    errors.push(
      userError('SCOPES_REQUIRED', 'Choose at least one permission for the key.', ['input', 'scopes']),
    );
  } else if (scopes.length > MAX_SCOPES) {
    errors.push(
      userError('TOO_MANY_SCOPES', `A key has at most ${MAX_SCOPES} permissions.`, ['input', 'scopes']),
    );
  }
  scopes.forEach((scope, index) => {
    if (!isPermission(scope)) {
      errors.push(
        userError('UNKNOWN_PERMISSION', `"${scope}" is not a permission.`, [
          'input',
          'scopes',
          String(index),
        ]),
      );
    }
  });
  return [...new Set(scopes)];
}

/** Checks an input on its own (the caller's permissions are checked against the database after). */
export function validateApiKeyRequest(
  input: CreateApiKeyInput,
  now = new Date(),
): { request: ValidApiKeyRequest | null; userErrors: UserError[] } {
  const userErrors: UserError[] = [];
  const name = input.name.trim();
  if (name.length === 0) {
    userErrors.push(userError('NAME_REQUIRED', 'Give the key a name.', ['input', 'name']));
  } else if (name.length > MAX_NAME_LENGTH) {
    userErrors.push(
      userError('NAME_TOO_LONG', `A key name has at most ${MAX_NAME_LENGTH} characters.`, ['input', 'name']),
    );
  }
  const request: ValidApiKeyRequest = {
    name,
    scopes: scopesOf(input.scopes, userErrors),
    expiresAt: expiry(input.expiresAt, now, userErrors),
    requestsPerMinute: limit(
      input.requestsPerMinute,
      MAX_REQUESTS_PER_MINUTE,
      'requestsPerMinute',
      userErrors,
    ),
    costPerMinute: limit(input.costPerMinute, MAX_COST_PER_MINUTE, 'costPerMinute', userErrors),
  };
  return userErrors.length > 0 ? { request: null, userErrors } : { request, userErrors };
}

/** No escalation: a key never carries a permission its creator does not hold right now. */
export function scopesNotHeld(scopes: readonly string[], held: readonly string[]): UserError[] {
  return scopes.flatMap((scope, index) =>
    held.includes(scope)
      ? []
      : [
          userError('SCOPE_NOT_HELD', `You do not hold "${scope}", so a key you create cannot have it.`, [
            'input',
            'scopes',
            String(index),
          ]),
        ],
  );
}
