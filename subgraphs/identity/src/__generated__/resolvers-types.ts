import { GraphQLResolveInfo } from 'graphql';
import { ApiKeyRecord } from '../modules/api-key/api-key.entity';
import { AuditEventRecord } from '../modules/audit/audit-event.types';
import { ViewerModel } from '../modules/auth/viewer.service';
import { InvitationEntity } from '../modules/invitation/invitation.entity';
import { MembershipEntity } from '../modules/membership/membership.entity';
import { RoleDefinition } from '../modules/role/role.entity';
import { IssuedSession } from '../modules/session/session.service';
import { TenantEntity } from '../modules/tenant/tenant.entity';
import { UserEntity } from '../modules/user/user.entity';
import { SubgraphContext } from '@nexora/kit';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: any; output: any; }
};

/** Input of `acceptInvitation`. */
export type AcceptInvitationInput = {
  /** For a new account: the person's display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** For a new account: its password. For an existing account when not signed in as it: its password. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** The invitation token. */
  token: Scalars['String']['input'];
};

/** Result of `acceptInvitation`. */
export type AcceptInvitationPayload = {
  __typename?: 'AcceptInvitationPayload';
  /** A session in the inviting tenant; null when userErrors is not empty. */
  session?: Maybe<AuthSession>;
  /** Why the acceptance was refused (INVALID_INVITATION, INVITATION_EXPIRED, AUTHENTICATION_REQUIRED, ...). */
  userErrors: Array<UserError>;
};

/**
 * A key a partner's software reads the partner graph with (`POST /public/graphql`, header
 * `Authorization: Bearer nxk_…` or `X-Api-Key: nxk_…`), acting in the tenant that created it with the
 * key's scopes as its permissions. The key itself is shown once, by `createApiKey`; NEXORA keeps only
 * its SHA-256.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the key was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The member who created the key; null when that account is no longer a member of the tenant. */
  createdBy?: Maybe<User>;
  /** After this moment the key is refused (ISO 8601, UTC); null when it does not expire. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** When the key was last used (recorded at most once a minute); null until its first use. */
  lastUsedAt?: Maybe<Scalars['String']['output']>;
  /** The key's own per-minute limits, applied on top of the tenant's. */
  limits: ApiKeyLimits;
  /** What the key is for, as its creator named it (1–100 characters). */
  name: Scalars['String']['output'];
  /**
   * The key's public beginning, `nxk_` and its 12-character public id: how to recognise the key in a
   * partner's configuration or a log line. Not a secret, and not enough to use the key.
   */
  prefix: Scalars['String']['output'];
  /** When the key was revoked (ISO 8601, UTC); null while it is not. */
  revokedAt?: Maybe<Scalars['String']['output']>;
  /** The permissions the key acts with, from the catalogue; a subset of its creator's permissions when created. */
  scopes: Array<Scalars['String']['output']>;
  /** ACTIVE until it is revoked or its expiry passes. */
  status: ApiKeyStatus;
};

/** A page of the tenant's API keys, newest first. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The keys on this page. */
  edges: Array<ApiKeyEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Keys of the tenant (revoked and expired ones included), across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One key in an `ApiKeyConnection` page. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque position of this edge; pass it as `after` to fetch the following page. */
  cursor: Scalars['String']['output'];
  /** The key. */
  node: ApiKey;
};

/** Per-minute limits of one key; a null part leaves only the tenant's own limit. */
export type ApiKeyLimits = {
  __typename?: 'ApiKeyLimits';
  /** Estimated query cost per minute the key may spend (the cost of README's Limits section). */
  costPerMinute?: Maybe<Scalars['Int']['output']>;
  /** Requests per minute the key may make. */
  requestsPerMinute?: Maybe<Scalars['Int']['output']>;
};

/** Whether a key can still be used. */
export type ApiKeyStatus =
  /** Accepted by the partner graph. */
  | 'ACTIVE'
  /** Past its `expiresAt`: refused with `API_KEY_EXPIRED`. */
  | 'EXPIRED'
  /** Revoked: refused with `API_KEY_REVOKED`. */
  | 'REVOKED';

/**
 * What the gateway learns about a presented key: its tenant, scopes and limits, or why it is refused.
 * Internal (@inaccessible): not part of the API, reachable only with a context the gateway signed.
 */
export type ApiKeyVerification = {
  __typename?: 'ApiKeyVerification';
  /** The key's own cost-per-minute limit, if any. */
  costPerMinute?: Maybe<Scalars['Int']['output']>;
  /** When the key expires (ISO 8601, UTC), if it does. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** The key's id; null unless VALID. */
  keyId?: Maybe<Scalars['ID']['output']>;
  /** VALID, or why the key is refused. */
  outcome: ApiKeyVerificationOutcome;
  /** The key's own requests-per-minute limit, if any. */
  requestsPerMinute?: Maybe<Scalars['Int']['output']>;
  /** The key's scopes that are still in the catalogue; empty unless VALID. */
  scopes: Array<Scalars['String']['output']>;
  /** The tenant the key acts in; null unless VALID. */
  tenantId?: Maybe<Scalars['ID']['output']>;
};

/** Outcome of a key verification. */
export type ApiKeyVerificationOutcome =
  /** The key is past its expiry. */
  | 'EXPIRED'
  /** Malformed, unknown, or the secret does not match. */
  | 'INVALID'
  /** The key was revoked. */
  | 'REVOKED'
  /** The key is known, its secret matches, and it is neither revoked nor expired. */
  | 'VALID';

/** Input of `assignRole`. */
export type AssignRoleInput = {
  /** The new role: a built-in or custom role name. */
  role: Scalars['String']['input'];
  /** The member whose role changes. */
  userId: Scalars['ID']['input'];
};

/** Result of `assignRole`. */
export type AssignRolePayload = {
  __typename?: 'AssignRolePayload';
  /** The updated membership; null when userErrors is not empty. */
  membership?: Maybe<Membership>;
  /** Why the change was refused (UNKNOWN_ROLE, LAST_OWNER). */
  userErrors: Array<UserError>;
};

