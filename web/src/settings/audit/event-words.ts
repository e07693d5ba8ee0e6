import type { AuditEventType, AuditTargetType } from '../../__generated__/graphql';

/**
 * Audit events in words: each type's name (a Record over the enum, so a type added to the API fails
 * `tsc` until it is named here) and its `details` JSON summarised as a sentence. Details the
 * summaries do not know are listed as they come, so nothing recorded is hidden.
 */
export const EVENT_LABELS: Record<AuditEventType, string> = {
  LOGIN_SUCCEEDED: 'Signed in',
  LOGIN_FAILED: 'Sign-in refused',
  MFA_ENABLED: 'Two-factor sign-in turned on',
  MFA_DISABLED: 'Two-factor sign-in turned off',
  MFA_RECOVERY_CODE_USED: 'Recovery code used',
  MFA_RECOVERY_CODES_REGENERATED: 'Recovery codes replaced',
  MFA_CODE_REJECTED: 'Two-factor code refused',
  ROLE_CHANGED: 'Role changed',
  ROLE_CREATED: 'Custom role created',
  MEMBER_INVITED: 'Member invited',
  MEMBER_JOINED: 'Member joined',
  SESSION_REVOKED: 'Sessions ended',
  API_KEY_CREATED: 'API key created',
  API_KEY_REVOKED: 'API key revoked',
  PASSWORD_RESET: 'Password reset',
};

const TARGET_LABELS: Record<AuditTargetType, string> = {
  USER: 'User',
  INVITATION: 'Invitation',
  ROLE: 'Role',
  API_KEY: 'API key',
};

export type AuditDetails = Record<string, unknown>;

/** The event's details object; `{}` for anything that is not a JSON object. */
export function parseDetails(json: string): AuditDetails {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as AuditDetails) : {};
  } catch {
    return {};
  }
}

/** `INVALID_CREDENTIALS` → `invalid credentials`, for codes shown in a sentence. */
function codeWords(value: unknown): string {
  return String(value).replace(/[_-]+/g, ' ').toLowerCase();
}

function text(value: unknown): string {
  return Array.isArray(value) ? value.map(String).join(', ') : String(value);
}

const METHODS: Record<string, string> = {
  password: 'with a password',
  'password+totp': 'with a password and an authenticator code',
  'password+recovery_code': 'with a password and a recovery code',
};
const PROOFS: Record<string, string> = {
  TOTP: 'Confirmed with an authenticator code',
  RECOVERY_CODE: 'Confirmed with a recovery code',
};
const PURPOSES: Record<string, string> = {
  login: 'signing in',
  'confirm-enrolment': 'turning on two-factor sign-in',
  disable: 'turning off two-factor sign-in',
  'regenerate-recovery-codes': 'replacing recovery codes',
};
const VIAS: Record<string, string> = {
  'sign-up': 'by creating the organisation',
  invitation: 'from an invitation',
};

/** ` (key nxk_abc…)`: how a key is recognised in a partner's configuration, when recorded. */
function prefixOf(details: AuditDetails): string {
  return details.prefix != null ? ` (key ${text(details.prefix)}…)` : '';
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** The sentence for the details a type is known to carry (null: no sentence for them). */
function knownSummary(type: AuditEventType, d: AuditDetails): string | null {
  switch (type) {
    case 'LOGIN_SUCCEEDED':
      return d.method != null ? `Signed in ${METHODS[text(d.method)] ?? `by ${text(d.method)}`}.` : null;
    case 'LOGIN_FAILED':
      return d.reason != null
        ? `Refused at the ${d.stage === 'mfa' ? 'second-factor step' : 'password step'}: ${codeWords(d.reason)}.`
        : null;
    case 'MFA_DISABLED':
    case 'MFA_RECOVERY_CODES_REGENERATED':
      return d.with != null ? `${PROOFS[text(d.with)] ?? `With ${codeWords(d.with)}`}.` : null;
    case 'MFA_RECOVERY_CODE_USED':
      return d.remaining != null
        ? `Used for ${PURPOSES[text(d.purpose)] ?? codeWords(d.purpose)}; ${count(Number(d.remaining), 'code', 'codes')} left.`
        : null;
    case 'MFA_CODE_REJECTED':
      return d.reason != null
        ? `While ${PURPOSES[text(d.purpose)] ?? codeWords(d.purpose)}: ${codeWords(d.reason)}.`
        : null;
    case 'ROLE_CHANGED':
      return d.from != null && d.to != null ? `From ${text(d.from)} to ${text(d.to)}.` : null;
    case 'ROLE_CREATED':
      return d.name != null && Array.isArray(d.permissions)
        ? `Role ${text(d.name)} with ${count(d.permissions.length, 'permission', 'permissions')}: ${text(d.permissions)}.`
        : null;
    case 'MEMBER_INVITED':
      return d.role != null ? `Invited as ${text(d.role)}.` : null;
    case 'MEMBER_JOINED':
      return d.role != null
        ? `Joined as ${text(d.role)}${d.via != null ? ` ${VIAS[text(d.via)] ?? `via ${text(d.via)}`}` : ''}.`
        : null;
    case 'SESSION_REVOKED':
      return d.reason === 'REFRESH_TOKEN_REUSED'
        ? 'A refresh token already used came back, so every session of that sign-in was ended.'
        : d.reason != null
          ? `Ended: ${codeWords(d.reason)}.`
          : null;
    case 'API_KEY_CREATED':
      return Array.isArray(d.scopes)
        ? `With scopes ${text(d.scopes)}${prefixOf(d)}.`
        : `Created${prefixOf(d)}.`;
    case 'API_KEY_REVOKED':
      return `Refused from now on${prefixOf(d)}.`;
    case 'PASSWORD_RESET':
      return `Reset${d.via === 'e-mail' ? ' with a link sent by e-mail' : d.via != null ? ` via ${text(d.via)}` : ''}; every session of the account was ended.`;
    default:
      return null;
  }
}

/** An event's details as words: the known sentence, or each fact as `name: value`. */
export function summariseDetails(type: AuditEventType, details: AuditDetails): string {
  const known = knownSummary(type, details);
  if (known) return known;
  const facts = Object.entries(details).map(([name, value]) => `${name}: ${text(value)}`);
  return facts.length > 0 ? facts.join('; ') : '—';
}

/**
 * What the event was about, named where the page can: a user by their name (from `userNames`, the
 * members the page knows), a key, role or invitation by what the details say of it.
 */
export function describeTarget(
  target: { type: AuditTargetType; id: string } | null | undefined,
  details: AuditDetails,
  userNames: ReadonlyMap<string, string>,
): string {
  if (!target) return '—';
  const label = TARGET_LABELS[target.type] ?? codeWords(target.type);
  switch (target.type) {
    case 'USER':
      return userNames.get(target.id) ?? `${label} ${target.id.slice(0, 8)}`;
    case 'API_KEY':
      return details.name != null ? `${label} “${text(details.name)}”` : label;
    case 'ROLE':
      return details.name != null ? `${label} ${text(details.name)}` : label;
    case 'INVITATION':
      return details.email != null ? `${label} for ${text(details.email)}` : label;
    default:
      return label;
  }
}