/**
 * One security event of the current tenant. Events are append-only: nobody, not even the service,
 * can change or delete them.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The user who acted, while they are a member of the tenant; null otherwise. */
  actor?: Maybe<User>;
  /** Id of the user who acted; null when nobody was signed in (a failed sign-in). */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The client's network address as the gateway saw it (the socket peer or a trusted proxy's entry). */
  clientAddress?: Maybe<Scalars['String']['output']>;
  /**
   * Facts about the event as a JSON object, e.g. `{"from":"member","to":"admin"}` for a role change or
   * `{"reason":"INVALID_CREDENTIALS","stage":"password"}` for a failed sign-in. Never a secret.
   */
  details: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** When it happened (ISO 8601, UTC). */
  occurredAt: Scalars['String']['output'];
  /** The id of the request that caused it, as in the gateway's logs (`x-request-id`). */
  requestId?: Maybe<Scalars['String']['output']>;
  /** What the event was about, if anything. */
  target?: Maybe<AuditTarget>;
  /** What happened. */
  type: AuditEventType;
  /** The client's User-Agent header, when it sent one. */
  userAgent?: Maybe<Scalars['String']['output']>;
};

/** A page of the tenant's audit log, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Events matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One event in an `AuditEventConnection` page. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Opaque position of this edge; pass it as `after` to fetch the following page. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** What happened, in the security audit log. */
export type AuditEventType =
  /** An API key was created. */
  | 'API_KEY_CREATED'
  /** An API key was revoked. */
  | 'API_KEY_REVOKED'
  /** A sign-in was refused: a wrong password, or a wrong or reused MFA code (`details.reason`). */
  | 'LOGIN_FAILED'
  /** A sign-in issued a session (after the second factor, for accounts with MFA). */
  | 'LOGIN_SUCCEEDED'
  /** Someone was invited (`details.email`, `details.role`). */
  | 'MEMBER_INVITED'
  /** Someone became a member: the tenant's creator at sign-up, or an invitee (`details.via`). */
  | 'MEMBER_JOINED'
  /** A wrong or reused MFA code was given to change MFA settings (`details.purpose`). */
  | 'MFA_CODE_REJECTED'
  /** The account turned off two-factor sign-in. */
  | 'MFA_DISABLED'
  /** The account turned on two-factor sign-in. */
  | 'MFA_ENABLED'
  /** The account replaced its recovery codes with new ones. */
  | 'MFA_RECOVERY_CODES_REGENERATED'
  /** A recovery code was spent (each works once). */
  | 'MFA_RECOVERY_CODE_USED'
  /** The account's password was reset with a mailed token; every session of the account was revoked. */
  | 'PASSWORD_RESET'
  /** A member's role changed (`details.from`, `details.to`). */
  | 'ROLE_CHANGED'
  /** A custom role was created (`details.name`, `details.permissions`). */
  | 'ROLE_CREATED'
  /** A sign-in's sessions were ended by the platform, e.g. when a spent refresh token came back (`details.reason`). */
  | 'SESSION_REVOKED';

/** The thing an audit event was about. */
export type AuditTarget = {
  __typename?: 'AuditTarget';
  /** Its id (UUID). */
  id: Scalars['ID']['output'];
  /** Its kind. */
  type: AuditTargetType;
};

/** What kind of thing an event was about. */
export type AuditTargetType =
  /** An API key. */
  | 'API_KEY'
  /** An invitation. */
  | 'INVITATION'
  /** A custom role. */
  | 'ROLE'
  /** A user account (`target.id` is the user's id). */
  | 'USER';

/**
 * Credentials for one tenant. Send `accessToken` as `Authorization: Bearer <token>`; before it expires,
 * exchange `refreshToken` with `refreshSession`. The access token is an ES256 JWT (keys at
 * /.well-known/jwks.json of this service) with claims iss, aud, sub (user id), tid (tenant id), role,
 * perms (permissions), iat, exp and jti.
 */
export type AuthSession = {
  __typename?: 'AuthSession';
  /** Short-lived (at most 15 minutes) signed JWT. */
  accessToken: Scalars['String']['output'];
  /** When the access token expires (ISO 8601, UTC). */
  accessTokenExpiresAt: Scalars['String']['output'];
  /** Permissions of that role, as placed in the access token. */
  permissions: Array<Scalars['String']['output']>;
  /** Opaque one-time token for `refreshSession`; keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** When the refresh token expires (ISO 8601, UTC). */
  refreshTokenExpiresAt: Scalars['String']['output'];
  /** The user's role in that tenant. */
  role: Scalars['String']['output'];
  /** The tenant the session acts in. */
  tenant: Tenant;
  /** Always `Bearer`. */
  tokenType: Scalars['String']['output'];
  /** The signed-in account. */
  user: SessionUser;
};

/** Input of `completeMfaLogin`: the challenge and exactly one of `code` and `recoveryCode`. */
export type CompleteMfaLoginInput = {
  /** `mfaChallenge.token` from `login`. */
  challengeToken: Scalars['String']['input'];
  /** The 6-digit code the authenticator app shows now. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** One of the account's unused recovery codes. */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `completeOidcLogin`: what the provider appended to the redirect URI. */
export type CompleteOidcLoginInput = {
  /** The `code` parameter of the redirect. */
  code: Scalars['String']['input'];
  /** The redirect URI given to `startOidcLogin`, exactly. */
  redirectUri: Scalars['String']['input'];
  /** The `state` parameter of the redirect. */
  state: Scalars['String']['input'];
};

/** Input of `confirmMfaEnrolment`. */
export type ConfirmMfaEnrolmentInput = {
  /** The 6-digit code the authenticator app shows now (spaces allowed). */
  code: Scalars['String']['input'];
};

/** Input of `createApiKey`. */
export type CreateApiKeyInput = {
  /** The key's own limit of estimated cost per minute, 1–1,000,000,000; none when omitted. */
  costPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** When the key stops working (ISO 8601 date-time with a time zone, in the future); none when omitted. */
  expiresAt?: InputMaybe<Scalars['String']['input']>;
  /** What the key is for, 1–100 characters after trimming, e.g. `ERP sync (Acme)`. */
  name: Scalars['String']['input'];
  /** The key's own limit of requests per minute, 1–1,000,000; none when omitted. */
  requestsPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 100 permissions of the catalogue (e.g. `crm.company:read`), each one the creator holds. */
  scopes: Array<Scalars['String']['input']>;
};

/** Result of `createApiKey`. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key; null when userErrors is not empty. */
  apiKey?: Maybe<ApiKey>;
  /**
   * The key to give the partner: `nxk_<public id>_<secret>`. Shown only here, never again (only its
   * SHA-256 is stored); null when userErrors is not empty.
   */
  secret?: Maybe<Scalars['String']['output']>;
  /**
   * Why no key was created (NAME_REQUIRED, NAME_TOO_LONG, SCOPES_REQUIRED, TOO_MANY_SCOPES,
   * UNKNOWN_PERMISSION, SCOPE_NOT_HELD, EXPIRES_AT_INVALID, EXPIRES_AT_PAST, LIMIT_INVALID,
   * TOO_MANY_API_KEYS).
   */
  userErrors: Array<UserError>;
};

/** Input of `createRole`. */
export type CreateRoleInput = {
  /** Lower-case name, 2 to 40 characters of a-z, 0-9, '-' and '_', starting with a letter; not a built-in name. */
  name: Scalars['String']['input'];
  /** Permissions from the catalogue, e.g. `crm.company:read`. */
  permissions: Array<Scalars['String']['input']>;
};

/** Result of `createRole`. */
export type CreateRolePayload = {
  __typename?: 'CreateRolePayload';
  /** The new role; null when userErrors is not empty. */
  role?: Maybe<Role>;
  /** Why the role was refused (INVALID_ROLE_NAME, ROLE_NAME_TAKEN, UNKNOWN_PERMISSION). */
  userErrors: Array<UserError>;
};

/** Result of `disableMfa`. */
export type DisableMfaPayload = {
  __typename?: 'DisableMfaPayload';
  /** The account's MFA after the change (off); null on userErrors. */
  mfa?: Maybe<MfaStatus>;
  /**
   * Why MFA stays on (MFA_NOT_ENABLED, MFA_CODE_REQUIRED, MFA_CODE_INVALID, MFA_CODE_REUSED,
   * MFA_RECOVERY_CODE_INVALID, MFA_RECOVERY_CODE_USED).
   */
  userErrors: Array<UserError>;
};

/** An invitation to join the current tenant. */
export type Invitation = {
  __typename?: 'Invitation';
  /** When it was accepted (ISO 8601, UTC); null while pending. */
  acceptedAt?: Maybe<Scalars['String']['output']>;
  /** When it was sent (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The invited e-mail address (normalized). */
  email: Scalars['String']['output'];
  /** After this moment the invitation can no longer be accepted (ISO 8601, UTC). */
  expiresAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Who sent the invitation, when known. */
  invitedBy?: Maybe<User>;
  /** The role the invitee gets on acceptance. */
  role: Scalars['String']['output'];
};

/** Input of `inviteMember`. */
export type InviteMemberInput = {
  /** Address of the person to invite. */
  email: Scalars['String']['input'];
  /** Role to grant on acceptance: a built-in or custom role name. */
  role: Scalars['String']['input'];
};

/** Result of `inviteMember`. */
export type InviteMemberPayload = {
  __typename?: 'InviteMemberPayload';
  /** The pending invitation; null when userErrors is not empty. */
  invitation?: Maybe<Invitation>;
  /** The one-time token for `acceptInvitation`. Shown only here; deliver it to the invitee privately. */
  invitationToken?: Maybe<Scalars['String']['output']>;
  /** Why the invitation was refused (INVALID_EMAIL, UNKNOWN_ROLE, ALREADY_MEMBER). */
  userErrors: Array<UserError>;
};

/** Input of `login`. */
export type LoginInput = {
  /** E-mail address (any case). */
  email: Scalars['String']['input'];
  /** The account's password. */
  password: Scalars['String']['input'];
  /** Tenant to sign in to; defaults to the user's oldest membership. */
  tenantId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `login`. */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /**
   * Set instead of `session` when the account uses MFA and the password was right: send the code from
   * the authenticator app (or a recovery code) with `completeMfaLogin`. Null otherwise.
   */
  mfaChallenge?: Maybe<MfaChallenge>;
  /** The new session; null when userErrors is not empty, or when the account uses MFA (see `mfaChallenge`). */
  session?: Maybe<AuthSession>;
  /** Why the login was refused (INVALID_CREDENTIALS, NOT_A_MEMBER, ...). */
  userErrors: Array<UserError>;
};

/** Input of `logout`. */
export type LogoutInput = {
  /** A refresh token of the session to end. */
  refreshToken: Scalars['String']['input'];
};

/** Result of `logout`. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** Whether the session is now ended. */
  revoked: Scalars['Boolean']['output'];
  /** Why nothing was revoked (INVALID_REFRESH_TOKEN). */
  userErrors: Array<UserError>;
};

/** A user's membership of a tenant. */
export type Membership = {
  __typename?: 'Membership';
  /** When the user joined the tenant (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Name of the member's role in that tenant: owner, admin, member, viewer or a custom role. */
  role: Scalars['String']['output'];
  /** The tenant. */
  tenant: Tenant;
  /** The member. */
  user: User;
};

/** A page of members. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The members on this page. */
  edges: Array<MembershipEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** Members in the tenant, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page, with the cursor to continue after it. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque position of this edge; pass it as `after` to fetch the following page. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/**
 * The second step of a sign-in: the password was right and the account uses MFA. Pass `token` with a
 * code to `completeMfaLogin` before `expiresAt`; it works once.
 */
export type MfaChallenge = {
  __typename?: 'MfaChallenge';
  /** After this moment the challenge is refused (ISO 8601, UTC); sign in again. */
  expiresAt: Scalars['String']['output'];
  /** Opaque, single-use token bound to the account and the tenant of the sign-in; keep it secret. */
  token: Scalars['String']['output'];
};

/** A second factor: exactly one of `code` and `recoveryCode`. */
export type MfaProofInput = {
  /** The 6-digit code the authenticator app shows now. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** One of the account's unused recovery codes (case, spaces and dashes ignored). */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `confirmMfaEnrolment` and `regenerateRecoveryCodes`. */
export type MfaRecoveryCodesPayload = {
  __typename?: 'MfaRecoveryCodesPayload';
  /** The account's MFA after the change. */
  mfa?: Maybe<MfaStatus>;
  /**
   * Ten single-use recovery codes (`abcd-efgh-ijkl-mnop`), each a sign-in when the authenticator is
   * lost. Shown only here, never again (only their HMACs are stored); null on userErrors.
   */
  recoveryCodes?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * Why nothing changed (MFA_ENROLMENT_NOT_STARTED, MFA_ALREADY_ENABLED, MFA_NOT_ENABLED,
   * MFA_CODE_REQUIRED, MFA_CODE_INVALID, MFA_CODE_REUSED, MFA_RECOVERY_CODE_INVALID,
   * MFA_RECOVERY_CODE_USED).
   */
  userErrors: Array<UserError>;
};

/** The signed-in account's two-factor sign-in (TOTP), as `me.mfa` shows it. */
export type MfaStatus = {
  __typename?: 'MfaStatus';
  /** Whether sign-in asks for a code after the password. */
  enabled: Scalars['Boolean']['output'];
  /** When it was turned on (ISO 8601, UTC); null while off. */
  enabledAt?: Maybe<Scalars['String']['output']>;
  /** Whether `startMfaEnrolment` ran and `confirmMfaEnrolment` is awaited. */
  enrolmentPending: Scalars['Boolean']['output'];
  /** Recovery codes not yet used (10 after enabling or regenerating; 0 while off). */
  recoveryCodesRemaining: Scalars['Int']['output'];
};

/**
 * An amount of money, exact: `amount` is a decimal string (never a float) with as many fraction digits
 * as the currency uses, at most 2 (`"1234.50"` USD, `"1500"` JPY).
 */
export type Money = {
  __typename?: 'Money';
  /** Decimal amount, e.g. `"1234.50"`; a leading `-` only for negative amounts. */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code, e.g. `USD`. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Accepts an invitation and signs in to the inviting tenant.
   *
   * - The invited e-mail has no account yet: `password` and `name` are required and create it (the token is
   *   the proof of the address, so deliver it only to the invitee).
   * - The invited e-mail already has an account: the caller must either be signed in as that account or
   *   give its `password` (password checks count towards the login throttle). The token alone never grants
   *   access to an existing account.
   *
   * An invitation can be accepted once, before it expires (7 days).
   */
  acceptInvitation: AcceptInvitationPayload;
  /**
   * Gives a member of the current tenant another role. NOT_FOUND error for a user who is not a member.
   * The caller must hold every permission of both the member's current and new role. The last owner cannot
   * be demoted (userError LAST_OWNER).
   */
  assignRole: AssignRolePayload;
  /**
   * The second step of `login` for an account with MFA: the challenge plus a current code or an unused
   * recovery code gives the session. A code is accepted once (MFA_CODE_REUSED after), a recovery code
   * once (MFA_RECOVERY_CODE_USED). Wrong codes count towards the login throttle, like wrong passwords
   * (TOO_MANY_REQUESTS with extensions.retryAfterSeconds). The challenge expires after 5 minutes
   * (MFA_CHALLENGE_EXPIRED) and is spent by the sign-in it completes (MFA_CHALLENGE_USED).
   */
  completeMfaLogin: LoginPayload;
  /**
   * Completes a sign-in with a provider: exchanges the code with the PKCE verifier and learns who signed
   * in (OpenID Connect: the ID token, validated for signature by the provider's JWKS, issuer, audience,
   * nonce and expiry; GitHub: the numeric user id and the primary e-mail from its API; no provider
   * token is stored), then signs in the account linked to the provider account. A provider account is
   * linked on its first sign-in to the account with the same e-mail only when the provider has verified
   * that address (`email_verified: true`; GitHub: the primary address, verified) and so has this
   * platform; no account is ever created here. With MFA on, `mfaChallenge` is set instead of `session`. userErrors:
   * OIDC_STATE_INVALID, OIDC_STATE_USED, OIDC_STATE_EXPIRED, OIDC_REDIRECT_URI_MISMATCH,
   * OIDC_CODE_REJECTED, OIDC_ID_TOKEN_INVALID, OIDC_EMAIL_NOT_VERIFIED, OIDC_ACCOUNT_EMAIL_NOT_VERIFIED, OIDC_ACCOUNT_NOT_FOUND,
   * OIDC_PROVIDER_UNAVAILABLE, NO_TENANT.
   */
  completeOidcLogin: LoginPayload;
  /**
   * Turns MFA on with a first code from the authenticator app and returns ten recovery codes, once.
   * Wrong codes count towards the login throttle (TOO_MANY_REQUESTS).
   */
  confirmMfaEnrolment: MfaRecoveryCodesPayload;
  /**
   * Creates an API key for the current tenant. Its scopes must be permissions the caller holds now (no
   * key can do more than its creator). The key is returned once, in `secret`.
   */
  createApiKey: CreateApiKeyPayload;
  /**
   * Creates a custom role in the current tenant from permissions of the catalogue. The caller must hold
   * every permission they grant.
   */
  createRole: CreateRolePayload;
  /** Turns MFA off, proven by a current code or a recovery code (which is then spent). */
  disableMfa: DisableMfaPayload;
  /**
   * Invites an e-mail address into the current tenant with a role. Returns the one-time invitation token
   * exactly once (only its hash is stored), to be delivered to the invitee out of band; a newer invitation
   * for the same address replaces a pending one. Granting a role requires holding all of its permissions.
   */
  inviteMember: InviteMemberPayload;
  /**
   * Signs in with e-mail and password. A wrong password or unknown e-mail gives the same userError
   * (code INVALID_CREDENTIALS). Throttled without checking the password, with the error code
   * TOO_MANY_REQUESTS (extensions.retryAfterSeconds): after 5 failures for one account from one client
   * address within 15 minutes (that address waits), after 100 failures from one address within 15
   * minutes, and, from 20 failures for an account within an hour from anywhere, a wait of 15 s after
   * the latest failure that doubles up to 5 minutes. Another address is never locked out.
   */
  login: LoginPayload;
  /** Ends the sign-in a refresh token belongs to: every refresh token of its family stops working. */
  logout: LogoutPayload;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token (rotation: the presented
   * token stops working). Presenting a refresh token that was already rotated is treated as theft: the
   * whole family of tokens descending from that sign-in is revoked, including the newest one, and the
   * userError REFRESH_TOKEN_REUSED is returned.
   */
  refreshSession: RefreshSessionPayload;
  /**
   * Replaces every recovery code with ten new ones (returned once), proven by a current code or a
   * recovery code.
   */
  regenerateRecoveryCodes: MfaRecoveryCodesPayload;
  /**
   * Mails a password reset token to the account of the address, if it has one. Answers `accepted: true`
   * whether or not it does, so it tells nothing about which addresses have accounts.
   */
  requestPasswordReset: RequestPasswordResetPayload;
  /**
   * Sets a new password with a token mailed by `requestPasswordReset` (single use, valid
   * EMAIL_TOKEN_TTL_MINUTES) and ends every session of the account (its refresh tokens are revoked).
   * The userError INVALID_RESET_TOKEN for an unknown, expired or used token; the password rules of `signUp`.
   */
  resetPassword: ResetPasswordPayload;
  /**
   * Revokes a key of the current tenant: the partner graph refuses it from the next request on
   * (`API_KEY_REVOKED`). NOT_FOUND error for an id that is no key of the tenant.
   */
  revokeApiKey: RevokeApiKeyPayload;
  /**
   * Creates an account, a new tenant and the account's owner membership of it, and signs in.
   * Fails with userErrors (and writes nothing) for a malformed e-mail, a weak password or a missing name.
   * With EMAIL_VERIFICATION=required (production) it only mails a token (see `verificationRequired` and
   * `verifyEmail`) and answers the same whether or not the e-mail has an account; with `off` it signs in
   * at once and refuses an e-mail that already has an account (EMAIL_TAKEN).
   */
  signUp: SignUpPayload;
  /**
   * Starts turning on two-factor sign-in for the signed-in account: a new TOTP secret and its
   * `otpauth://` URI. Nothing changes at sign-in until `confirmMfaEnrolment`; starting again replaces
   * a pending secret. The secret is stored encrypted (AES-256-GCM).
   */
  startMfaEnrolment: StartMfaEnrolmentPayload;
  /**
   * Starts a sign-in with a provider of OIDC_PROVIDERS: an OpenID Connect provider or GitHub (OAuth 2).
   * The state works once, for the redirect URI given here, until `expiresAt` (OIDC_LOGIN_TTL_SECONDS,
   * 10 minutes by default); only its SHA-256 is stored.
   */
  startOidcLogin: StartOidcLoginPayload;
  /**
   * Starts a new session in another tenant the signed-in user belongs to. The userError FORBIDDEN when
   * the user is not a member of that tenant.
   */
  switchTenant: SwitchTenantPayload;
  /**
   * Finishes a sign-up: consumes the token mailed by `signUp` (single use, valid EMAIL_TOKEN_TTL_MINUTES)
   * and creates the account, its tenant and the owner membership, and signs in. The userError
   * INVALID_VERIFICATION_TOKEN for an unknown, expired or used token.
   */
  verifyEmail: VerifyEmailPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationCompleteMfaLoginArgs = {
  input: CompleteMfaLoginInput;
};


export type MutationCompleteOidcLoginArgs = {
  input: CompleteOidcLoginInput;
};


export type MutationConfirmMfaEnrolmentArgs = {
  input: ConfirmMfaEnrolmentInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationDisableMfaArgs = {
  input: MfaProofInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRegenerateRecoveryCodesArgs = {
  input: MfaProofInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationStartOidcLoginArgs = {
  input: StartOidcLoginInput;
};


export type MutationSwitchTenantArgs = {
  input: SwitchTenantInput;
};


export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};

/** Relay page information; the same in every subgraph that lists things. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge, if any; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was fetched after a cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, if any. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type Query = {
  __typename?: 'Query';
  /**
   * Internal, for the gateway only: checks a presented key and records its use (at most once a
   * minute). Not part of the API (@inaccessible).
   */
  _verifyApiKey: ApiKeyVerification;
  /**
   * The current tenant's API keys, newest first. `first` is 1–100 (default 20). Null, with a FORBIDDEN
   * error at its path, for a role without `identity.apikey:manage` (other fields of the request are still
   * answered).
   */
  apiKeys?: Maybe<ApiKeyConnection>;
  /**
   * The current tenant's security audit log, newest first. `types` keeps only those kinds of event;
   * `userId` only events that user took part in, as the actor or as the user acted upon. Owners and
   * admins hold `identity.audit:read`.
   */
  auditEvents: AuditEventConnection;
  /**
   * The signed-in user in their current tenant: role, effective permissions and all their memberships.
   * Null when the caller is no longer a member of the token's tenant.
   */
  me?: Maybe<Viewer>;
  /** Members of the current tenant, oldest first. */
  members: MembershipConnection;
  /** Roles that can be granted in the current tenant: the built-in ones, then custom roles by name. */
  roles: Array<Role>;
  /** The sign-in providers configured (OIDC_PROVIDERS), in their configured order; open to anyone, empty when none are. */
  signInProviders: Array<SignInProvider>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type Query_VerifyApiKeyArgs = {
  key: Scalars['String']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<AuditEventType>>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `refreshSession`. */
export type RefreshSessionInput = {
  /** The refresh token of the current session. */
  refreshToken: Scalars['String']['input'];
};

/** Result of `refreshSession`. */
export type RefreshSessionPayload = {
  __typename?: 'RefreshSessionPayload';
  /** The renewed session with a new refresh token; null when userErrors is not empty. */
  session?: Maybe<AuthSession>;
  /** Why the refresh was refused (INVALID_REFRESH_TOKEN, REFRESH_TOKEN_REUSED, REFRESH_TOKEN_REVOKED, ...). */
  userErrors: Array<UserError>;
};

/** Input of `requestPasswordReset`. */
export type RequestPasswordResetInput = {
  /** E-mail address of the account (any case). */
  email: Scalars['String']['input'];
};

/** Result of `requestPasswordReset`. */
export type RequestPasswordResetPayload = {
  __typename?: 'RequestPasswordResetPayload';
  /** True for every well-formed address, with or without an account. */
  accepted: Scalars['Boolean']['output'];
  /** Only for a malformed address. */
  userErrors: Array<UserError>;
};

/** Input of `resetPassword`. */
export type ResetPasswordInput = {
  /** 10 to 200 characters, not one character repeated. */
  newPassword: Scalars['String']['input'];
  /** The token from the reset mail. */
  token: Scalars['String']['input'];
};

/** Result of `resetPassword`. */
export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** True when the password was changed. */
  ok: Scalars['Boolean']['output'];
  /** Why the reset was refused (INVALID_RESET_TOKEN, weak password). */
  userErrors: Array<UserError>;
};

/** Input of `revokeApiKey`. */
export type RevokeApiKeyInput = {
  /** The key to revoke. */
  id: Scalars['ID']['input'];
};

/** Result of `revokeApiKey`. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, revoked (revoking a revoked key changes nothing and returns it). */
  apiKey?: Maybe<ApiKey>;
  /** Always empty today; kept for failures to come. */
  userErrors: Array<UserError>;
};

/** A named set of permissions a member can hold. */
export type Role = {
  __typename?: 'Role';
  /** Whether this is one of the platform's roles (owner, admin, member, viewer). */
  builtIn: Scalars['Boolean']['output'];
  /** When a custom role was created (ISO 8601, UTC); null for built-in roles. */
  createdAt?: Maybe<Scalars['String']['output']>;
  /** Identifier of a custom role; null for built-in roles. */
  id?: Maybe<Scalars['ID']['output']>;
  /** Unique name within the tenant. */
  name: Scalars['String']['output'];
  /** Permissions granted, from the platform's catalogue (e.g. `crm.company:write`). */
  permissions: Array<Scalars['String']['output']>;
};

/**
 * The account a session was issued to. Unlike `User` it needs no tenant in the request, because it is
 * returned to the very caller who just proved who they are (sign-up, login, refresh, invitation).
 */
export type SessionUser = {
  __typename?: 'SessionUser';
  /** When the account was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** E-mail address, trimmed and lower-cased. */
  email: Scalars['String']['output'];
  /** Stable identifier (UUID); the same as `User.id`. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A provider people may sign in with, as the sign-in page lists it. */
export type SignInProvider = {
  __typename?: 'SignInProvider';
  /** The id `startOidcLogin(input: { provider })` takes, e.g. `google`. */
  id: Scalars['String']['output'];
  /** The name to show on its button, e.g. `Google`. */
  name: Scalars['String']['output'];
};

/** Input of `signUp`. */
export type SignUpInput = {
  /** E-mail address; trimmed and lower-cased. */
  email: Scalars['String']['input'];
  /** The person's display name. */
  name: Scalars['String']['input'];
  /** 10 to 200 characters, not one character repeated. */
  password: Scalars['String']['input'];
  /** Name of the tenant (organisation) to create. */
  tenantName: Scalars['String']['input'];
};

/** Result of `signUp`. */
export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  /** The new session; null when userErrors is not empty. */
  session?: Maybe<AuthSession>;
  /** Why the sign-up was refused. */
  userErrors: Array<UserError>;
  /**
   * True when the sign-up was accepted and a mail was sent to the address: the account exists once the
   * mailed token is passed to `verifyEmail` (EMAIL_VERIFICATION=required). Every well-formed sign-up
   * answers the same then, whether or not the address already has an account (its owner gets a warning
   * mail instead), and `session` is null.
   */
  verificationRequired: Scalars['Boolean']['output'];
};

/** Result of `startMfaEnrolment`. */
export type StartMfaEnrolmentPayload = {
  __typename?: 'StartMfaEnrolmentPayload';
  /**
   * `otpauth://totp/<issuer>:<e-mail>?secret=…&issuer=…`, to show as a QR code for authenticator apps
   * (issuer NEXORA unless configured); null on userErrors.
   */
  otpauthUri?: Maybe<Scalars['String']['output']>;
  /** The new TOTP secret (base32), for typing into an authenticator app by hand; null on userErrors. */
  secret?: Maybe<Scalars['String']['output']>;
  /** Why enrolment cannot start (MFA_ALREADY_ENABLED). */
  userErrors: Array<UserError>;
};

/** Input of `startOidcLogin`. */
export type StartOidcLoginInput = {
  /** The provider's id from OIDC_PROVIDERS, e.g. `google` or `github`. */
  provider: Scalars['String']['input'];
  /** Where the provider sends the browser back; must be on the OIDC_REDIRECT_URIS allow-list. */
  redirectUri: Scalars['String']['input'];
};

/** Result of `startOidcLogin`. */
export type StartOidcLoginPayload = {
  __typename?: 'StartOidcLoginPayload';
  /**
   * The provider's authorization URL to send the browser to (authorization code flow with PKCE S256
   * and `state`, plus `nonce` for OpenID Connect); null on userErrors.
   */
  authorizationUrl?: Maybe<Scalars['String']['output']>;
  /** After this moment the sign-in cannot be completed (ISO 8601, UTC); null on userErrors. */
  expiresAt?: Maybe<Scalars['String']['output']>;
  /** Why the sign-in cannot start (OIDC_PROVIDER_UNKNOWN, OIDC_REDIRECT_URI_NOT_ALLOWED, OIDC_PROVIDER_UNAVAILABLE). */
  userErrors: Array<UserError>;
};

/** Input of `switchTenant`. */
export type SwitchTenantInput = {
  /** A tenant the signed-in user is a member of. */
  tenantId: Scalars['ID']['input'];
};

/** Result of `switchTenant`. */
export type SwitchTenantPayload = {
  __typename?: 'SwitchTenantPayload';
  /** A session for the requested tenant; null when userErrors is not empty. */
  session?: Maybe<AuthSession>;
  /** Why the switch was refused (FORBIDDEN when not a member). */
  userErrors: Array<UserError>;
};

/** A customer organisation: every piece of business data belongs to exactly one tenant. */
export type Tenant = {
  __typename?: 'Tenant';
  /** When the tenant was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID); the `tid` claim of access tokens. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** URL-friendly unique name derived from the display name. */
  slug: Scalars['String']['output'];
};

/**
 * A person with a NEXORA account. Other subgraphs reference users by id (e.g. `Company.owner`); a reference
 * resolves only to members of the caller's current tenant, otherwise to null.
 */
export type User = {
  __typename?: 'User';
  /** When the account was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** E-mail address, trimmed and lower-cased; unique across NEXORA. */
  email: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** An expected failure of a mutation (validation, duplicates); nothing was written when one is returned. */
export type UserError = {
  __typename?: 'UserError';
  /** Stable machine-readable code, e.g. `DOMAIN_TAKEN`. */
  code: Scalars['String']['output'];
  /** Path to the input field at fault, e.g. `["input", "domain"]`; null when it concerns the whole input. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** Input of `verifyEmail`. */
export type VerifyEmailInput = {
  /** The token from the verification mail. */
  token: Scalars['String']['input'];
};

/** Result of `verifyEmail`. */
export type VerifyEmailPayload = {
  __typename?: 'VerifyEmailPayload';
  /** The new session; null when userErrors is not empty. */
  session?: Maybe<AuthSession>;
  /** Why the verification was refused (INVALID_VERIFICATION_TOKEN, EMAIL_TAKEN). */
  userErrors: Array<UserError>;
};

/** The signed-in user as seen from their current tenant. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Every tenant membership of the user, oldest first. */
  memberships: Array<Membership>;
  /** Two-factor sign-in of the account. */
  mfa: MfaStatus;
  /** Permissions of that role as stored now (an access token carries a snapshot until it expires). */
  permissions: Array<Scalars['String']['output']>;
  /** The user's role in the current tenant. */
  role: Scalars['String']['output'];
  /** The current tenant (the `tid` of the access token). */
  tenant: Tenant;
  /** The account. */
  user: User;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: ResolverTypeWrapper<Omit<AcceptInvitationPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  ApiKey: ResolverTypeWrapper<ApiKeyRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApiKeyLimits: ResolverTypeWrapper<ApiKeyLimits>;
  ApiKeyStatus: ApiKeyStatus;
  ApiKeyVerification: ResolverTypeWrapper<ApiKeyVerification>;
  ApiKeyVerificationOutcome: ApiKeyVerificationOutcome;
  AssignRoleInput: AssignRoleInput;
  AssignRolePayload: ResolverTypeWrapper<Omit<AssignRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  AuditEvent: ResolverTypeWrapper<AuditEventRecord>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventType: AuditEventType;
  AuditTarget: ResolverTypeWrapper<AuditTarget>;
  AuditTargetType: AuditTargetType;
  AuthSession: ResolverTypeWrapper<IssuedSession>;
  CompleteMfaLoginInput: CompleteMfaLoginInput;
  CompleteOidcLoginInput: CompleteOidcLoginInput;
  ConfirmMfaEnrolmentInput: ConfirmMfaEnrolmentInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: ResolverTypeWrapper<Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  CreateRoleInput: CreateRoleInput;
  CreateRolePayload: ResolverTypeWrapper<Omit<CreateRolePayload, 'role'> & { role?: Maybe<ResolversTypes['Role']> }>;
  DisableMfaPayload: ResolverTypeWrapper<DisableMfaPayload>;
  Invitation: ResolverTypeWrapper<InvitationEntity>;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: ResolverTypeWrapper<Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversTypes['Invitation']> }>;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  LogoutInput: LogoutInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Membership: ResolverTypeWrapper<MembershipEntity>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MfaChallenge: ResolverTypeWrapper<MfaChallenge>;
  MfaProofInput: MfaProofInput;
  MfaRecoveryCodesPayload: ResolverTypeWrapper<MfaRecoveryCodesPayload>;
  MfaStatus: ResolverTypeWrapper<MfaStatus>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSessionInput: RefreshSessionInput;
  RefreshSessionPayload: ResolverTypeWrapper<Omit<RefreshSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: ResolverTypeWrapper<RequestPasswordResetPayload>;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResolverTypeWrapper<ResetPasswordPayload>;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: ResolverTypeWrapper<Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversTypes['ApiKey']> }>;
  Role: ResolverTypeWrapper<RoleDefinition>;
  SessionUser: ResolverTypeWrapper<UserEntity>;
  SignInProvider: ResolverTypeWrapper<SignInProvider>;
  SignUpInput: SignUpInput;
  SignUpPayload: ResolverTypeWrapper<Omit<SignUpPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  StartMfaEnrolmentPayload: ResolverTypeWrapper<StartMfaEnrolmentPayload>;
  StartOidcLoginInput: StartOidcLoginInput;
  StartOidcLoginPayload: ResolverTypeWrapper<StartOidcLoginPayload>;
  SwitchTenantInput: SwitchTenantInput;
  SwitchTenantPayload: ResolverTypeWrapper<Omit<SwitchTenantPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  Tenant: ResolverTypeWrapper<TenantEntity>;
  User: ResolverTypeWrapper<UserEntity>;
  UserError: ResolverTypeWrapper<UserError>;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: ResolverTypeWrapper<Omit<VerifyEmailPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  ApiKey: ApiKeyRecord;
  ID: Scalars['ID']['output'];
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  Int: Scalars['Int']['output'];
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApiKeyLimits: ApiKeyLimits;
  ApiKeyVerification: ApiKeyVerification;
  AssignRoleInput: AssignRoleInput;
  AssignRolePayload: Omit<AssignRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  AuditEvent: AuditEventRecord;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditTarget: AuditTarget;
  AuthSession: IssuedSession;
  CompleteMfaLoginInput: CompleteMfaLoginInput;
  CompleteOidcLoginInput: CompleteOidcLoginInput;
  ConfirmMfaEnrolmentInput: ConfirmMfaEnrolmentInput;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyPayload: Omit<CreateApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  CreateRoleInput: CreateRoleInput;
  CreateRolePayload: Omit<CreateRolePayload, 'role'> & { role?: Maybe<ResolversParentTypes['Role']> };
  DisableMfaPayload: DisableMfaPayload;
  Invitation: InvitationEntity;
  InviteMemberInput: InviteMemberInput;
  InviteMemberPayload: Omit<InviteMemberPayload, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['Invitation']> };
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  LogoutInput: LogoutInput;
  LogoutPayload: LogoutPayload;
  Boolean: Scalars['Boolean']['output'];
  Membership: MembershipEntity;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  MfaChallenge: MfaChallenge;
  MfaProofInput: MfaProofInput;
  MfaRecoveryCodesPayload: MfaRecoveryCodesPayload;
  MfaStatus: MfaStatus;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RefreshSessionInput: RefreshSessionInput;
  RefreshSessionPayload: Omit<RefreshSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetPayload: RequestPasswordResetPayload;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordPayload: ResetPasswordPayload;
  RevokeApiKeyInput: RevokeApiKeyInput;
  RevokeApiKeyPayload: Omit<RevokeApiKeyPayload, 'apiKey'> & { apiKey?: Maybe<ResolversParentTypes['ApiKey']> };
  Role: RoleDefinition;
  SessionUser: UserEntity;
  SignInProvider: SignInProvider;
  SignUpInput: SignUpInput;
  SignUpPayload: Omit<SignUpPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  StartMfaEnrolmentPayload: StartMfaEnrolmentPayload;
  StartOidcLoginInput: StartOidcLoginInput;
  StartOidcLoginPayload: StartOidcLoginPayload;
  SwitchTenantInput: SwitchTenantInput;
  SwitchTenantPayload: Omit<SwitchTenantPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  Tenant: TenantEntity;
  User: UserEntity;
  UserError: UserError;
  VerifyEmailInput: VerifyEmailInput;
  VerifyEmailPayload: Omit<VerifyEmailPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  Viewer: ViewerModel;
  String: Scalars['String']['output'];
}>;

export type LiveEventsDirectiveArgs = {
  types: Array<Scalars['String']['input']>;
};

export type LiveEventsDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = LiveEventsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresPermissionDirectiveArgs = {
  permission: Scalars['String']['input'];
};

export type RequiresPermissionDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = RequiresPermissionDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TenantScopedDirectiveArgs = { };

export type TenantScopedDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = TenantScopedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptInvitationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AcceptInvitationPayload'] = ResolversParentTypes['AcceptInvitationPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  limits?: Resolver<ResolversTypes['ApiKeyLimits'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiKeyStatus'], ParentType, ContextType>;
}>;

export type ApiKeyConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type ApiKeyLimitsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyLimits'] = ResolversParentTypes['ApiKeyLimits']> = ResolversObject<{
  costPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  requestsPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ApiKeyVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ApiKeyVerification'] = ResolversParentTypes['ApiKeyVerification']> = ResolversObject<{
  costPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  keyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ApiKeyVerificationOutcome'], ParentType, ContextType>;
  requestsPerMinute?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tenantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type AssignRolePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssignRolePayload'] = ResolversParentTypes['AssignRolePayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['AuditTarget']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AuditEventType'], ParentType, ContextType>;
  userAgent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type AuditTargetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuditTarget'] = ResolversParentTypes['AuditTarget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AuditTargetType'], ParentType, ContextType>;
}>;

export type AuthSessionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AuthSession'] = ResolversParentTypes['AuthSession']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  tokenType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['SessionUser'], ParentType, ContextType>;
}>;

export type CreateApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateApiKeyPayload'] = ResolversParentTypes['CreateApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateRolePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateRolePayload'] = ResolversParentTypes['CreateRolePayload']> = ResolversObject<{
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DisableMfaPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DisableMfaPayload'] = ResolversParentTypes['DisableMfaPayload']> = ResolversObject<{
  mfa?: Resolver<Maybe<ResolversTypes['MfaStatus']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  acceptedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InviteMemberPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InviteMemberPayload'] = ResolversParentTypes['InviteMemberPayload']> = ResolversObject<{
  invitation?: Resolver<Maybe<ResolversTypes['Invitation']>, ParentType, ContextType>;
  invitationToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LoginPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = ResolversObject<{
  mfaChallenge?: Resolver<Maybe<ResolversTypes['MfaChallenge']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LogoutPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MfaChallengeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MfaChallenge'] = ResolversParentTypes['MfaChallenge']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MfaRecoveryCodesPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MfaRecoveryCodesPayload'] = ResolversParentTypes['MfaRecoveryCodesPayload']> = ResolversObject<{
  mfa?: Resolver<Maybe<ResolversTypes['MfaStatus']>, ParentType, ContextType>;
  recoveryCodes?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MfaStatusResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MfaStatus'] = ResolversParentTypes['MfaStatus']> = ResolversObject<{
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  enabledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enrolmentPending?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  recoveryCodesRemaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  assignRole?: Resolver<ResolversTypes['AssignRolePayload'], ParentType, ContextType, RequireFields<MutationAssignRoleArgs, 'input'>>;
  completeMfaLogin?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationCompleteMfaLoginArgs, 'input'>>;
  completeOidcLogin?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationCompleteOidcLoginArgs, 'input'>>;
  confirmMfaEnrolment?: Resolver<ResolversTypes['MfaRecoveryCodesPayload'], ParentType, ContextType, RequireFields<MutationConfirmMfaEnrolmentArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyPayload'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['CreateRolePayload'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  disableMfa?: Resolver<ResolversTypes['DisableMfaPayload'], ParentType, ContextType, RequireFields<MutationDisableMfaArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  regenerateRecoveryCodes?: Resolver<ResolversTypes['MfaRecoveryCodesPayload'], ParentType, ContextType, RequireFields<MutationRegenerateRecoveryCodesArgs, 'input'>>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetPayload'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordPayload'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['RevokeApiKeyPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['SignUpPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  startMfaEnrolment?: Resolver<ResolversTypes['StartMfaEnrolmentPayload'], ParentType, ContextType>;
  startOidcLogin?: Resolver<ResolversTypes['StartOidcLoginPayload'], ParentType, ContextType, RequireFields<MutationStartOidcLoginArgs, 'input'>>;
  switchTenant?: Resolver<ResolversTypes['SwitchTenantPayload'], ParentType, ContextType, RequireFields<MutationSwitchTenantArgs, 'input'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyEmailPayload'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  _verifyApiKey?: Resolver<ResolversTypes['ApiKeyVerification'], ParentType, ContextType, RequireFields<Query_VerifyApiKeyArgs, 'key'>>;
  apiKeys?: Resolver<Maybe<ResolversTypes['ApiKeyConnection']>, ParentType, ContextType, Partial<QueryApiKeysArgs>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<QueryMembersArgs>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  signInProviders?: Resolver<Array<ResolversTypes['SignInProvider']>, ParentType, ContextType>;
}>;

export type RefreshSessionPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RefreshSessionPayload'] = ResolversParentTypes['RefreshSessionPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RequestPasswordResetPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RequestPasswordResetPayload'] = ResolversParentTypes['RequestPasswordResetPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ResetPasswordPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = ResolversObject<{
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RevokeApiKeyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RevokeApiKeyPayload'] = ResolversParentTypes['RevokeApiKeyPayload']> = ResolversObject<{
  apiKey?: Resolver<Maybe<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = ResolversObject<{
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SessionUserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SessionUser'] = ResolversParentTypes['SessionUser']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SignInProviderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SignInProvider'] = ResolversParentTypes['SignInProvider']> = ResolversObject<{
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SignUpPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SignUpPayload'] = ResolversParentTypes['SignUpPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  verificationRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type StartMfaEnrolmentPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StartMfaEnrolmentPayload'] = ResolversParentTypes['StartMfaEnrolmentPayload']> = ResolversObject<{
  otpauthUri?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StartOidcLoginPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StartOidcLoginPayload'] = ResolversParentTypes['StartOidcLoginPayload']> = ResolversObject<{
  authorizationUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SwitchTenantPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SwitchTenantPayload'] = ResolversParentTypes['SwitchTenantPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TenantResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VerifyEmailPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['VerifyEmailPayload'] = ResolversParentTypes['VerifyEmailPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ViewerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  mfa?: Resolver<ResolversTypes['MfaStatus'], ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApiKeyLimits?: ApiKeyLimitsResolvers<ContextType>;
  ApiKeyVerification?: ApiKeyVerificationResolvers<ContextType>;
  AssignRolePayload?: AssignRolePayloadResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditTarget?: AuditTargetResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  CreateApiKeyPayload?: CreateApiKeyPayloadResolvers<ContextType>;
  CreateRolePayload?: CreateRolePayloadResolvers<ContextType>;
  DisableMfaPayload?: DisableMfaPayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  MfaChallenge?: MfaChallengeResolvers<ContextType>;
  MfaRecoveryCodesPayload?: MfaRecoveryCodesPayloadResolvers<ContextType>;
  MfaStatus?: MfaStatusResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSessionPayload?: RefreshSessionPayloadResolvers<ContextType>;
  RequestPasswordResetPayload?: RequestPasswordResetPayloadResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  RevokeApiKeyPayload?: RevokeApiKeyPayloadResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SessionUser?: SessionUserResolvers<ContextType>;
  SignInProvider?: SignInProviderResolvers<ContextType>;
  SignUpPayload?: SignUpPayloadResolvers<ContextType>;
  StartMfaEnrolmentPayload?: StartMfaEnrolmentPayloadResolvers<ContextType>;
  StartOidcLoginPayload?: StartOidcLoginPayloadResolvers<ContextType>;
  SwitchTenantPayload?: SwitchTenantPayloadResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VerifyEmailPayload?: VerifyEmailPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
