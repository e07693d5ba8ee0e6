/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
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
 * An account of the tenant's chart of accounts. The chart is seeded with a default set on first use;
 * codes are unique per tenant.
 */
export type Account = {
  __typename?: 'Account';
  /** Whether new entries may post to it. Inactive accounts keep their history. */
  active: Scalars['Boolean']['output'];
  /** Code, unique in the tenant, e.g. `1100`: 1–20 upper-case letters, digits, `.`, `-` or `_`. Fixed once entries name the account. */
  code: Scalars['String']['output'];
  /** When the account was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Name, 1–200 characters. */
  name: Scalars['String']['output'];
  /** The account this one is grouped under (same type); null at the top of the chart. */
  parent?: Maybe<Account>;
  /** The role other modules find this account by, if it has one. */
  role?: Maybe<AccountRole>;
  /** ASSET, LIABILITY, EQUITY, INCOME or EXPENSE. Fixed once entries name the account. */
  type: AccountType;
  /** When the account last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of accounts, in code order. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The accounts of this page. */
  edges: Array<AccountEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many accounts match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One account in an `AccountConnection` page. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque cursor of this account; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The account. */
  node: Account;
};

/** Result of `createAccount` and `updateAccount`. */
export type AccountPayload = {
  __typename?: 'AccountPayload';
  /** The account as stored; null when `userErrors` is not empty. */
  account?: Maybe<Account>;
  /**
   * Why nothing was written (codes: CODE_INVALID, CODE_TAKEN, NAME_REQUIRED, NAME_TOO_LONG,
   * PARENT_NOT_FOUND, PARENT_TYPE_MISMATCH, PARENT_CYCLE, ACCOUNT_IN_USE, ACCOUNT_HAS_ROLE).
   */
  userErrors: Array<UserError>;
};

/**
 * A stable key naming one account of a tenant's chart, by which invoices, payments, inventory and
 * purchasing find the account they post to, whatever code the tenant gave it. An account with a role
 * stays active.
 */
export type AccountRole =
  /** The bank account payments go through (default chart: 1000). */
  | 'BANK'
  /** Cash on hand (1010). */
  | 'CASH'
  /** Cost of goods sold (5000). */
  | 'COST_OF_GOODS_SOLD'
  /** Owner's equity (3000). */
  | 'EQUITY'
  /** Default expense account for purchases that are not stock (6000). */
  | 'EXPENSE'
  /** Goods received that the supplier has not billed yet (GR/IR, 2100). */
  | 'GOODS_RECEIVED_NOT_BILLED'
  /** Inventory valued at cost (1200). */
  | 'INVENTORY'
  /** Accounts payable: what the business owes suppliers (2000). */
  | 'PAYABLE'
  /** Accounts receivable: what customers owe (1100). */
  | 'RECEIVABLE'
  /** Retained earnings (3100). */
  | 'RETAINED_EARNINGS'
  /** Sales income (4000). */
  | 'SALES'
  /** Stock gains and losses from inventory adjustments (5100). */
  | 'STOCK_ADJUSTMENT'
  /** Tax collected on sales, owed to the authorities (2200). */
  | 'TAX_PAYABLE'
  /** Tax paid on purchases, to be recovered (1400). */
  | 'TAX_RECEIVABLE';

/** The class of an account. Every balance is reported as debit minus credit, whatever the class. */
export type AccountType =
  /** What the business owns or is owed (bank, receivables, inventory). Normally a debit balance. */
  | 'ASSET'
  /** The owners' stake. Normally a credit balance. */
  | 'EQUITY'
  /** Costs and expenses, including cost of goods sold. Normally a debit balance. */
  | 'EXPENSE'
  /** Revenue. Normally a credit balance. */
  | 'INCOME'
  /** What the business owes (payables, tax payable). Normally a credit balance. */
  | 'LIABILITY';

/**
 * Something that happened, or is to do, about a record: a note, a task (with a due date and an
 * assignee), a call, a meeting or an e-mail. Its data fields need `crm.activity:read`.
 */
export type Activity = {
  __typename?: 'Activity';
  /** Tasks only: who has to do it (the author unless given). Resolved by identity. */
  assignee?: Maybe<User>;
  /** Who logged it. Resolved by identity. */
  author?: Maybe<User>;
  /** Longer text, up to 10,000 characters. */
  body?: Maybe<Scalars['String']['output']>;
  /** The company it is about, if any. */
  company?: Maybe<Company>;
  /** When it was logged (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The deal it is about, if any. */
  deal?: Maybe<Deal>;
  /** Tasks only: when it was completed; null while open. */
  doneAt?: Maybe<Scalars['String']['output']>;
  /** Tasks only: when it is due. */
  dueAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  kind: ActivityKind;
  /** When it happened (ISO-8601, UTC); when it was logged unless given. */
  occurredAt: Scalars['String']['output'];
  /** The person it is about, if any. */
  person?: Maybe<Person>;
  /** One line, 1–200 characters. */
  subject: Scalars['String']['output'];
};

/** A page of activities. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  pageInfo: PageInfo;
  /** How many activities the list holds across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One activity in an `ActivityConnection` page. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor; pass it as `after` to continue after this activity. */
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** What kind of activity was logged. */
export type ActivityKind =
  | 'CALL'
  | 'EMAIL'
  | 'MEETING'
  | 'NOTE'
  | 'TASK';

/** Result of `logActivity` and `completeTask`. */
export type ActivityPayload = {
  __typename?: 'ActivityPayload';
  /** The activity as saved; null when `userErrors` is not empty. */
  activity?: Maybe<Activity>;
  /**
   * Why nothing was written (codes: SUBJECT_REQUIRED, SUBJECT_TOO_LONG, BODY_TOO_LONG, DATE_INVALID,
   * NOT_A_TASK, RECORD_REQUIRED, COMPANY_NOT_FOUND, PERSON_NOT_FOUND, DEAL_NOT_FOUND).
   */
  userErrors: Array<UserError>;
};

/** Input of `adjustStock`: give exactly one of `countedQuantity` and `difference`. */
export type AdjustStockInput = {
  /** What a count found there, 0 or more: the move is the difference with what was on hand. */
  countedQuantity?: InputMaybe<Scalars['String']['input']>;
  /** The change, other than 0: positive for goods found, negative for goods lost or damaged. */
  difference?: InputMaybe<Scalars['String']['input']>;
  /** The location adjusted. */
  locationId: Scalars['ID']['input'];
  /** The product adjusted. */
  productId: Scalars['ID']['input'];
  /** Why, 1–500 characters (e.g. "Annual count", "Damaged in transit"). */
  reason: Scalars['String']['input'];
};

/**
 * What was still open in one currency, by days past the invoice's DUE date as of `asOf` (an invoice due
 * on `asOf` is 0 days past due). Residuals count payments and credit notes dated on or before `asOf`.
 */
export type AgeingBuckets = {
  __typename?: 'AgeingBuckets';
  /** The customer; null on the tenant's totals. */
  customer?: Maybe<Company>;
  /** 0–30 days past due. */
  days0To30: Money;
  /** 31–60 days past due. */
  days31To60: Money;
  /** 61–90 days past due. */
  days61To90: Money;
  /** Not due yet (due after `asOf`). */
  notDue: Money;
  /** More than 90 days past due. */
  over90: Money;
  /** Everything open: the sum of the buckets. */
  total: Money;
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

/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type Company = {
  __typename?: 'Company';
  /** The company's postal address; null when none is known. */
  address?: Maybe<PostalAddress>;
  /**
   * Whether invoices may name this company: erp has heard of it from crm (a company created a moment ago
   * may take a second to appear) and it was not merged into another. Null, with a FORBIDDEN error at its
   * path, for a role without `erp.invoice:read`.
   */
  billable?: Maybe<Scalars['Boolean']['output']>;
  /** When the company was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The company's deals, newest first. `first` is 1–100 (default 20). */
  deals: DealConnection;
  /** Internet domain of the company (e.g. `acme.com`): a validated hostname, stored lowercased and in punycode; unique within the tenant. */
  domain?: Maybe<Scalars['String']['output']>;
  /** How many people the company employs (0–10,000,000); null when unknown. */
  employeeCount?: Maybe<Scalars['Int']['output']>;
  /** The company's id, as issued by crm. */
  id: Scalars['ID']['output'];
  /** The company's industry as the team names it (e.g. `Software`), up to 100 characters; null when unknown. */
  industry?: Maybe<Scalars['String']['output']>;
  /**
   * Invoices billed to this company, newest first. `first` is 1–100 (default 20). Null, with a
   * FORBIDDEN error at its path, for a role without `erp.invoice:read` (the rest of the company is
   * still answered).
   */
  invoices?: Maybe<InvoiceConnection>;
  /**
   * The sum of the POSTED invoices billed to it since it was first billed, one entry per currency
   * (ordered by code); empty when none is posted. From analytics' read models (seconds behind erp).
   * Null, with a FORBIDDEN error at its path, for a role without `analytics.metric:read`.
   */
  lifetimeValue?: Maybe<Array<Money>>;
  /** Display name, 1–200 characters, trimmed. */
  name: Scalars['String']['output'];
  /**
   * What the company owes: the residuals (total − payments − credit notes) of its posted invoices, one
   * entry per currency with something open (ordered by currency code), empty when nothing is owed.
   * Amounts in different currencies are never added together. Null, with a FORBIDDEN error at its path,
   * for a role without `erp.invoice:read`.
   */
  openBalance?: Maybe<Array<Money>>;
  /**
   * The member responsible for the company: the user who created it. Null when it was created without a
   * signed-in user (e.g. by a partner API key). Resolved by the identity subgraph.
   */
  owner?: Maybe<User>;
  /**
   * The company's people, ordered by name, then id. `first` is 1–100 (default 20); `after` is a cursor
   * from this list.
   */
  people: PersonConnection;
  /**
   * Purchase orders from this supplier, newest first. `first` is 1–100 (default 20). Null, with a
   * FORBIDDEN error at its path, for a role without `erp.purchase:read`.
   */
  purchaseOrders?: Maybe<PurchaseOrderConnection>;
  /** Labels for segmenting companies: lower-case, unique, at most 20 of up to 40 characters each. */
  tags: Array<Scalars['String']['output']>;
  /**
   * The activities logged against this company, newest first. An activity names one or more of a
   * company, a person and a deal (a call with Jane about the Acme renewal names all three) and shows on
   * the timeline of each; activities naming only one of the company's people or deals show on theirs.
   * `first` is 1–100 (default 20).
   */
  timeline: ActivityConnection;
  /** When the company was last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};


/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type CompanyDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type CompanyInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type CompanyPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type CompanyPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type CompanyTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of companies, in the order the list asked for (then by id). */
export type CompanyConnection = {
  __typename?: 'CompanyConnection';
  /** The companies of this page. */
  edges: Array<CompanyEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many companies match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One company in a `CompanyConnection` page. */
export type CompanyEdge = {
  __typename?: 'CompanyEdge';
  /** Opaque cursor of this company; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The company. */
  node: Company;
};

/** Narrows `companies`; all given conditions must hold. */
export type CompanyFilter = {
  /** Only companies of this industry (case-insensitive, exact). */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Only companies owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only companies carrying this tag (case-insensitive). */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** The order of `companies`. A cursor works only with the order it was returned for. */
export type CompanyOrder = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: CompanyOrderField;
};

/** What `companies` can be sorted by; ties are broken by id, in the same direction. */
export type CompanyOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Employee count; companies whose count is unknown come first ascending, last descending. */
  | 'EMPLOYEE_COUNT'
  /** Name, case-insensitively. */
  | 'NAME'
  /** Time of the last change. */
  | 'UPDATED_AT';

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

/** Input of `completeTask`. */
export type CompleteTaskInput = {
  /** The task to mark done. */
  id: Scalars['ID']['input'];
};

/** Input of `confirmMfaEnrolment`. */
export type ConfirmMfaEnrolmentInput = {
  /** The 6-digit code the authenticator app shows now (spaces allowed). */
  code: Scalars['String']['input'];
};

/** Input of `convertLead`. */
export type ConvertLeadInput = {
  /** The deal's amount. */
  amount?: InputMaybe<MoneyInput>;
  /**
   * Match (or create) the company by this domain; by default the domain of the lead's e-mail, unless
   * it is a free-mail provider's (gmail.com, outlook.com, ...).
   */
  companyDomain?: InputMaybe<Scalars['String']['input']>;
  /** The company's name when one is created; the lead's company name by default. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** Open a deal in the default pipeline's first stage (true by default). */
  createDeal?: InputMaybe<Scalars['Boolean']['input']>;
  /** The deal's title; "<company>: new deal" by default. */
  dealTitle?: InputMaybe<Scalars['String']['input']>;
  /** The lead to convert. */
  leadId: Scalars['ID']['input'];
};

/** Result of `convertLead`. */
export type ConvertLeadPayload = {
  __typename?: 'ConvertLeadPayload';
  /** The company: the tenant's company with the domain, a new one, or null when nothing named one. */
  company?: Maybe<Company>;
  /** The deal opened, or null when `createDeal` was false. */
  deal?: Maybe<Deal>;
  /** The lead, now CONVERTED; null when `userErrors` is not empty. */
  lead?: Maybe<Lead>;
  /** The person it became: the tenant's person with the lead's e-mail, or a new one. */
  person?: Maybe<Person>;
  /**
   * Why nothing was written (codes: LEAD_CONVERTED, and those of createCompany, createPerson and
   * createDeal, pointed at this input's fields).
   */
  userErrors: Array<UserError>;
};

/** Input of `createAccount`. */
export type CreateAccountInput = {
  /** Code, unique in the tenant (trimmed, upper-cased): 1–20 letters, digits, `.`, `-` or `_`. */
  code: Scalars['String']['input'];
  /** Name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
  /** An account of the same type to group it under. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** The account's class. */
  type: AccountType;
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

/** Input of `createCompany`. */
export type CreateCompanyInput = {
  /** Optional postal address. */
  address?: InputMaybe<PostalAddressInput>;
  /** Optional internet domain (`acme.com`); lowercased. Blank means none. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Optional employee count, 0–10,000,000. */
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** Optional industry, up to 100 characters after trimming. Blank means none. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
  /** Optional tags: trimmed, lower-cased and deduplicated; at most 20 of up to 40 characters. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of `createCompany`. */
export type CreateCompanyPayload = {
  __typename?: 'CreateCompanyPayload';
  /** The created company; null when `userErrors` is not empty. */
  company?: Maybe<Company>;
  /** Why the company was not created (codes: NAME_REQUIRED, NAME_TOO_LONG, DOMAIN_INVALID, DOMAIN_TAKEN, INDUSTRY_TOO_LONG, EMPLOYEE_COUNT_INVALID, ADDRESS_TOO_LONG, COUNTRY_INVALID, TAG_TOO_LONG, TOO_MANY_TAGS). */
  userErrors: Array<UserError>;
};

/** Input of `createCreditNote`. */
export type CreateCreditNoteInput = {
  /** Decimal string greater than 0, tax included, at most the invoice's residual. */
  amount: Scalars['String']['input'];
  /** ISO 4217 code; must be the invoice's currency (checked when given). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Its accounting date, `YYYY-MM-DD`, on or after the invoice date and after the lock date; today (UTC) when omitted. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The posted invoice credited. */
  invoiceId: Scalars['ID']['input'];
  /** Why, 1–500 characters. */
  reason: Scalars['String']['input'];
};

/** Result of `createCreditNote`. */
export type CreateCreditNotePayload = {
  __typename?: 'CreateCreditNotePayload';
  /** The credit note; null when `userErrors` is not empty. */
  creditNote?: Maybe<CreditNote>;
  /** The invoice after the credit; null when `userErrors` is not empty. */
  invoice?: Maybe<Invoice>;
  /**
   * Why nothing was issued (codes: INVOICE_NOT_POSTED, CREDIT_EXCEEDS_RESIDUAL, CURRENCY_MISMATCH, CURRENCY_INVALID,
   * AMOUNT_INVALID, AMOUNT_TOO_PRECISE, AMOUNT_NOT_POSITIVE, AMOUNT_TOO_LARGE, DATE_INVALID, DATE_BEFORE_INVOICE,
   * PERIOD_LOCKED, REASON_REQUIRED, REASON_TOO_LONG).
   */
  userErrors: Array<UserError>;
};

/** Input of `createDashboard`. */
export type CreateDashboardInput = {
  /** Columns of the grid, 1–24 (default 12). */
  columns?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** At most 50 widgets, each inside the grid's columns and overlapping no other. */
  widgets?: Array<DashboardWidgetInput>;
};

/** Input of `createDeal`. */
export type CreateDealInput = {
  /** Expected value. */
  amount?: InputMaybe<MoneyInput>;
  /** The customer company (of the same tenant). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO date. */
  expectedCloseDate?: InputMaybe<Scalars['String']['input']>;
  /** The owner; the caller when omitted. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** The pipeline; the tenant's default pipeline when neither it nor `stageId` is given. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  /** An open stage; the pipeline's first open stage when omitted. The deal goes last in it. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters after trimming. */
  title: Scalars['String']['input'];
};

/** Input of `createDepartment`. */
export type CreateDepartmentInput = {
  /** An employee of the tenant who manages it. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Name, 1–200 characters after trimming; unique in the tenant, ignoring case. */
  name: Scalars['String']['input'];
  /** A department of the tenant to place it under. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `createEmployee`. */
export type CreateEmployeeInput = {
  /** Whether the employee is active (default true). */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** A department of the tenant. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of employment, after `hireDate`. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** First day of employment, `YYYY-MM-DD`. */
  hireDate: Scalars['String']['input'];
  /** Job title, at most 200 characters. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** An employee of the tenant the new employee reports to. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** Full name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
  /** A NEXORA user to link, not linked to another employee of the tenant. erp cannot check that the user exists (identity owns users). */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Work e-mail; unique in the tenant (case-insensitive). */
  workEmail?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createInvoice`. */
export type CreateInvoiceInput = {
  /** ISO 4217 code (case-insensitive); USD when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /**
   * The crm company billed: a company of the tenant that erp has heard of and that was not merged away
   * (see `Company.billable`); otherwise CUSTOMER_UNKNOWN or CUSTOMER_MERGED. Must be a UUID.
   */
  customerId: Scalars['ID']['input'];
  /** The accounting date, `YYYY-MM-DD`; today (UTC) when omitted. */
  invoiceDate?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines. */
  lines: Array<InvoiceLineInput>;
  /** Days to the due date, 0–365, instead of `paymentTerms`. */
  paymentTermDays?: InputMaybe<Scalars['Int']['input']>;
  /** IMMEDIATE when neither this nor `paymentTermDays` is given. */
  paymentTerms?: InputMaybe<PaymentTerms>;
  /** Post the invoice immediately instead of leaving it a draft (needs `erp.invoice:post` too). */
  post?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of `createInvoice`. */
export type CreateInvoicePayload = {
  __typename?: 'CreateInvoicePayload';
  /** The created invoice; null when `userErrors` is not empty. */
  invoice?: Maybe<Invoice>;
  /**
   * Why nothing was created (codes: CUSTOMER_UNKNOWN, CUSTOMER_MERGED, LINES_REQUIRED, TOO_MANY_LINES,
   * DESCRIPTION_REQUIRED, DESCRIPTION_TOO_LONG, QUANTITY_INVALID, UNIT_PRICE_INVALID, AMOUNT_TOO_LARGE,
   * CURRENCY_INVALID, TAX_RATE_UNKNOWN, TAX_RATE_INACTIVE, DATE_INVALID, PAYMENT_TERMS_CONFLICT,
   * PAYMENT_TERM_DAYS_INVALID, PAYMENT_TERM_DAYS_REQUIRED, and with `post: true` PERIOD_LOCKED).
   */
  userErrors: Array<UserError>;
};

/** Input of `createJournalEntry`. */
export type CreateJournalEntryInput = {
  /** ISO 4217 code of lines that name none; USD when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Accounting date, `YYYY-MM-DD` (posting refuses dates on or before the lock date). */
  date: Scalars['String']['input'];
  /** The journal; GENERAL for manual entries. */
  journal: JournalCode;
  /** 2 to 500 lines; debits must equal credits in each currency. */
  lines: Array<JournalLineInput>;
  /** Up to 1000 characters. */
  memo?: InputMaybe<Scalars['String']['input']>;
  /** Post the entry at once instead of leaving it a draft. */
  post?: InputMaybe<Scalars['Boolean']['input']>;
  /** Up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createLead`. */
export type CreateLeadInput = {
  /** Their company's name, if known. */
  companyName?: InputMaybe<Scalars['String']['input']>;
  /** E-mail address; blank means none. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The prospect's name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
  /** The member working it; the caller when omitted. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Phone number; blank means none. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 0–100, or null. */
  score?: InputMaybe<Scalars['Int']['input']>;
  /** Where the lead came from (OTHER when omitted). */
  source?: InputMaybe<LeadSource>;
  /** NEW when omitted; CONVERTED is refused (use convertLead). */
  status?: InputMaybe<LeadStatus>;
};

/** Input of `createLeaveAllocation`. */
export type CreateLeaveAllocationInput = {
  /** Days granted: greater than 0, at most 366, in half-day steps (`"25"`, `"2.5"`). */
  days: Scalars['String']['input'];
  /** An employee of the tenant. */
  employeeId: Scalars['ID']['input'];
  /** A leave type of the tenant. */
  leaveTypeId: Scalars['ID']['input'];
  /** A free note, at most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day it can be used, `YYYY-MM-DD`. */
  validFrom: Scalars['String']['input'];
  /** Last day it can be used, on or after `validFrom`. */
  validTo: Scalars['String']['input'];
};

/** Input of `createLeaveType`. */
export type CreateLeaveTypeInput = {
  /** Name, 1–100 characters after trimming; unique in the tenant, ignoring case. */
  name: Scalars['String']['input'];
  /** Whether requests must fit an allocation (default true). */
  requiresAllocation?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Input of `createPerson`. */
export type CreatePersonInput = {
  /** A company of the current tenant. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** E-mail addresses (at most 10), the primary first; lower-cased; each unused by the tenant's other people. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Given name, 1–100 characters after trimming. */
  firstName: Scalars['String']['input'];
  /** Job title, up to 200 characters. Blank means none. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** Family name, up to 100 characters. Blank means none. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Phone numbers (at most 10): `+`, country code and number; spaces, dots, dashes and parentheses are ignored. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Tags: trimmed, lower-cased and deduplicated; at most 20 of up to 40 characters. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of `createPerson`. */
export type CreatePersonPayload = {
  __typename?: 'CreatePersonPayload';
  /** The created person; null when `userErrors` is not empty. */
  person?: Maybe<Person>;
  /**
   * Why the person was not created (codes: FIRST_NAME_REQUIRED, NAME_TOO_LONG, EMAIL_INVALID,
   * EMAIL_DUPLICATE, EMAIL_TAKEN, TOO_MANY_EMAILS, PHONE_INVALID, TOO_MANY_PHONES, JOB_TITLE_TOO_LONG,
   * COMPANY_NOT_FOUND, TAG_TOO_LONG, TOO_MANY_TAGS).
   */
  userErrors: Array<UserError>;
};

/** Input of `createPipeline`. */
export type CreatePipelineInput = {
  /** Name, 1–100 characters after trimming, unique within the tenant. */
  name: Scalars['String']['input'];
  /** The stages in board order (at most 30). */
  stages: Array<PipelineStageInput>;
};

/** Input of `createProduct`. */
export type CreateProductInput = {
  /** Whether it can be received; true when omitted. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Decimal string, 0 or more, with no more fraction digits than the currency uses; 0 when omitted. */
  costPrice?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code (case-insensitive); USD when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Up to 2,000 characters; blank means none. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1–200 characters after trimming. */
  name: Scalars['String']['input'];
  /** Decimal string, 0 or more, with no more fraction digits than the currency uses; 0 when omitted. */
  salePrice?: InputMaybe<Scalars['String']['input']>;
  /** 1–64 characters after trimming: letters, digits, `.`, `_`, `-` or `/`, starting with a letter or digit. */
  sku: Scalars['String']['input'];
  /** One of the units listed on `Product.unit` (case-insensitive); `unit` when omitted. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `createPurchaseOrder`. */
export type CreatePurchaseOrderInput = {
  /** ISO 4217 code (case-insensitive); USD when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 lines. */
  lines: Array<PurchaseOrderLineInput>;
  /** Up to 1000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** `YYYY-MM-DD`; today (UTC) when omitted. */
  orderDate?: InputMaybe<Scalars['String']['input']>;
  /** The supplier: a company of the tenant erp has heard of from crm and not merged away (SUPPLIER_UNKNOWN, SUPPLIER_MERGED). */
  supplierId: Scalars['ID']['input'];
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

/** Input of `createStockLocation`. */
export type CreateStockLocationInput = {
  /** Code, unique in the warehouse (trimmed, upper-cased): 1–20 letters, digits, `_` or `-`. */
  code: Scalars['String']['input'];
  /** Name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
  /** The warehouse it belongs to. */
  warehouseId: Scalars['ID']['input'];
};

/** Input of `createSupplierBill`. */
export type CreateSupplierBillInput = {
  /** The accounting date, `YYYY-MM-DD`, after the lock date; today (UTC) when omitted. */
  billDate?: InputMaybe<Scalars['String']['input']>;
  /** The bill's ISO 4217 currency: must be the order's (CURRENCY_MISMATCH). */
  currency: Scalars['String']['input'];
  /** 1 to 100 lines, each order line at most once. */
  lines: Array<SupplierBillLineInput>;
  /** A confirmed purchase order with received goods. */
  purchaseOrderId: Scalars['ID']['input'];
  /** The supplier's own invoice number, up to 100 characters. */
  supplierReference?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `createSupplierBill`. */
export type CreateSupplierBillPayload = {
  __typename?: 'CreateSupplierBillPayload';
  /** The bill; null when `userErrors` is not empty (then nothing was written). */
  supplierBill?: Maybe<SupplierBill>;
  /**
   * Why nothing was recorded (codes: PURCHASE_ORDER_NOT_BILLABLE, CURRENCY_MISMATCH, CURRENCY_INVALID,
   * LINES_REQUIRED, TOO_MANY_LINES, ID_INVALID, LINE_DUPLICATE, LINE_NOT_FOUND, NEGATIVE_QUANTITY,
   * QUANTITY_INVALID, OVER_BILLING, UNIT_COST_INVALID, AMOUNT_TOO_LARGE, DATE_INVALID, REFERENCE_TOO_LONG,
   * PERIOD_LOCKED, ACCOUNT_INACTIVE).
   */
  userErrors: Array<UserError>;
};

/** Input of `createTaxRate`. */
export type CreateTaxRateInput = {
  /** An active account to book the tax to; the TAX_PAYABLE account when omitted. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether prices include the tax; false when omitted. */
  inclusive?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1–100 characters after trimming, unique in the tenant. */
  name: Scalars['String']['input'];
  /** Percent from 0 to 100, up to 4 decimals, e.g. `"20"`. */
  rate: Scalars['String']['input'];
};

/** Input of `createWarehouse`. */
export type CreateWarehouseInput = {
  /** Let its locations go below zero; false when omitted. */
  allowNegativeStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code, unique in the tenant (trimmed, upper-cased): 1–20 letters, digits, `_` or `-`. */
  code: Scalars['String']['input'];
  /** Name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
};

/** Part or all of a posted invoice taken back. Never changed or deleted (the database refuses it). */
export type CreditNote = {
  __typename?: 'CreditNote';
  /** What was credited, tax included, in the invoice's currency. */
  amount: Money;
  /** When it was issued (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Its accounting date, `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The invoice it credits. */
  invoice: Invoice;
  /** The entry that booked it (Dr sales and tax, Cr receivable); null for a role without `erp.journal:read`. */
  journalEntry?: Maybe<JournalEntry>;
  /** Per-tenant sequential number, e.g. `CN-000001`, gap-free. */
  number: Scalars['String']['output'];
  /** Why the invoice was credited. */
  reason: Scalars['String']['output'];
  /** The part of `amount` that was tax (in the proportion of the invoice's taxes). */
  taxAmount: Money;
};

/** A saved dashboard of the current tenant. */
export type Dashboard = {
  __typename?: 'Dashboard';
  /** Columns of its grid, 1–24. */
  columns: Scalars['Int']['output'];
  createdAt: Scalars['String']['output'];
  /** The member who created it. */
  createdBy?: Maybe<User>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Unique in the tenant (case-insensitive), 1–100 characters. */
  name: Scalars['String']['output'];
  updatedAt: Scalars['String']['output'];
  widgets: Array<DashboardWidget>;
};

/** A page of dashboards, by name. */
export type DashboardConnection = {
  __typename?: 'DashboardConnection';
  edges: Array<DashboardEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One dashboard in a `DashboardConnection` page. */
export type DashboardEdge = {
  __typename?: 'DashboardEdge';
  cursor: Scalars['String']['output'];
  node: Dashboard;
};

/** Result of `createDashboard` and `updateDashboard`. */
export type DashboardPayload = {
  __typename?: 'DashboardPayload';
  /** The dashboard after the change; null when `userErrors` is not empty. */
  dashboard?: Maybe<Dashboard>;
  /**
   * Why nothing was saved (codes: NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN, COLUMNS_OUT_OF_RANGE,
   * TOO_MANY_WIDGETS, TITLE_REQUIRED, TITLE_TOO_LONG, WIDGET_OUTSIDE_GRID, WIDGETS_OVERLAP,
   * WIDGET_ID_REPEATED), with the field at fault, e.g. ["input", "widgets", "2", "x"].
   */
  userErrors: Array<UserError>;
};

/** A tile of a dashboard: a metric shown over a period, placed on the dashboard's grid. */
export type DashboardWidget = {
  __typename?: 'DashboardWidget';
  /** Height in rows, at least 1. */
  h: Scalars['Int']['output'];
  /** Stable within its dashboard. */
  id: Scalars['ID']['output'];
  metric: MetricName;
  period: MetricPeriod;
  title: Scalars['String']['output'];
  /** Width in columns, at least 1. */
  w: Scalars['Int']['output'];
  /** Column of its left edge, from 0. */
  x: Scalars['Int']['output'];
  /** Row of its top edge, from 0. */
  y: Scalars['Int']['output'];
};

/** A widget as a client sends it; `id` keeps a widget's identity across updates. */
export type DashboardWidgetInput = {
  h: Scalars['Int']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  metric: MetricName;
  period?: InputMaybe<MetricPeriod>;
  /** 1–100 characters. */
  title: Scalars['String']['input'];
  w: Scalars['Int']['input'];
  x: Scalars['Int']['input'];
  y: Scalars['Int']['input'];
};

/**
 * A sales opportunity moving through a pipeline's stages. Its data fields need `crm.deal:read`, also
 * when reached through another subgraph; its `id` needs only a tenant.
 */
export type Deal = {
  __typename?: 'Deal';
  /** Expected value, exact; null until the deal is valued. */
  amount?: Maybe<Money>;
  /** When it was won or lost (ISO-8601, UTC); null while open. */
  closedAt?: Maybe<Scalars['String']['output']>;
  /** The customer company, if any. */
  company?: Maybe<Company>;
  /** When it was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** When the deal is expected to close (ISO date, `2027-03-31`). */
  expectedCloseDate?: Maybe<Scalars['String']['output']>;
  /** Its stage changes, newest first (the latest 100); the first entry of a new deal has no `from`. */
  history: Array<DealStageChange>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Why it was lost; null unless LOST. */
  lostReason?: Maybe<LostReason>;
  /** The member responsible for the deal (its creator unless set). Resolved by identity. */
  owner?: Maybe<User>;
  /** The people involved in the deal, by name. */
  people: Array<Person>;
  /** The pipeline the deal runs in. */
  pipeline: Pipeline;
  /** 0-based place within its stage (kanban order). */
  position: Scalars['Int']['output'];
  /** Its current stage. */
  stage: PipelineStage;
  /** OPEN, WON or LOST, following the stage's kind. */
  status: DealStatus;
  /** What happened on this deal, newest first. `first` is 1–100 (default 20). */
  timeline: ActivityConnection;
  /** What is being sold, 1–200 characters. */
  title: Scalars['String']['output'];
  /** When it last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};


/**
 * A sales opportunity moving through a pipeline's stages. Its data fields need `crm.deal:read`, also
 * when reached through another subgraph; its `id` needs only a tenant.
 */
export type DealTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of deals. */
export type DealConnection = {
  __typename?: 'DealConnection';
  /** The deals of this page. */
  edges: Array<DealEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many deals match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One deal in a `DealConnection` page. */
export type DealEdge = {
  __typename?: 'DealEdge';
  /** Opaque cursor of this deal; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The deal. */
  node: Deal;
};

/** Filters of `deals`; all given ones must match. */
export type DealFilter = {
  /** Deals of this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals of this pipeline. */
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals in this stage. */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** Deals with this status. */
  status?: InputMaybe<DealStatus>;
};

/** The order of `deals`. A cursor works only with the order it was returned for. */
export type DealOrder = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: DealOrderField;
};

/** What `deals` can be sorted by; ties are broken by id, in the same direction. */
export type DealOrderField =
  /** Amount, whatever the currency; deals without an amount come first ascending, last descending. */
  | 'AMOUNT'
  /** Creation time. */
  | 'CREATED_AT'
  /** Expected close date; deals without one come last ascending, first descending. */
  | 'EXPECTED_CLOSE_DATE'
  /** Position within the stage (kanban order); use with `filter.stageId`. */
  | 'POSITION'
  /** Title, case-insensitively. */
  | 'TITLE'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** Result of the deal mutations. */
export type DealPayload = {
  __typename?: 'DealPayload';
  /** The deal after the change; null when `userErrors` is not empty. */
  deal?: Maybe<Deal>;
  /**
   * Why nothing was written (codes: TITLE_REQUIRED, TITLE_TOO_LONG, AMOUNT_INVALID, AMOUNT_NEGATIVE,
   * AMOUNT_TOO_PRECISE, AMOUNT_TOO_LARGE, CURRENCY_UNKNOWN, DATE_INVALID, PIPELINE_NOT_FOUND,
   * STAGE_NOT_FOUND, STAGE_NOT_IN_PIPELINE, STAGE_CLOSED, COMPANY_NOT_FOUND, POSITION_INVALID,
   * POSITION_AMBIGUOUS, BEFORE_DEAL_INVALID, LOST_REASON_REQUIRED, LOST_REASON_NOT_FOUND, ALREADY_WON,
   * ALREADY_LOST).
   */
  userErrors: Array<UserError>;
};

/** Input of `addDealPerson` and `removeDealPerson`. */
export type DealPersonInput = {
  dealId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
};

/** Result of `addDealPerson` and `removeDealPerson`. */
export type DealPersonPayload = {
  __typename?: 'DealPersonPayload';
  /** The deal after the change; null when `userErrors` is not empty. */
  deal?: Maybe<Deal>;
  /** Why nothing changed (codes: DEAL_NOT_FOUND, PERSON_NOT_FOUND, ALREADY_LINKED, NOT_LINKED). */
  userErrors: Array<UserError>;
};

/** One move of a deal from a stage to another. */
export type DealStageChange = {
  __typename?: 'DealStageChange';
  /** When (ISO-8601, UTC). */
  at: Scalars['String']['output'];
  /** Who moved it; null for the platform or an API key. */
  by?: Maybe<User>;
  /** The stage it left; null for the stage it was created in. */
  from?: Maybe<PipelineStage>;
  /** The stage it entered. */
  to: PipelineStage;
};

/** Where a deal stands: still being worked on, won, or lost. */
export type DealStatus =
  /** In the pipeline's LOST stage, with a lost reason. */
  | 'LOST'
  /** In an open stage. */
  | 'OPEN'
  /** In the pipeline's WON stage. */
  | 'WON';

/** Result of `deleteDashboard`. */
export type DeleteDashboardPayload = {
  __typename?: 'DeleteDashboardPayload';
  /** The id of the dashboard deleted; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

/** Input of `deleteDepartment`. */
export type DeleteDepartmentInput = {
  /** The department to delete; it must have no employees and no sub-departments. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteDepartment`. */
export type DeleteDepartmentPayload = {
  __typename?: 'DeleteDepartmentPayload';
  /** The id of the deleted department; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (code: DEPARTMENT_IN_USE). */
  userErrors: Array<UserError>;
};

/** Result of `deleteJournalEntry`. */
export type DeleteJournalEntryPayload = {
  __typename?: 'DeleteJournalEntryPayload';
  /** The id of the deleted draft; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (code: ALREADY_POSTED). */
  userErrors: Array<UserError>;
};

/** Input of `deletePerson`. */
export type DeletePersonInput = {
  /** The person to delete. */
  id: Scalars['ID']['input'];
};

/** Result of `deletePerson`. */
export type DeletePersonPayload = {
  __typename?: 'DeletePersonPayload';
  /** The id of the deleted person; null when `userErrors` is not empty. */
  deletedPersonId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (code: PERSON_IN_USE, when other records still point at the person). */
  userErrors: Array<UserError>;
};

/** Input of `deleteReorderRule`. */
export type DeleteReorderRuleInput = {
  /** The rule to delete. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteReorderRule`. */
export type DeleteReorderRulePayload = {
  __typename?: 'DeleteReorderRulePayload';
  /** The id of the deleted rule. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Always empty today; kept for symmetry with the other payloads. */
  userErrors: Array<UserError>;
};

/** Input of `deleteStockLocation`. */
export type DeleteStockLocationInput = {
  /** The location to delete. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteStockLocation`. */
export type DeleteStockLocationPayload = {
  __typename?: 'DeleteStockLocationPayload';
  /** The id of the deleted location; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (codes: LOCATION_IN_USE, DEFAULT_LOCATION). */
  userErrors: Array<UserError>;
};

/** Input of `deleteTaxRate`. */
export type DeleteTaxRateInput = {
  /** The tax rate to delete. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteTaxRate`. */
export type DeleteTaxRatePayload = {
  __typename?: 'DeleteTaxRatePayload';
  /** The deleted tax rate's id; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (code: TAX_RATE_IN_USE). */
  userErrors: Array<UserError>;
};

/** Input of `deleteWarehouse`. */
export type DeleteWarehouseInput = {
  /** The warehouse to delete, with its locations and reorder rules. */
  id: Scalars['ID']['input'];
};

/** Result of `deleteWarehouse`. */
export type DeleteWarehousePayload = {
  __typename?: 'DeleteWarehousePayload';
  /** The id of the deleted warehouse; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (code: WAREHOUSE_IN_USE). */
  userErrors: Array<UserError>;
};

/** Input of `deliverStock`. */
export type DeliverStockInput = {
  /** The location it leaves. */
  locationId: Scalars['ID']['input'];
  /** The product delivered. */
  productId: Scalars['ID']['input'];
  /** Decimal string greater than 0 with up to 3 fraction digits; at most what the location holds unless its warehouse allows negative stock. */
  quantity: Scalars['String']['input'];
  /** A document the delivery belongs to (e.g. an invoice or delivery note number), up to 100 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A department of the tenant's organisation. Departments form a tree (a parent, never one of its own
 * sub-departments); names are unique in the tenant, ignoring case.
 */
export type Department = {
  __typename?: 'Department';
  /** When the department was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The employee who manages the department, if any. */
  manager?: Maybe<Employee>;
  /** Name, 1–200 characters, unique in the tenant (case-insensitive). */
  name: Scalars['String']['output'];
  /** The department this one belongs to; null at the top of the organisation. */
  parent?: Maybe<Department>;
  /** When the department last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of departments, by name (case-insensitive). */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** The departments of this page. */
  edges: Array<DepartmentEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many departments match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One department in a `DepartmentConnection` page. */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Opaque cursor of this department; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The department. */
  node: Department;
};

/** Result of `createDepartment` and `updateDepartment`. */
export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  /** The department as stored; null when `userErrors` is not empty. */
  department?: Maybe<Department>;
  /**
   * Why nothing was written (codes: NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN, PARENT_NOT_FOUND,
   * PARENT_CYCLE, MANAGER_NOT_FOUND).
   */
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

/** Two records of the tenant that are probably the same; merge them with mergeCompanies / mergePeople. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  /** The two companies, when `entity` is COMPANY. */
  companies: Array<Company>;
  entity: DuplicateEntity;
  /** The two people, when `entity` is PERSON. */
  people: Array<Person>;
  reason: DuplicateReason;
  /** How alike, 0–1 (1 for the same domain). */
  score: Scalars['Float']['output'];
};

/** Which kind of record `duplicateCandidates` looks at. */
export type DuplicateEntity =
  | 'COMPANY'
  | 'PERSON';

/** Why two records look like one. */
export type DuplicateReason =
  /** Two companies with the same domain once `www.` is ignored. */
  | 'SAME_DOMAIN'
  /** Two people with alike names whose primary e-mails share a domain. */
  | 'SAME_EMAIL_DOMAIN_AND_NAME'
  /** Their names are alike (trigram similarity of at least 0.6). */
  | 'SIMILAR_NAME';

/**
 * A person employed by the tenant. An employee may be linked to a NEXORA user (`user`), at most one
 * employee per user in a tenant; `User.employee` goes the other way.
 */
export type Employee = {
  __typename?: 'Employee';
  /** Whether the employee is currently active. */
  active: Scalars['Boolean']['output'];
  /** When the employee was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The department the employee belongs to. */
  department?: Maybe<Department>;
  /** Last day of employment, after `hireDate`; null while employed. */
  endDate?: Maybe<Scalars['String']['output']>;
  /** First day of employment (ISO date, `YYYY-MM-DD`). */
  hireDate: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Job title, e.g. `Accountant`. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** The employee's manager (never the employee or someone who reports to them). */
  manager?: Maybe<Employee>;
  /** Full name, 1–200 characters. */
  name: Scalars['String']['output'];
  /** When the employee last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /**
   * The NEXORA user this employee signs in as, if linked. erp keeps only the id: identity resolves the
   * rest (and answers null for a user who is not a member of the tenant).
   */
  user?: Maybe<User>;
  /** Work e-mail, lower-cased; unique in the tenant when set. */
  workEmail?: Maybe<Scalars['String']['output']>;
};

/** A page of employees, by name (case-insensitive). */
export type EmployeeConnection = {
  __typename?: 'EmployeeConnection';
  /** The employees of this page. */
  edges: Array<EmployeeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many employees match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One employee in an `EmployeeConnection` page. */
export type EmployeeEdge = {
  __typename?: 'EmployeeEdge';
  /** Opaque cursor of this employee; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The employee. */
  node: Employee;
};

/** Result of `createEmployee` and `updateEmployee`. */
export type EmployeePayload = {
  __typename?: 'EmployeePayload';
  /** The employee as stored; null when `userErrors` is not empty. */
  employee?: Maybe<Employee>;
  /**
   * Why nothing was written (codes: NAME_REQUIRED, NAME_TOO_LONG, EMAIL_INVALID, EMAIL_TAKEN,
   * JOB_TITLE_TOO_LONG, DEPARTMENT_NOT_FOUND, MANAGER_NOT_FOUND, MANAGER_CYCLE, DATE_REQUIRED,
   * DATE_INVALID, END_BEFORE_HIRE, USER_ID_INVALID, USER_TAKEN).
   */
  userErrors: Array<UserError>;
};

/** A page of an account's posted lines in ledger order (date, then sequence, then line position). */
export type GeneralLedgerConnection = {
  __typename?: 'GeneralLedgerConnection';
  /** The account. */
  account: Account;
  /** The lines of this page. */
  edges: Array<GeneralLedgerEdge>;
  /** The first day included, if bounded. */
  from?: Maybe<Scalars['String']['output']>;
  /** The balance per currency before `from` (empty without `from`, or when nothing came before). */
  openingBalances: Array<Money>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** The last day included, if bounded. */
  to?: Maybe<Scalars['String']['output']>;
  /** How many lines fall within `from`–`to`, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One line in a `GeneralLedgerConnection` page. */
export type GeneralLedgerEdge = {
  __typename?: 'GeneralLedgerEdge';
  /** Opaque cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The line. */
  node: GeneralLedgerLine;
};

/** A posted line of an account's general ledger. */
export type GeneralLedgerLine = {
  __typename?: 'GeneralLedgerLine';
  /** The account's balance in this line's currency after it (debit − credit), counting every earlier line. */
  balance: Money;
  /** The partner company of the line, if any. */
  company?: Maybe<Company>;
  /** The amount credited; null on a debit line. */
  credit?: Maybe<Money>;
  /** The entry's accounting date, `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
  /** The amount debited; null on a credit line. */
  debit?: Maybe<Money>;
  /** What the line is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** The entry the line belongs to. */
  entry: JournalEntry;
  /** The journal line's id. */
  id: Scalars['ID']['output'];
  /** The entry's sequence in the tenant's chain. */
  sequence: Scalars['Int']['output'];
};

/**
 * A CSV import started with `POST /files/crm/<entity>/import`. Visible to whoever may read the entity
 * imported (e.g. `crm.company:read` for `companies`).
 */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** When it was accepted (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The member who started it. */
  createdBy?: Maybe<User>;
  /** What is imported: `companies`, `people` or `deals`. */
  entity: Scalars['String']['output'];
  /** How many row errors there are in all. */
  errorCount: Scalars['Int']['output'];
  /** The first 1,000 row errors, in line order. */
  errors: Array<ImportRowError>;
  /** When it finished (ISO-8601, UTC); null until then. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Rows written. */
  imported: Scalars['Int']['output'];
  /** A summary of the outcome for people; null while the job runs. */
  message?: Maybe<Scalars['String']['output']>;
  /** Rows handled so far (written, or skipped as bad), 0 to `total`. */
  processed: Scalars['Int']['output'];
  /** Whether bad rows are left out (true) or make the whole import fail (false). */
  skipBadRows: Scalars['Boolean']['output'];
  /** Where the job is. */
  status: ImportJobStatus;
  /** Data rows in the file (the header not counted). */
  total: Scalars['Int']['output'];
};

/** A page of import jobs, newest first. */
export type ImportJobConnection = {
  __typename?: 'ImportJobConnection';
  /** The jobs of this page. */
  edges: Array<ImportJobEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many jobs the caller may see, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One job in an `ImportJobConnection` page. */
export type ImportJobEdge = {
  __typename?: 'ImportJobEdge';
  /** Opaque cursor of this job; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The job. */
  node: ImportJob;
};

/** Where a CSV import job is. */
export type ImportJobStatus =
  /** Finished without importing: rows had errors (and skipBadRows was not asked), or the import stopped. */
  | 'FAILED'
  /** Accepted; its rows are not being written yet. */
  | 'QUEUED'
  /** Its rows are being written; `processed` grows. */
  | 'RUNNING'
  /** Finished: `imported` rows were written (with skipBadRows, bad rows were left out). */
  | 'SUCCEEDED';

/** Why one row of a CSV import was refused. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** What is wrong, e.g. NAME_REQUIRED, DOMAIN_INVALID, DOMAIN_TAKEN, DUPLICATE_IN_FILE, COLUMN_COUNT. */
  code: Scalars['String']['output'];
  /** The column at fault; null when the row as a whole is (e.g. a wrong number of values). */
  column?: Maybe<Scalars['String']['output']>;
  /** Line of the file (the header is line 1) where the row starts. */
  line: Scalars['Int']['output'];
  /** A sentence for the person who fixes the file. */
  message: Scalars['String']['output'];
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

/** A bill sent to a customer company. */
export type Invoice = {
  __typename?: 'Invoice';
  /** Sum of the credit notes issued against it. */
  amountCredited: Money;
  /** Sum of the payments received. */
  amountPaid: Money;
  /** When the invoice was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The credit notes issued against it, in number order. */
  creditNotes: Array<CreditNote>;
  /** ISO 4217 currency of every amount on the invoice. */
  currency: Scalars['String']['output'];
  /**
   * The billed company: one erp's replica of crm knew when the invoice was written (see
   * `Company.billable`). Invoices of merged companies follow them onto the surviving company.
   */
  customer: Company;
  /** When it falls due, `YYYY-MM-DD` (invoice date + payment term days). */
  dueDate: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The accounting date, `YYYY-MM-DD`: the date of its journal entry, and where the due date counts from. */
  invoiceDate: Scalars['String']['output'];
  /** When the invoice was posted (ISO-8601, UTC); null while it is a draft. */
  issuedAt?: Maybe<Scalars['String']['output']>;
  /**
   * The journal entry posting booked (Dr receivable; Cr sales per line; Cr tax payable per tax rate);
   * null for a draft, an invoice of 0 and invoices posted before erp had a ledger. Null, with a FORBIDDEN
   * error at its path, for a role without `erp.journal:read`.
   */
  journalEntry?: Maybe<JournalEntry>;
  /** The id of that journal entry (for any reader of the invoice). */
  journalEntryId?: Maybe<Scalars['ID']['output']>;
  /** The invoice lines, in the order they were given. */
  lines: Array<InvoiceLine>;
  /** Per-tenant sequential number, e.g. `INV-000001`; allocated gap-free at creation. */
  number: Scalars['String']['output'];
  /** Days from the invoice date to the due date. */
  paymentTermDays: Scalars['Int']['output'];
  /** The payment terms. */
  paymentTerms: PaymentTerms;
  /** The payments received, in date order. */
  payments: Array<Payment>;
  /** What is still owed: total − amountPaid − amountCredited (the total for a draft). */
  residual: Money;
  /** DRAFT, POSTED, PARTIALLY_PAID or PAID. */
  status: InvoiceStatus;
  /** Sum of the lines' net amounts (before tax). */
  subtotal: Money;
  /** Sum of the lines' taxes (each rounded per line). */
  taxTotal: Money;
  /** subtotal + taxTotal: what the customer owes. */
  total: Money;
};

/** A page of invoices, newest (highest number) first. */
export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  /** The invoices of this page. */
  edges: Array<InvoiceEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many invoices match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One invoice in an `InvoiceConnection` page. */
export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  /** Opaque cursor of this invoice; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The invoice. */
  node: Invoice;
};

/** One billed item of an invoice. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** quantity × unitPrice, rounded half-up to the currency's fraction digits (tax included when the rate is inclusive). */
  amount: Money;
  /** What was sold. */
  description: Scalars['String']['output'];
  /** net + tax. */
  gross: Money;
  /** The line without tax: the amount, or for an inclusive rate the amount less its tax. */
  net: Money;
  /** How many, a decimal string with up to 3 fraction digits (e.g. `"1.5"`). */
  quantity: Scalars['String']['output'];
  /** The line's tax, rounded half-up per line; 0 when untaxed. */
  tax: Money;
  /** The tax rate applied, as it was when the line was written; null for an untaxed line. */
  taxRate?: Maybe<InvoiceLineTax>;
  /** Price of one unit. */
  unitPrice: Money;
};

/** One line of `createInvoice`. */
export type InvoiceLineInput = {
  /** What was sold, 1–500 characters after trimming. */
  description: Scalars['String']['input'];
  /** Decimal string greater than 0 with up to 3 fraction digits, e.g. `"2"` or `"1.5"`. */
  quantity: Scalars['String']['input'];
  /** An active tax rate of the tenant (see `taxRates`); it decides whether unitPrice includes the tax. Untaxed when omitted. */
  taxRateId?: InputMaybe<Scalars['ID']['input']>;
  /** Decimal string, 0 or more, with no more fraction digits than the currency uses (at most 2). */
  unitPrice: Scalars['String']['input'];
};

/** The tax of an invoice line, copied from the tax rate when the line was written. */
export type InvoiceLineTax = {
  __typename?: 'InvoiceLineTax';
  /** The tax rate's id (see `taxRate(id)`). */
  id: Scalars['ID']['output'];
  /** True when the line's price includes the tax. */
  inclusive: Scalars['Boolean']['output'];
  /** Percentage with up to 4 decimals, e.g. `"20"`. */
  rate: Scalars['String']['output'];
};

/** Lifecycle of an invoice: DRAFT → POSTED → PARTIALLY_PAID → PAID. */
export type InvoiceStatus =
  /** Being prepared; not owed yet, and the only state in which it can be edited. */
  | 'DRAFT'
  /** Posted and fully settled by payments and credit notes. */
  | 'PAID'
  /** Posted, and payments or credit notes settled part of it. */
  | 'PARTIALLY_PAID'
  /** Issued to the customer and booked in the ledger; immutable from now on, nothing settled yet. */
  | 'POSTED';

/** A journal of the tenant's ledger (seeded with the chart of accounts). */
export type Journal = {
  __typename?: 'Journal';
  /** SALES, PURCHASE, BANK or GENERAL. */
  code: JournalCode;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Display name, e.g. `Sales`. */
  name: Scalars['String']['output'];
};

/** The journals every tenant has; each entry belongs to one. */
export type JournalCode =
  /** Payments received and made. */
  | 'BANK'
  /** Everything else: manual entries, adjustments, stock valuation. */
  | 'GENERAL'
  /** Supplier bills. */
  | 'PURCHASE'
  /** Customer invoices and credit notes. */
  | 'SALES';

/**
 * A double-entry journal entry: lines whose debits equal their credits in each currency. Once posted
 * it gets the tenant's next sequence number and a hash chaining it to the previous entry, and can
 * never change again (the database refuses it); `reverseJournalEntry` corrects it.
 */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  /** When the entry was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Accounting date, `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
  /** SHA-256 (hex) over the previous hash and this entry's values; null for a draft. See `verifyLedger`. */
  hash?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The journal it belongs to. */
  journal: Journal;
  /** The lines, in the order they were given. */
  lines: Array<JournalLine>;
  /** Free text explaining the entry. */
  memo?: Maybe<Scalars['String']['output']>;
  /** When it was posted (ISO-8601, UTC); null for a draft. */
  postedAt?: Maybe<Scalars['String']['output']>;
  /** The hash of the entry posted before it (64 zeros for the first); null for a draft. */
  previousHash?: Maybe<Scalars['String']['output']>;
  /** Short reference, e.g. a document number. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The entry that reversed this one, if any (an entry is reversed at most once). */
  reversedBy?: Maybe<JournalEntry>;
  /** The entry this one reverses, if it is a reversal. */
  reverses?: Maybe<JournalEntry>;
  /** Position in the tenant's chain of posted entries (1, 2, 3... without gaps); null for a draft. */
  sequence?: Maybe<Scalars['Int']['output']>;
  /** The document this entry books, when another module posted it. */
  source?: Maybe<LedgerSource>;
  /** DRAFT or POSTED. */
  status: JournalEntryStatus;
  /** The sum of the debits (equal to the sum of the credits), one entry per currency, ordered by code. */
  totals: Array<Money>;
};

/** A page of journal entries, latest accounting date first. */
export type JournalEntryConnection = {
  __typename?: 'JournalEntryConnection';
  /** The entries of this page. */
  edges: Array<JournalEntryEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many entries match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One entry in a `JournalEntryConnection` page. */
export type JournalEntryEdge = {
  __typename?: 'JournalEntryEdge';
  /** Opaque cursor of this entry; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: JournalEntry;
};

/** Input of `postJournalEntry` and `deleteJournalEntry`. */
export type JournalEntryIdInput = {
  /** The draft entry. */
  id: Scalars['ID']['input'];
};

/** Result of `createJournalEntry`, `postJournalEntry` and `reverseJournalEntry`. */
export type JournalEntryPayload = {
  __typename?: 'JournalEntryPayload';
  /** The entry written (for a reversal: the new, reversing entry); null when `userErrors` is not empty. */
  entry?: Maybe<JournalEntry>;
  /**
   * Why nothing was written, with the field at fault (e.g. `["input", "lines", "1", "debit"]`). Codes:
   * LINES_TOO_FEW, TOO_MANY_LINES, UNBALANCED, LINE_DEBIT_AND_CREDIT, LINE_AMOUNT_REQUIRED,
   * AMOUNT_INVALID, AMOUNT_TOO_PRECISE, AMOUNT_NOT_POSITIVE, AMOUNT_TOO_LARGE, ACCOUNT_REQUIRED,
   * ACCOUNT_UNKNOWN, ACCOUNT_INACTIVE, CURRENCY_INVALID, COMPANY_ID_INVALID, DATE_INVALID,
   * REFERENCE_TOO_LONG, MEMO_TOO_LONG, DESCRIPTION_TOO_LONG, PERIOD_LOCKED, ALREADY_POSTED, NOT_POSTED,
   * ALREADY_REVERSED.
   */
  userErrors: Array<UserError>;
};

/** Lifecycle of a journal entry. */
export type JournalEntryStatus =
  /** Being prepared; counts nowhere and may be deleted. */
  | 'DRAFT'
  /** In the books: numbered, hash-chained and immutable (corrections by reversal). */
  | 'POSTED';

/** One line of a journal entry: a debit or a credit to one account. */
export type JournalLine = {
  __typename?: 'JournalLine';
  /** The account debited or credited. */
  account: Account;
  /** The partner company the line concerns (e.g. the customer of a receivable), if any. */
  company?: Maybe<Company>;
  /** The amount credited; null on a debit line. */
  credit?: Maybe<Money>;
  /** The amount debited; null on a credit line. */
  debit?: Maybe<Money>;
  /** What the line is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** 0-based place in the entry. */
  position: Scalars['Int']['output'];
};

/** One line of `createJournalEntry`: name the account by `accountId` or `accountRole`, and give a `debit` or a `credit`. */
export type JournalLineInput = {
  /** An account of the tenant's chart. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Or the account holding this role, e.g. RECEIVABLE. */
  accountRole?: InputMaybe<AccountRole>;
  /** The partner company (a crm company id) the line concerns. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Decimal string greater than 0 (a line has a debit or a credit, never both). */
  credit?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code; the entry's `currency` when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Decimal string greater than 0 with at most the currency's fraction digits, e.g. `"120.00"`. */
  debit?: InputMaybe<Scalars['String']['input']>;
  /** What the line is for, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A prospect the team has not qualified yet: a person's name and how to reach them, perhaps their
 * company. Its data fields need `crm.lead:read`.
 */
export type Lead = {
  __typename?: 'Lead';
  /** The company the prospect named, if any (not yet a crm Company). */
  companyName?: Maybe<Scalars['String']['output']>;
  /** When the lead was converted (ISO-8601, UTC); null until then. */
  convertedAt?: Maybe<Scalars['String']['output']>;
  /** The company it was matched to or created; null until converted, or when nothing named one. */
  convertedCompany?: Maybe<Company>;
  /** The deal opened for it; null until converted, or when no deal was asked for. */
  convertedDeal?: Maybe<Deal>;
  /** The person the lead became; null until converted. */
  convertedPerson?: Maybe<Person>;
  /** When the lead was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** E-mail address, lower-cased. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The prospect's name, 1–200 characters, trimmed. */
  name: Scalars['String']['output'];
  /** The member working the lead (its creator by default). Resolved by identity. */
  owner?: Maybe<User>;
  /** Phone number as entered. */
  phone?: Maybe<Scalars['String']['output']>;
  /** How promising the lead is, 0–100; null when not scored yet. */
  score?: Maybe<Scalars['Int']['output']>;
  /** Where the lead came from. */
  source: LeadSource;
  /** Where the lead stands. */
  status: LeadStatus;
  /** When the lead was last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of leads, newest first. */
export type LeadConnection = {
  __typename?: 'LeadConnection';
  /** The leads of this page. */
  edges: Array<LeadEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many leads match the list's search and filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One lead in a `LeadConnection` page. */
export type LeadEdge = {
  __typename?: 'LeadEdge';
  /** Opaque cursor of this lead; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The lead. */
  node: Lead;
};

/** Narrows `leads`; every field given must match. */
export type LeadFilter = {
  /** Leads owned by this member. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  source?: InputMaybe<LeadSource>;
  status?: InputMaybe<LeadStatus>;
};

/** The order of `leads`. A cursor works only with the order it was returned for. */
export type LeadOrder = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: LeadOrderField;
};

/** What `leads` can be sorted by; ties are broken by id, in the same direction. */
export type LeadOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Name, case-insensitively. */
  | 'NAME'
  /** Score; unscored leads come first ascending, last descending. */
  | 'SCORE'
  /** Time of the last change. */
  | 'UPDATED_AT';

/** Result of `createLead` and `updateLead`. */
export type LeadPayload = {
  __typename?: 'LeadPayload';
  /** The lead as saved; null when `userErrors` is not empty. */
  lead?: Maybe<Lead>;
  /**
   * Why nothing was written (codes: NAME_REQUIRED, NAME_TOO_LONG, COMPANY_NAME_TOO_LONG, EMAIL_INVALID,
   * PHONE_INVALID, SCORE_INVALID, STATUS_INVALID, LEAD_CONVERTED).
   */
  userErrors: Array<UserError>;
};

/** Where a lead came from. */
export type LeadSource =
  | 'EVENT'
  | 'OTHER'
  | 'OUTBOUND'
  | 'PARTNER'
  | 'REFERRAL'
  | 'WEBSITE';

/** Where a lead stands. CONVERTED is set only by converting it. */
export type LeadStatus =
  | 'CONTACTED'
  | 'CONVERTED'
  | 'DISQUALIFIED'
  | 'NEW'
  | 'QUALIFIED';

/** Days of one leave type granted to an employee for a validity period. */
export type LeaveAllocation = {
  __typename?: 'LeaveAllocation';
  /** When the allocation was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Days granted, a decimal string in half-day steps (e.g. `"25"`, `"2.5"`). */
  days: Scalars['String']['output'];
  /** Who may take the days. */
  employee: Employee;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Which kind of leave. */
  leaveType: LeaveType;
  /** A free note, e.g. `2026 entitlement`. */
  note?: Maybe<Scalars['String']['output']>;
  /** First day the allocation can be used (ISO date). */
  validFrom: Scalars['String']['output'];
  /** Last day the allocation can be used (ISO date, included). */
  validTo: Scalars['String']['output'];
};

/** A page of allocations, latest validity first. */
export type LeaveAllocationConnection = {
  __typename?: 'LeaveAllocationConnection';
  /** The allocations of this page. */
  edges: Array<LeaveAllocationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many allocations match the list's filters. */
  totalCount: Scalars['Int']['output'];
};

/** One allocation in a `LeaveAllocationConnection` page. */
export type LeaveAllocationEdge = {
  __typename?: 'LeaveAllocationEdge';
  /** Opaque cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The allocation. */
  node: LeaveAllocation;
};

/** Result of `createLeaveAllocation` and `updateLeaveAllocation`. */
export type LeaveAllocationPayload = {
  __typename?: 'LeaveAllocationPayload';
  /** The allocation as stored; null when `userErrors` is not empty. */
  allocation?: Maybe<LeaveAllocation>;
  /**
   * Why nothing was written (codes: EMPLOYEE_NOT_FOUND, LEAVE_TYPE_NOT_FOUND, DAYS_INVALID, DATE_INVALID,
   * VALID_TO_BEFORE_FROM, NOTE_TOO_LONG, ALLOCATION_BELOW_APPROVED).
   */
  userErrors: Array<UserError>;
};

/**
 * What an employee has of one leave type on a date, in days (decimal strings). Allocations valid on
 * that date are summed; requests starting inside their combined period (or the calendar year, when no
 * allocation is valid) count as approved or pending.
 */
export type LeaveBalance = {
  __typename?: 'LeaveBalance';
  /** Days of the allocations valid on `on`. */
  allocated: Scalars['String']['output'];
  /** Days of approved requests in the period. */
  approved: Scalars['String']['output'];
  /** The employee. */
  employee: Employee;
  /** The leave type. */
  leaveType: LeaveType;
  /** The date the balance is for (ISO date). */
  on: Scalars['String']['output'];
  /** Days of requests waiting for a decision in the period. */
  pending: Scalars['String']['output'];
  /** allocated − approved − pending (negative only if allocations were lowered below pending requests). */
  remaining: Scalars['String']['output'];
  /** Whether requests of this type must fit the balance. */
  requiresAllocation: Scalars['Boolean']['output'];
  /** First day of the allocations' period; null when no allocation is valid on `on`. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Last day of the allocations' period; null when no allocation is valid on `on`. */
  validTo?: Maybe<Scalars['String']['output']>;
};

/** Input of `approveLeaveRequest`, `refuseLeaveRequest` and `cancelLeaveRequest`. */
export type LeaveDecisionInput = {
  /** The leave request. */
  id: Scalars['ID']['input'];
};

/**
 * An employee's request to be away. Days are working days (Monday to Friday) from `startDate` to
 * `endDate`, both included: weekends never count, public holidays are not modelled. A half-day request
 * is one weekday and takes 0.5.
 */
export type LeaveRequest = {
  __typename?: 'LeaveRequest';
  /** When it was filed (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Working days taken, a decimal string in half-day steps. */
  days: Scalars['String']['output'];
  /** When it was decided (ISO-8601, UTC); null while requested. */
  decidedAt?: Maybe<Scalars['String']['output']>;
  /** Who approved, refused or cancelled it; null while requested. */
  decidedBy?: Maybe<User>;
  /** Who will be away. */
  employee: Employee;
  /** Last day away (ISO date, included). */
  endDate: Scalars['String']['output'];
  /** Whether only half of the day is taken (then start and end are the same day). */
  halfDay: Scalars['Boolean']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Which kind of leave. */
  leaveType: LeaveType;
  /** Why, as the employee wrote it. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Who filed the request. */
  requestedBy?: Maybe<User>;
  /** First day away (ISO date). */
  startDate: Scalars['String']['output'];
  /** REQUESTED, APPROVED, REFUSED or CANCELLED. */
  status: LeaveStatus;
};

/** A page of leave requests, latest start first. */
export type LeaveRequestConnection = {
  __typename?: 'LeaveRequestConnection';
  /** The requests of this page. */
  edges: Array<LeaveRequestEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many requests match the list's filters. */
  totalCount: Scalars['Int']['output'];
};

/** One request in a `LeaveRequestConnection` page. */
export type LeaveRequestEdge = {
  __typename?: 'LeaveRequestEdge';
  /** Opaque cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: LeaveRequest;
};

/** Result of the leave request mutations. */
export type LeaveRequestPayload = {
  __typename?: 'LeaveRequestPayload';
  /** The request as stored; null when `userErrors` is not empty. */
  request?: Maybe<LeaveRequest>;
  /**
   * Why nothing was written (codes: DATE_INVALID, END_BEFORE_START, HALF_DAY_RANGE, RANGE_TOO_LONG,
   * NO_WORKING_DAYS, REASON_TOO_LONG, EMPLOYEE_REQUIRED, EMPLOYEE_NOT_FOUND, EMPLOYEE_INACTIVE,
   * LEAVE_TYPE_NOT_FOUND, LEAVE_OVERLAP, INSUFFICIENT_ALLOCATION, OUTSIDE_ALLOCATION_PERIOD, NOT_PENDING,
   * SELF_APPROVAL, NOT_CANCELLABLE).
   */
  userErrors: Array<UserError>;
};

/** Where a leave request is in its life. */
export type LeaveStatus =
  /** Approved; its days are taken from the allocation. */
  | 'APPROVED'
  /** Withdrawn by the employee, or cancelled by an approver; its days are free again. */
  | 'CANCELLED'
  /** Refused by an approver; its days are free again. */
  | 'REFUSED'
  /** Filed, waiting for a decision; its days count as pending. */
  | 'REQUESTED';

/** A kind of leave, e.g. Paid time off or Sick leave. Names are unique in the tenant, ignoring case. */
export type LeaveType = {
  __typename?: 'LeaveType';
  /** When the type was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Name, 1–100 characters. */
  name: Scalars['String']['output'];
  /** Whether requests must fit an allocation (Paid time off) or are only recorded (Sick leave). */
  requiresAllocation: Scalars['Boolean']['output'];
  /** Always DAYS. */
  unit: LeaveUnit;
};

/** A page of leave types, by name. */
export type LeaveTypeConnection = {
  __typename?: 'LeaveTypeConnection';
  /** The leave types of this page. */
  edges: Array<LeaveTypeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many leave types the tenant has. */
  totalCount: Scalars['Int']['output'];
};

/** One leave type in a `LeaveTypeConnection` page. */
export type LeaveTypeEdge = {
  __typename?: 'LeaveTypeEdge';
  /** Opaque cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The leave type. */
  node: LeaveType;
};

/** Result of `createLeaveType` and `updateLeaveType`. */
export type LeaveTypePayload = {
  __typename?: 'LeaveTypePayload';
  /** The leave type as stored; null when `userErrors` is not empty. */
  leaveType?: Maybe<LeaveType>;
  /** Why nothing was written (codes: NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN). */
  userErrors: Array<UserError>;
};

/** The unit leave is counted in. Only days for now; half days are 0.5. */
export type LeaveUnit =
  /** Working days (Monday to Friday). */
  | 'DAYS';

/**
 * The tenant's lock date: no entry dated on or before it can be posted or reversed (PERIOD_LOCKED),
 * so closed periods stay as they were reported. Reading it needs `erp.journal:read`.
 */
export type LedgerLock = {
  __typename?: 'LedgerLock';
  /** Every move of the lock date, newest first. `first` is 1–100 (default 20). */
  changes: LockDateChangeConnection;
  /** The last locked day, `YYYY-MM-DD`; null when every period is open. */
  lockDate?: Maybe<Scalars['String']['output']>;
};


/**
 * The tenant's lock date: no entry dated on or before it can be posted or reversed (PERIOD_LOCKED),
 * so closed periods stay as they were reported. Reading it needs `erp.journal:read`.
 */
export type LedgerLockChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What `verifyLedger` found wrong, at `firstBrokenSequence`. */
export type LedgerProblem =
  /** The entry's stored values no longer give its hash: it was changed after posting. */
  | 'HASH_MISMATCH'
  /** The chain and the ledger's recorded head disagree (the last entry rewritten, or one added past it). */
  | 'HEAD_MISMATCH'
  /** The entry does not point at the hash of the entry before it. */
  | 'PREVIOUS_HASH_MISMATCH'
  /** An entry of the chain is missing (deleted, or its number changed). */
  | 'SEQUENCE_GAP';

/** The document an entry books, as the module that posted it names it (e.g. an invoice). */
export type LedgerSource = {
  __typename?: 'LedgerSource';
  /** The document's id. */
  id: Scalars['ID']['output'];
  /** Document type, e.g. `INVOICE`. */
  type: Scalars['String']['output'];
};

/** The outcome of recomputing the tenant's hash chain. */
export type LedgerVerification = {
  __typename?: 'LedgerVerification';
  /** How many entries verified before the first break (all of them when `ok`). */
  entriesChecked: Scalars['Int']['output'];
  /** The first sequence where the chain is broken; null when `ok`. */
  firstBrokenSequence?: Maybe<Scalars['Int']['output']>;
  /** The hash of the last intact entry (64 zeros when none). */
  lastHash: Scalars['String']['output'];
  /** The sequence of the last intact entry (0 when none). */
  lastSequence: Scalars['Int']['output'];
  /** The same in words; null when `ok`. */
  message?: Maybe<Scalars['String']['output']>;
  /** True when every posted entry is intact and in sequence. */
  ok: Scalars['Boolean']['output'];
  /** What is wrong there; null when `ok`. */
  problem?: Maybe<LedgerProblem>;
};

/** What one location holds of a product. */
export type LocationStock = {
  __typename?: 'LocationStock';
  /** The location. */
  location: StockLocation;
  /** The quantity on hand there, a decimal string with up to 3 fraction digits. */
  quantity: Scalars['String']['output'];
  /** Its warehouse. */
  warehouse: Warehouse;
};

/** One move of the lock date, recorded as it happened (the history cannot be edited). */
export type LockDateChange = {
  __typename?: 'LockDateChange';
  /**
   * The sequence of the last posted entry when the lock moved (0 before any): entries dated on or
   * before a lock date and numbered after its move cannot exist.
   */
  atSequence: Scalars['Int']['output'];
  /** When (ISO-8601, UTC). */
  changedAt: Scalars['String']['output'];
  /** The user who moved it. */
  changedById?: Maybe<Scalars['ID']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The lock date after the move; null when the books were unlocked. */
  lockDate?: Maybe<Scalars['String']['output']>;
  /** The lock date before the move; null when the books were open. */
  previousLockDate?: Maybe<Scalars['String']['output']>;
  /** Why it was moved, as given. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A page of lock-date moves, newest first. */
export type LockDateChangeConnection = {
  __typename?: 'LockDateChangeConnection';
  /** The moves of this page. */
  edges: Array<LockDateChangeEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many moves there are. */
  totalCount: Scalars['Int']['output'];
};

/** One move in a `LockDateChangeConnection` page. */
export type LockDateChangeEdge = {
  __typename?: 'LockDateChangeEdge';
  /** Opaque cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The move. */
  node: LockDateChange;
};

/** Input of `logActivity`. */
export type LogActivityInput = {
  /** Tasks only: who has to do it; the caller when omitted. */
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 10,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The company it is about (name at least one of companyId, personId, dealId). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The deal it is about. */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** Tasks only: when it is due (ISO-8601). */
  dueAt?: InputMaybe<Scalars['String']['input']>;
  kind: ActivityKind;
  /** When it happened (ISO-8601); now when omitted. */
  occurredAt?: InputMaybe<Scalars['String']['input']>;
  /** The person it is about. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** 1–200 characters after trimming. */
  subject: Scalars['String']['input'];
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

/** A reason a deal was lost, from the tenant's catalogue (seeded with common reasons). */
export type LostReason = {
  __typename?: 'LostReason';
  /** Stable identifier (UUID); pass it to `markDealLost`. */
  id: Scalars['ID']['output'];
  /** What happened, e.g. `Price too high`. */
  name: Scalars['String']['output'];
};

/** Input of `markDealLost`. */
export type MarkDealLostInput = {
  /** The deal lost. */
  dealId: Scalars['ID']['input'];
  /** Why, from `lostReasons`. */
  lostReasonId: Scalars['ID']['input'];
};

/** Input of `markDealWon`. */
export type MarkDealWonInput = {
  /** The deal won. */
  dealId: Scalars['ID']['input'];
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

/** Result of `mergeCompanies`. */
export type MergeCompaniesPayload = {
  __typename?: 'MergeCompaniesPayload';
  /** The survivor after the merge; null when `userErrors` is not empty. */
  company?: Maybe<Company>;
  /** Why nothing was merged (codes: NOTHING_TO_MERGE, TOO_MANY_MERGED, MERGE_INTO_ITSELF, NOT_FOUND_IN_TENANT). */
  userErrors: Array<UserError>;
};

/** Input of `mergeCompanies` and `mergePeople`. */
export type MergeInput = {
  /** The records folded into it, 1–20; they are deleted. */
  mergedIds: Array<Scalars['ID']['input']>;
  /** The record that stays; it keeps its own values and gains what it lacks from the others. */
  survivorId: Scalars['ID']['input'];
};

/** Result of `mergePeople`. */
export type MergePeoplePayload = {
  __typename?: 'MergePeoplePayload';
  /** The survivor after the merge; null when `userErrors` is not empty. */
  person?: Maybe<Person>;
  /**
   * Why nothing was merged (codes: NOTHING_TO_MERGE, TOO_MANY_MERGED, MERGE_INTO_ITSELF,
   * NOT_FOUND_IN_TENANT, TOO_MANY_CONTACT_POINTS).
   */
  userErrors: Array<UserError>;
};

/**
 * A KPI of the current tenant over a window. Time series have a point per period that has a value
 * (periods with none are left out), oldest first.
 */
export type Metric = {
  __typename?: 'Metric';
  /** First day of the window (ISO date, inclusive). */
  from: Scalars['String']['output'];
  /** The metric's name, e.g. REVENUE; the entity key `metricUpdated` publishes. */
  id: Scalars['ID']['output'];
  name: MetricName;
  period: MetricPeriod;
  points: Array<MetricPoint>;
  /** Last day of the window (ISO date, inclusive). */
  to: Scalars['String']['output'];
};

/** The KPIs analytics computes for each tenant. */
export type MetricName =
  /** Deals created per period. */
  | 'NEW_DEALS'
  /** Leads created per period. */
  | 'NEW_LEADS'
  /**
   * Open residuals of invoices past their due date today (UTC; due today counts, as in erp's ageing),
   * after payments and credit notes, per currency (one point: now). See `receivablesAgeingSummary`.
   */
  | 'OVERDUE_RECEIVABLES'
  /** Sum of open deals' amounts per stage, per currency (one point per stage: now). */
  | 'PIPELINE_VALUE'
  /** Sum of posted invoices not yet paid, per currency (one point: now). */
  | 'RECEIVABLES'
  /** Sum of posted invoices per period, per currency. */
  | 'REVENUE'
  /**
   * The stock's value at erp's moving average cost, per currency (one point: now). Needs
   * `analytics.valuation:read` besides `analytics.metric:read`. See `stockValueSummary`.
   */
  | 'STOCK_VALUE'
  /** Sum of open deals' amounts weighted by their stage's win probability, per currency (now). */
  | 'WEIGHTED_FORECAST'
  /** Won deals out of closed ones (won and lost) per period, 0–1. */
  | 'WIN_RATE';

/** How a time series is bucketed (UTC). */
export type MetricPeriod =
  | 'DAY'
  | 'MONTH'
  | 'WEEK';

/** One value of a metric. */
export type MetricPoint = {
  __typename?: 'MetricPoint';
  /** The currency of a money value (ISO 4217), else null. */
  currency?: Maybe<Scalars['String']['output']>;
  /** What the value is broken down by: the stage id for PIPELINE_VALUE, else null. */
  key?: Maybe<Scalars['String']['output']>;
  /** Start of the period (ISO date) for time series; null for a metric measured now. */
  start?: Maybe<Scalars['String']['output']>;
  /** The value, exact: a decimal string (money with 2 decimals, WIN_RATE a fraction, counts whole). */
  value: Scalars['String']['output'];
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

/** An amount of money as input: a decimal string (never a float) and an ISO 4217 currency. */
export type MoneyInput = {
  /** Non-negative decimal such as `1234.50`, with at most the currency's fraction digits (none for JPY). */
  amount: Scalars['String']['input'];
  /** ISO 4217 code such as `EUR` (case-insensitive). */
  currency: Scalars['String']['input'];
};

/** Input of `moveDeal`. Without `position` or `beforeDealId` the deal goes last in the stage. */
export type MoveDealInput = {
  /** Put the deal just before this deal of the stage. */
  beforeDealId?: InputMaybe<Scalars['ID']['input']>;
  /** The deal to move. */
  dealId: Scalars['ID']['input'];
  /** 0-based place in the stage; past the end means last. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** A stage of the deal's own pipeline (not the LOST stage: use `markDealLost`). */
  stageId: Scalars['ID']['input'];
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
  /** Adds a person of the tenant to a deal of the tenant. */
  addDealPerson: DealPersonPayload;
  /** Sets a location's quantity to what was counted, or changes it by a difference, with a reason; valued at the average cost. */
  adjustStock: StockMovePayload;
  /**
   * Approves a requested leave, checking the allocation again under the employee's lock (approved days
   * never exceed the allocation, even under concurrent approvals). Your own request needs
   * `erp.leave:admin`. NOT_FOUND for an unknown id.
   */
  approveLeaveRequest: LeaveRequestPayload;
  /**
   * Gives a member of the current tenant another role. NOT_FOUND error for a user who is not a member.
   * The caller must hold every permission of both the member's current and new role. The last owner cannot
   * be demoted (userError LAST_OWNER).
   */
  assignRole: AssignRolePayload;
  /**
   * Cancels a leave: your own while it is requested; any requested or approved one with
   * `erp.leave:approve`. NOT_FOUND for an unknown id.
   */
  cancelLeaveRequest: LeaveRequestPayload;
  /** Cancels a DRAFT, or a CONFIRMED order of which nothing was received. Unknown id: NOT_FOUND. */
  cancelPurchaseOrder: PurchaseOrderPayload;
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
  /** Marks a task done; completing it again changes nothing. NOT_FOUND for an id of no activity. */
  completeTask: ActivityPayload;
  /**
   * Turns MFA on with a first code from the authenticator app and returns ten recovery codes, once.
   * Wrong codes count towards the login throttle (TOO_MANY_REQUESTS).
   */
  confirmMfaEnrolment: MfaRecoveryCodesPayload;
  /** DRAFT → CONFIRMED: what was ordered is fixed from now on and goods may be received. Unknown id: NOT_FOUND. */
  confirmPurchaseOrder: PurchaseOrderPayload;
  /**
   * Turns a lead into a person, a company and a deal in one transaction, reusing the tenant's person
   * with the lead's e-mail and its company with the domain. An id of no lead is NOT_FOUND.
   */
  convertLead: ConvertLeadPayload;
  /** Adds an account to the tenant's chart. */
  createAccount: AccountPayload;
  /**
   * Creates an API key for the current tenant. Its scopes must be permissions the caller holds now (no
   * key can do more than its creator). The key is returned once, in `secret`.
   */
  createApiKey: CreateApiKeyPayload;
  /** Creates a company owned by the caller. */
  createCompany: CreateCompanyPayload;
  /**
   * Issues a credit note against a posted invoice for part or all of its residual, with its journal
   * entry, in one transaction; the invoice becomes PAID when nothing is left. An unknown invoice id is
   * NOT_FOUND.
   */
  createCreditNote: CreateCreditNotePayload;
  createDashboard: DashboardPayload;
  /** Creates a deal, last in its stage. Records the first history entry; emits `crm.deal.created`. */
  createDeal: DealPayload;
  /** Adds a department. */
  createDepartment: DepartmentPayload;
  /** Adds an employee. */
  createEmployee: EmployeePayload;
  /**
   * Creates an invoice with the next number of the tenant, as a draft or (with `post: true`, which also
   * needs `erp.invoice:post`, else FORBIDDEN) posted. Refused with nothing written, the number included.
   */
  createInvoice: CreateInvoicePayload;
  /** Creates a manual journal entry, as a draft or (with `post: true`) posted. */
  createJournalEntry: JournalEntryPayload;
  /** Records a new lead, owned by the caller unless `ownerId` says otherwise. */
  createLead: LeadPayload;
  /** Grants an employee days of a leave type for a period. */
  createLeaveAllocation: LeaveAllocationPayload;
  /** Adds a leave type. */
  createLeaveType: LeaveTypePayload;
  /** Creates a person owned by the caller. */
  createPerson: CreatePersonPayload;
  /** Creates a pipeline with its stages. */
  createPipeline: PipelinePayload;
  /** Adds a product to the tenant's catalogue. */
  createProduct: ProductPayload;
  /** Creates a DRAFT purchase order with the tenant's next number. Refused with nothing written, the number included. */
  createPurchaseOrder: PurchaseOrderPayload;
  /**
   * Creates a custom role in the current tenant from permissions of the catalogue. The caller must hold
   * every permission they grant.
   */
  createRole: CreateRolePayload;
  /** Adds a location to a warehouse. */
  createStockLocation: StockLocationPayload;
  /**
   * Records and posts a supplier bill matched to received lines of a purchase order (three-way match),
   * with its journal entry, in one transaction. Unknown order: NOT_FOUND.
   */
  createSupplierBill: CreateSupplierBillPayload;
  /** Creates a tax rate. */
  createTaxRate: TaxRatePayload;
  /** Creates a warehouse with its default location `STOCK`. */
  createWarehouse: WarehousePayload;
  /** Deletes a dashboard; an unknown id is NOT_FOUND. */
  deleteDashboard: DeleteDashboardPayload;
  /** Deletes an empty department. NOT_FOUND for an unknown id. */
  deleteDepartment: DeleteDepartmentPayload;
  /** Deletes a draft entry. NOT_FOUND for an unknown id. */
  deleteJournalEntry: DeleteJournalEntryPayload;
  /** Deletes a person and its e-mail addresses. An unknown id is a NOT_FOUND error. */
  deletePerson: DeletePersonPayload;
  /** Deletes a reorder rule. NOT_FOUND for an id that names no rule of the tenant. */
  deleteReorderRule: DeleteReorderRulePayload;
  /** Deletes a location no stock move ever named, other than a default location. NOT_FOUND for an unknown id. */
  deleteStockLocation: DeleteStockLocationPayload;
  /** Deletes a tax rate no document uses. NOT_FOUND for an unknown id. */
  deleteTaxRate: DeleteTaxRatePayload;
  /** Deletes a warehouse no stock move ever named (else WAREHOUSE_IN_USE: deactivate it instead). NOT_FOUND for an unknown id. */
  deleteWarehouse: DeleteWarehousePayload;
  /** Records goods leaving a location, valued at the product's average cost. Refused (INSUFFICIENT_STOCK) past what is on hand unless the warehouse allows negative stock. */
  deliverStock: StockMovePayload;
  /** Turns MFA off, proven by a current code or a recovery code (which is then spent). */
  disableMfa: DisableMfaPayload;
  /**
   * Invites an e-mail address into the current tenant with a role. Returns the one-time invitation token
   * exactly once (only its hash is stored), to be delivered to the invitee out of band; a newer invitation
   * for the same address replaces a pending one. Granting a role requires holding all of its permissions.
   */
  inviteMember: InviteMemberPayload;
  /** Logs an activity about a record of the tenant. */
  logActivity: ActivityPayload;
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
  /** Moves a deal to its pipeline's LOST stage with a reason of the catalogue. Emits `crm.deal.lost`. */
  markDealLost: DealPayload;
  /** Moves a deal to its pipeline's WON stage (last). Emits `crm.deal.won`. */
  markDealWon: DealPayload;
  /**
   * Merges companies into one, in one transaction: people, deals, activities and everything else that
   * points at the merged companies move to the survivor (erp moves their invoices on the
   * `crm.company.merged` event), empty fields are filled from them, tags joined, and they are deleted.
   */
  mergeCompanies: MergeCompaniesPayload;
  /** Merges people into one, like mergeCompanies; e-mails, phones and tags are joined. */
  mergePeople: MergePeoplePayload;
  /**
   * Moves a deal within or between the stages of its pipeline, keeping every stage's positions
   * 0..n-1; a stage change is recorded in the history. Emits `crm.deal.moved` (and `crm.deal.won` when
   * it enters the WON stage). An unknown deal is NOT_FOUND.
   */
  moveDeal: DealPayload;
  /**
   * Moves a DRAFT invoice to POSTED, stamps `issuedAt` and books its journal entry dated the invoice date,
   * in one transaction (a locked period refuses it with PERIOD_LOCKED, nothing written). Posted invoices
   * change only by payments and credit notes (the database refuses anything else). An id that matches no
   * invoice of the tenant is a NOT_FOUND error.
   */
  postInvoice: PostInvoicePayload;
  /** Posts a draft entry. NOT_FOUND for an unknown id. */
  postJournalEntry: JournalEntryPayload;
  /**
   * Rebuilds the current tenant's read models from analytics' journal of the events it received (after
   * a fix to how events are read, say). KPIs show the old figures until it commits.
   */
  rebuildAnalytics: RebuildAnalyticsPayload;
  /**
   * Receives goods of a confirmed order: one RECEIPT stock move per line given, at the line's unit cost,
   * into its destination (each booking Dr inventory, Cr goods received not billed), in one transaction;
   * announces `erp.purchase.received`. Concurrent receipts of one order queue on it and can never
   * over-receive. Unknown order: NOT_FOUND.
   */
  receivePurchaseOrder: ReceivePurchaseOrderPayload;
  /** Records goods received into a location at a unit cost; the product's average cost follows. */
  receiveStock: StockMovePayload;
  /**
   * Records a payment of a posted invoice, full or partial, with its journal entry, in one transaction:
   * the invoice becomes PARTIALLY_PAID, or PAID when nothing is left. Concurrent payments of one invoice
   * queue on it and can never pay more than its total. An unknown invoice id is NOT_FOUND.
   */
  recordPayment: RecordPaymentPayload;
  /**
   * Exchanges a refresh token for a new access token and a new refresh token (rotation: the presented
   * token stops working). Presenting a refresh token that was already rotated is treated as theft: the
   * whole family of tokens descending from that sign-in is revoked, including the newest one, and the
   * userError REFRESH_TOKEN_REUSED is returned.
   */
  refreshSession: RefreshSessionPayload;
  /** Refuses a requested leave. NOT_FOUND for an unknown id. */
  refuseLeaveRequest: LeaveRequestPayload;
  /**
   * Replaces every recovery code with ten new ones (returned once), proven by a current code or a
   * recovery code.
   */
  regenerateRecoveryCodes: MfaRecoveryCodesPayload;
  /** Takes a person off a deal. */
  removeDealPerson: DealPersonPayload;
  /** Puts a pipeline's stages in a new order. An unknown pipeline is NOT_FOUND. */
  reorderStages: PipelinePayload;
  /**
   * Files a leave request. Refused when it overlaps another requested or approved leave of the
   * employee, or (for a type that needs an allocation) exceeds what remains: allocated − approved − pending.
   */
  requestLeave: LeaveRequestPayload;
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
  /** Reverses a posted entry with a new posted entry of swapped sides, linked to it. NOT_FOUND for an unknown id. */
  reverseJournalEntry: JournalEntryPayload;
  /**
   * Records the reversal of a move (same product and quantity, the other way round, the mirror value).
   * A move is reversed at most once; reversing an adjustment also needs `erp.stock:adjust`. NOT_FOUND
   * for an id that names no move of the tenant.
   */
  reverseStockMove: StockMovePayload;
  /**
   * Revokes a key of the current tenant: the partner graph refuses it from the next request on
   * (`API_KEY_REVOKED`). NOT_FOUND error for an id that is no key of the tenant.
   */
  revokeApiKey: RevokeApiKeyPayload;
  /** Moves the lock date forwards (closing periods) or backwards (reopening them); every move is recorded. */
  setLockDate: SetLockDatePayload;
  /** Creates or replaces the reorder rule of a product for a warehouse. */
  setReorderRule: ReorderRulePayload;
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
  /** Moves goods between two locations; the stock value is unchanged. */
  transferStock: StockMovePayload;
  /** Renames, re-parents, deactivates or reactivates an account (code and type only while unused). NOT_FOUND for an unknown id. */
  updateAccount: AccountPayload;
  /**
   * Changes a company's details (only the fields given). An id that matches no company of the current tenant is a
   * NOT_FOUND error (not a userError): the caller asked for something that does not exist.
   */
  updateCompany: UpdateCompanyPayload;
  /** Changes a dashboard; an unknown id is NOT_FOUND. */
  updateDashboard: DashboardPayload;
  /** Changes a deal's details (not its stage: see `moveDeal`). An unknown deal is NOT_FOUND. */
  updateDeal: DealPayload;
  /** Renames a department, moves it in the tree or changes its manager. NOT_FOUND for an unknown id. */
  updateDepartment: DepartmentPayload;
  /** Changes an employee. NOT_FOUND for an unknown id. */
  updateEmployee: EmployeePayload;
  /**
   * Changes a DRAFT invoice (a posted one is refused with INVOICE_POSTED; the database refuses it too).
   * An id that matches no invoice of the tenant is a NOT_FOUND error.
   */
  updateInvoice: UpdateInvoicePayload;
  /** Changes a lead. An id that matches no lead of the tenant is NOT_FOUND. */
  updateLead: LeadPayload;
  /** Changes an allocation's days or note. NOT_FOUND for an unknown id. */
  updateLeaveAllocation: LeaveAllocationPayload;
  /** Renames a leave type or changes whether it needs an allocation. NOT_FOUND for an unknown id. */
  updateLeaveType: LeaveTypePayload;
  /** Changes a person's details (only the fields given). An unknown id is a NOT_FOUND error. */
  updatePerson: UpdatePersonPayload;
  /** Renames a pipeline, edits stages and appends new ones. An unknown pipeline is NOT_FOUND. */
  updatePipeline: PipelinePayload;
  /** Changes a product's fields. NOT_FOUND for an id that matches no product of the tenant. */
  updateProduct: ProductPayload;
  /** Changes a DRAFT (PURCHASE_ORDER_NOT_DRAFT past it; the database refuses it too). Unknown id: NOT_FOUND. */
  updatePurchaseOrder: PurchaseOrderPayload;
  /** Changes a location. NOT_FOUND for an id that matches no location of the tenant. */
  updateStockLocation: StockLocationPayload;
  /** Changes a tax rate. NOT_FOUND for an unknown id. */
  updateTaxRate: TaxRatePayload;
  /** Changes a warehouse. NOT_FOUND for an id that matches no warehouse of the tenant. */
  updateWarehouse: WarehousePayload;
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


export type MutationAddDealPersonArgs = {
  input: DealPersonInput;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationApproveLeaveRequestArgs = {
  input: LeaveDecisionInput;
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationCancelLeaveRequestArgs = {
  input: LeaveDecisionInput;
};


export type MutationCancelPurchaseOrderArgs = {
  input: PurchaseOrderIdInput;
};


export type MutationCompleteMfaLoginArgs = {
  input: CompleteMfaLoginInput;
};


export type MutationCompleteOidcLoginArgs = {
  input: CompleteOidcLoginInput;
};


export type MutationCompleteTaskArgs = {
  input: CompleteTaskInput;
};


export type MutationConfirmMfaEnrolmentArgs = {
  input: ConfirmMfaEnrolmentInput;
};


export type MutationConfirmPurchaseOrderArgs = {
  input: PurchaseOrderIdInput;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateCreditNoteArgs = {
  input: CreateCreditNoteInput;
};


export type MutationCreateDashboardArgs = {
  input: CreateDashboardInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


export type MutationCreateEmployeeArgs = {
  input: CreateEmployeeInput;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationCreateJournalEntryArgs = {
  input: CreateJournalEntryInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreateLeaveAllocationArgs = {
  input: CreateLeaveAllocationInput;
};


export type MutationCreateLeaveTypeArgs = {
  input: CreateLeaveTypeInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePipelineArgs = {
  input: CreatePipelineInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateStockLocationArgs = {
  input: CreateStockLocationInput;
};


export type MutationCreateSupplierBillArgs = {
  input: CreateSupplierBillInput;
};


export type MutationCreateTaxRateArgs = {
  input: CreateTaxRateInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationDeleteDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteDepartmentArgs = {
  input: DeleteDepartmentInput;
};


export type MutationDeleteJournalEntryArgs = {
  input: JournalEntryIdInput;
};


export type MutationDeletePersonArgs = {
  input: DeletePersonInput;
};


export type MutationDeleteReorderRuleArgs = {
  input: DeleteReorderRuleInput;
};


export type MutationDeleteStockLocationArgs = {
  input: DeleteStockLocationInput;
};


export type MutationDeleteTaxRateArgs = {
  input: DeleteTaxRateInput;
};


export type MutationDeleteWarehouseArgs = {
  input: DeleteWarehouseInput;
};


export type MutationDeliverStockArgs = {
  input: DeliverStockInput;
};


export type MutationDisableMfaArgs = {
  input: MfaProofInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  input: LogoutInput;
};


export type MutationMarkDealLostArgs = {
  input: MarkDealLostInput;
};


export type MutationMarkDealWonArgs = {
  input: MarkDealWonInput;
};


export type MutationMergeCompaniesArgs = {
  input: MergeInput;
};


export type MutationMergePeopleArgs = {
  input: MergeInput;
};


export type MutationMoveDealArgs = {
  input: MoveDealInput;
};


export type MutationPostInvoiceArgs = {
  input: PostInvoiceInput;
};


export type MutationPostJournalEntryArgs = {
  input: JournalEntryIdInput;
};


export type MutationReceivePurchaseOrderArgs = {
  input: ReceivePurchaseOrderInput;
};


export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


export type MutationRecordPaymentArgs = {
  input: RecordPaymentInput;
};


export type MutationRefreshSessionArgs = {
  input: RefreshSessionInput;
};


export type MutationRefuseLeaveRequestArgs = {
  input: LeaveDecisionInput;
};


export type MutationRegenerateRecoveryCodesArgs = {
  input: MfaProofInput;
};


export type MutationRemoveDealPersonArgs = {
  input: DealPersonInput;
};


export type MutationReorderStagesArgs = {
  input: ReorderStagesInput;
};


export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationReverseJournalEntryArgs = {
  input: ReverseJournalEntryInput;
};


export type MutationReverseStockMoveArgs = {
  input: ReverseStockMoveInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationSetLockDateArgs = {
  input: SetLockDateInput;
};


export type MutationSetReorderRuleArgs = {
  input: SetReorderRuleInput;
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


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateCompanyArgs = {
  input: UpdateCompanyInput;
};


export type MutationUpdateDashboardArgs = {
  input: UpdateDashboardInput;
};


export type MutationUpdateDealArgs = {
  input: UpdateDealInput;
};


export type MutationUpdateDepartmentArgs = {
  input: UpdateDepartmentInput;
};


export type MutationUpdateEmployeeArgs = {
  input: UpdateEmployeeInput;
};


export type MutationUpdateInvoiceArgs = {
  input: UpdateInvoiceInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdateLeaveAllocationArgs = {
  input: UpdateLeaveAllocationInput;
};


export type MutationUpdateLeaveTypeArgs = {
  input: UpdateLeaveTypeInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdatePipelineArgs = {
  input: UpdatePipelineInput;
};


export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


export type MutationUpdatePurchaseOrderArgs = {
  input: UpdatePurchaseOrderInput;
};


export type MutationUpdateStockLocationArgs = {
  input: UpdateStockLocationInput;
};


export type MutationUpdateTaxRateArgs = {
  input: UpdateTaxRateInput;
};


export type MutationUpdateWarehouseArgs = {
  input: UpdateWarehouseInput;
};


export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};

/** A new OPEN stage appended to a pipeline (reorder it with `reorderStages`). */
export type NewPipelineStageInput = {
  /** Name, 1–100 characters after trimming, unique within the pipeline. */
  name: Scalars['String']['input'];
  /** Chance (0–100) that a deal in this stage is won. */
  winProbability: Scalars['Int']['input'];
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

/** A payment received for an invoice. Never changed or deleted (the database refuses it). */
export type Payment = {
  __typename?: 'Payment';
  /** What was received, in the invoice's currency. */
  amount: Money;
  /** When it was recorded (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** When it was received, `YYYY-MM-DD` (the journal entry's date). */
  date: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The invoice it pays. */
  invoice: Invoice;
  /** The entry that booked it (Dr bank or cash, Cr receivable); null for a role without `erp.journal:read`. */
  journalEntry?: Maybe<JournalEntry>;
  /** How it was received. */
  method: PaymentMethod;
  /** The bank's or the customer's reference, if given. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** How a payment reached the tenant. CASH is booked to the cash account, every other method to the bank account. */
export type PaymentMethod =
  /** A bank transfer (the default). */
  | 'BANK_TRANSFER'
  /** A card payment. */
  | 'CARD'
  /** Cash. */
  | 'CASH'
  /** A cheque. */
  | 'CHECK'
  /** Anything else. */
  | 'OTHER';

/** When an invoice falls due, counted from its invoice date. */
export type PaymentTerms =
  /** Due `paymentTermDays` days after the invoice date (any other count, 0–365). */
  | 'CUSTOM'
  /** Due on the invoice date. */
  | 'IMMEDIATE'
  /** Due 15 days after the invoice date. */
  | 'NET_15'
  /** Due 30 days after the invoice date. */
  | 'NET_30'
  /** Due 60 days after the invoice date. */
  | 'NET_60';

/**
 * A contact of the tenant's CRM: someone the team talks to, usually at a company. An entity other
 * subgraphs may reference by id. Its data fields need `crm.person:read`; its `id` needs only a tenant.
 */
export type Person = {
  __typename?: 'Person';
  /** The company the person works for; null when none. */
  company?: Maybe<Company>;
  /** When the person was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** E-mail addresses, lower-cased; the first is the primary one. Each belongs to one person of the tenant. */
  emails: Array<Scalars['String']['output']>;
  /** Given name, 1–100 characters, trimmed. */
  firstName: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Job title, up to 200 characters. */
  jobTitle?: Maybe<Scalars['String']['output']>;
  /** Family name, up to 100 characters; null when none was given. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Full name: first name, then last name. */
  name: Scalars['String']['output'];
  /** The member responsible for the person: whoever created it. Resolved by the identity subgraph. */
  owner?: Maybe<User>;
  /** Phone numbers in E.164 form (`+33612345678`). */
  phones: Array<Scalars['String']['output']>;
  /** The primary (first) e-mail address; null when there is none. */
  primaryEmail?: Maybe<Scalars['String']['output']>;
  /** Labels: lower-case, unique, at most 20 of up to 40 characters each. */
  tags: Array<Scalars['String']['output']>;
  /** What happened with this person, newest first. `first` is 1–100 (default 20). */
  timeline: ActivityConnection;
  /** When the person was last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};


/**
 * A contact of the tenant's CRM: someone the team talks to, usually at a company. An entity other
 * subgraphs may reference by id. Its data fields need `crm.person:read`; its `id` needs only a tenant.
 */
export type PersonTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people, in the order the list asked for (then by id). */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page. */
  edges: Array<PersonEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many people match the list's search and filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One person in a `PersonConnection` page. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor of this person; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Narrows `people`; all given conditions must hold. */
export type PersonFilter = {
  /** Only people of this company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only people owned by this user. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only people carrying this tag (case-insensitive). */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** The order of `people`. A cursor works only with the order it was returned for. */
export type PersonOrder = {
  /** The direction (default ASC). */
  direction?: InputMaybe<SortDirection>;
  /** The field to sort by. */
  field: PersonOrderField;
};

/** What `people` can be sorted by; ties are broken by id, in the same direction. */
export type PersonOrderField =
  /** Creation time. */
  | 'CREATED_AT'
  /** Full name, case-insensitively. */
  | 'NAME'
  /** Time of the last change. */
  | 'UPDATED_AT';

/**
 * A sales process: ordered stages a deal goes through. Every tenant starts with the default pipeline
 * "Sales" (Lead in, Qualified, Proposal, Negotiation, Won, Lost). Reading needs `crm.deal:read`.
 */
export type Pipeline = {
  __typename?: 'Pipeline';
  /** When the pipeline was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Whether this is the tenant's default pipeline (where deals go when no stage is named). */
  isDefault: Scalars['Boolean']['output'];
  /** Name, 1–100 characters, unique within the tenant (case-insensitively). */
  name: Scalars['String']['output'];
  /** The stages in board order (left to right). */
  stages: Array<PipelineStage>;
  /** When the pipeline or its stages last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A pipeline as a kanban board. */
export type PipelineBoard = {
  __typename?: 'PipelineBoard';
  /** The pipeline. */
  pipeline: Pipeline;
  /** Its stages in order, each with its deals. */
  stages: Array<PipelineBoardStage>;
};

/** One column of `pipelineBoard`. */
export type PipelineBoardStage = {
  __typename?: 'PipelineBoardStage';
  /** How many deals the stage holds in all. */
  dealCount: Scalars['Int']['output'];
  /** Its first deals by position (at most `dealsPerStage`). */
  deals: Array<Deal>;
  /** Whether the stage holds more deals than `deals` shows. */
  hasMoreDeals: Scalars['Boolean']['output'];
  /** The stage. */
  stage: PipelineStage;
  /** Sum of the amounts of all its deals, one entry per currency (deals without amount are left out). */
  totals: Array<Money>;
};

/** Result of `createPipeline`, `updatePipeline` and `reorderStages`. */
export type PipelinePayload = {
  __typename?: 'PipelinePayload';
  /** The pipeline after the change; null when `userErrors` is not empty. */
  pipeline?: Maybe<Pipeline>;
  /**
   * Why nothing was written (codes: NAME_REQUIRED, NAME_TOO_LONG, PIPELINE_NAME_TAKEN, STAGE_NAME_TAKEN,
   * WIN_PROBABILITY_INVALID, TOO_MANY_STAGES, OPEN_STAGE_REQUIRED, WON_STAGE_REQUIRED, LOST_STAGE_REQUIRED,
   * STAGE_NOT_FOUND, STAGE_REPEATED, STAGES_MISMATCH).
   */
  userErrors: Array<UserError>;
};

/** One column of a pipeline. */
export type PipelineStage = {
  __typename?: 'PipelineStage';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** OPEN, WON or LOST. */
  kind: PipelineStageKind;
  /** Name, 1–100 characters, unique within its pipeline. */
  name: Scalars['String']['output'];
  /** The pipeline the stage belongs to. */
  pipeline: Pipeline;
  /** 0-based place in the pipeline's order. */
  position: Scalars['Int']['output'];
  /** Chance (0–100, percent) that a deal in this stage is won. */
  winProbability: Scalars['Int']['output'];
};

/** One stage of a new pipeline. */
export type PipelineStageInput = {
  /** OPEN by default; a pipeline needs at least one OPEN, exactly one WON and exactly one LOST stage. */
  kind?: InputMaybe<PipelineStageKind>;
  /** Name, 1–100 characters after trimming, unique within the pipeline. */
  name: Scalars['String']['input'];
  /** Chance (0–100) that a deal in this stage is won. */
  winProbability: Scalars['Int']['input'];
};

/** What a stage means for the deals in it: still open, won, or lost. */
export type PipelineStageKind =
  /** Deals lost; a pipeline has exactly one such stage. */
  | 'LOST'
  /** Deals in progress. */
  | 'OPEN'
  /** Deals won; a pipeline has exactly one such stage. */
  | 'WON';

/** Input of `postInvoice`. */
export type PostInvoiceInput = {
  /** The draft invoice to post. */
  id: Scalars['ID']['input'];
};

/** Result of `postInvoice`. */
export type PostInvoicePayload = {
  __typename?: 'PostInvoicePayload';
  /** The posted invoice; null when `userErrors` is not empty. */
  invoice?: Maybe<Invoice>;
  /** Why the invoice was not posted (codes: ALREADY_POSTED, PERIOD_LOCKED, ACCOUNT_INACTIVE). */
  userErrors: Array<UserError>;
};

/** A postal address. Every part is optional; `country` is an ISO 3166-1 alpha-2 code. */
export type PostalAddress = {
  __typename?: 'PostalAddress';
  /** City, up to 100 characters. */
  city?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 country code, upper-case (e.g. `FR`). */
  country?: Maybe<Scalars['String']['output']>;
  /** Postal or ZIP code, up to 20 characters. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** State, province or region, up to 100 characters. */
  region?: Maybe<Scalars['String']['output']>;
  /** Street and number, up to 200 characters. */
  street?: Maybe<Scalars['String']['output']>;
};

/**
 * A postal address to store. Parts are trimmed; blank parts are none; `country` is case-insensitive
 * and must be an ISO 3166-1 alpha-2 code. An address whose parts are all blank removes the address.
 */
export type PostalAddressInput = {
  /** City, up to 100 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 country code (e.g. `fr` or `FR`). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Postal or ZIP code, up to 20 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** State, province or region, up to 100 characters. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Street and number, up to 200 characters. */
  street?: InputMaybe<Scalars['String']['input']>;
};

/** A product of erp (owned by erp); analytics only names it. */
export type Product = {
  __typename?: 'Product';
  /** Whether it can still be received; inactive products keep their stock and history. */
  active: Scalars['Boolean']['output'];
  /**
   * The moving average cost of one unit (stock value ÷ quantity on hand), rounded half away from zero
   * to the currency's digits; while nothing is on hand, the last average known; null before the first
   * receipt. Null, with a FORBIDDEN error at its path, without `erp.valuation:read`.
   */
  averageCost?: Maybe<Money>;
  /** The standard purchase cost of one unit (what stock is valued at before its first receipt). */
  costPrice: Money;
  /** When the product was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** ISO 4217 currency of its cost price, sale price, receipts and valuation. Fixed once a stock move names it. */
  currency: Scalars['String']['output'];
  /** Free text, up to 2,000 characters; null when there is none. */
  description?: Maybe<Scalars['String']['output']>;
  /** The product's id, as issued by erp. */
  id: Scalars['ID']['output'];
  /** Display name, 1–200 characters. */
  name: Scalars['String']['output'];
  /**
   * Quantity on hand, in total and per location, optionally only in one warehouse. Null, with a
   * FORBIDDEN error at its path, without `erp.stock:read`.
   */
  onHand?: Maybe<StockOnHand>;
  /** The product's reorder rules, by warehouse code. Null, with a FORBIDDEN error at its path, without `erp.stock:read`. */
  reorderRules?: Maybe<Array<ReorderRule>>;
  /** The price one unit sells for. */
  salePrice: Money;
  /** Stock keeping unit as entered (trimmed), unique in the tenant whatever its case, e.g. `CHAIR-01`. */
  sku: Scalars['String']['output'];
  /** What the product's stock is worth now. Null, with a FORBIDDEN error at its path, without `erp.valuation:read`. */
  stockValue?: Maybe<Money>;
  /**
   * Unit its quantities are counted in: one of `unit`, `dozen`, `box`, `kg`, `g`, `t`, `l`, `ml`, `m`,
   * `cm`, `m2`, `m3`, `h`, `day`. Fixed once a stock move names the product.
   */
  unit: Scalars['String']['output'];
  /** When the product's own fields last changed (ISO-8601, UTC); stock moves do not change it. */
  updatedAt: Scalars['String']['output'];
};


/** A product of erp (owned by erp); analytics only names it. */
export type ProductOnHandArgs = {
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The products of this page. */
  edges: Array<ProductEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many products match the list's search and filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One product in a `ProductConnection` page. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque cursor of this product; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Narrows `products`; omitted fields do not filter. */
export type ProductFilter = {
  /** Only active (true) or inactive (false) products. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only products counted in this unit (e.g. `kg`). */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** How `products` is sorted; ties are broken by id. */
export type ProductOrder =
  /** Name, case-insensitively, A to Z. */
  | 'NAME'
  /** Newest first. */
  | 'NEWEST'
  /** SKU, case-insensitively, A to Z (the default). */
  | 'SKU';

/** Result of `createProduct` and `updateProduct`. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** The product as stored; null when `userErrors` is not empty. */
  product?: Maybe<Product>;
  /**
   * Why nothing was written (codes: SKU_INVALID, DUPLICATE_SKU, NAME_REQUIRED, NAME_TOO_LONG,
   * DESCRIPTION_TOO_LONG, UNIT_INVALID, UNIT_LOCKED, CURRENCY_INVALID, CURRENCY_LOCKED,
   * COST_PRICE_INVALID, SALE_PRICE_INVALID).
   */
  userErrors: Array<UserError>;
};

/** One product's stock and what it is worth, from erp's stock moves. */
export type ProductStockValue = {
  __typename?: 'ProductStockValue';
  /** The product (its other fields come from erp). */
  product: Product;
  /** Quantity on hand over every location, a decimal string ("7", "1.5"). */
  quantity: Scalars['String']['output'];
  /** Its SKU as of its latest move. */
  sku?: Maybe<Scalars['String']['output']>;
  /** What that stock is worth, in the product's currency. */
  value: Money;
};

/** One product's stock and its value. */
export type ProductValuation = {
  __typename?: 'ProductValuation';
  /** value ÷ quantity, rounded half away from zero to the currency's digits; null when nothing is on hand. */
  averageCost?: Maybe<Money>;
  /** The product. */
  product: Product;
  /** Quantity on hand over every location, a decimal string. */
  quantity: Scalars['String']['output'];
  /** What that stock is worth, in the product's currency. */
  value: Money;
};

/** A page of product valuations, by SKU. */
export type ProductValuationConnection = {
  __typename?: 'ProductValuationConnection';
  /** The products of this page. */
  edges: Array<ProductValuationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many products have stock or value, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One product in a `ProductValuationConnection` page. */
export type ProductValuationEdge = {
  __typename?: 'ProductValuationEdge';
  /** Opaque cursor of this product; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The product's valuation. */
  node: ProductValuation;
};

/** An order of goods from a supplier (a crm company), received into stock and billed line by line. */
export type PurchaseOrder = {
  __typename?: 'PurchaseOrder';
  /** The supplier bills recorded against it, in number order. */
  bills: Array<SupplierBill>;
  /** When it was cancelled (ISO-8601, UTC). */
  cancelledAt?: Maybe<Scalars['String']['output']>;
  /** When it was confirmed (ISO-8601, UTC); null for a draft or an order cancelled as a draft. */
  confirmedAt?: Maybe<Scalars['String']['output']>;
  /** When it was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** ISO 4217 currency of every amount on the order (its products are valued in it). */
  currency: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The lines, in the order they were given. */
  lines: Array<PurchaseOrderLine>;
  /** Free notes for the supplier or the buyer. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Per-tenant sequential number, e.g. `PO-000001`; allocated gap-free at creation. */
  number: Scalars['String']['output'];
  /** The order date, `YYYY-MM-DD`. */
  orderDate: Scalars['String']['output'];
  /** DRAFT, CONFIRMED, PARTIALLY_RECEIVED, RECEIVED or CANCELLED. */
  status: PurchaseOrderStatus;
  /** Sum of the lines' net amounts. */
  subtotal: Money;
  /** The supplier: a company of erp's replica of crm. */
  supplier: Company;
  /** Sum of the lines' taxes (each rounded per line). */
  taxTotal: Money;
  /** subtotal + taxTotal. */
  total: Money;
};

/** A page of purchase orders, newest (highest number) first. */
export type PurchaseOrderConnection = {
  __typename?: 'PurchaseOrderConnection';
  /** The purchase orders of this page. */
  edges: Array<PurchaseOrderEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many purchase orders match the list's filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One purchase order in a `PurchaseOrderConnection` page. */
export type PurchaseOrderEdge = {
  __typename?: 'PurchaseOrderEdge';
  /** Opaque cursor of this order; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The purchase order. */
  node: PurchaseOrder;
};

/** Input of `confirmPurchaseOrder` and `cancelPurchaseOrder`. */
export type PurchaseOrderIdInput = {
  /** The purchase order. */
  id: Scalars['ID']['input'];
};

/** One product ordered on a purchase order. */
export type PurchaseOrderLine = {
  __typename?: 'PurchaseOrderLine';
  /** quantity × unitCost, rounded half-up to the currency's fraction digits. */
  amount: Money;
  /** How many of those suppliers have billed (never more than `receivedQuantity`). */
  billedQuantity: Scalars['String']['output'];
  /** A note for the line. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID): receipts and bills name it. */
  id: Scalars['ID']['output'];
  /** Where the goods go when received. Null, with a FORBIDDEN error at its path, without `erp.stock:read`. */
  location?: Maybe<StockLocation>;
  /** The product ordered. Null, with a FORBIDDEN error at its path, for a role without `erp.product:read`. */
  product?: Maybe<Product>;
  /** How many were ordered, a decimal string (e.g. `"1.5"`). */
  quantity: Scalars['String']['output'];
  /** How many have been received so far (never more than `quantity`). */
  receivedQuantity: Scalars['String']['output'];
  /** The line's input tax, rounded half-up per line. */
  tax: Money;
  /** The tax rate's percentage (e.g. `"20"`), copied when the line was written; null when untaxed. */
  taxRate?: Maybe<Scalars['String']['output']>;
  /** The agreed cost of one unit, before tax: what a receipt values the goods at. */
  unitCost: Money;
};

/** One line of `createPurchaseOrder` / `updatePurchaseOrder`. */
export type PurchaseOrderLineInput = {
  /** A note for the line, up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where the goods go: a stock location. Give this or `warehouseId`. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** An active product of the tenant valued in the order's currency (else CURRENCY_MISMATCH). */
  productId: Scalars['ID']['input'];
  /** Decimal string greater than 0 with up to 3 fraction digits (NEGATIVE_QUANTITY, QUANTITY_INVALID). */
  quantity: Scalars['String']['input'];
  /** An active, exclusive tax rate of the tenant (purchase costs are net); untaxed when omitted. */
  taxRateId?: InputMaybe<Scalars['ID']['input']>;
  /** Cost of one unit before tax: a decimal string, 0 or more, in the currency's fraction digits. */
  unitCost: Scalars['String']['input'];
  /** Where the goods go: a warehouse's default location. Give this or `locationId`. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of `createPurchaseOrder`, `updatePurchaseOrder`, `confirmPurchaseOrder` and `cancelPurchaseOrder`. */
export type PurchaseOrderPayload = {
  __typename?: 'PurchaseOrderPayload';
  /** The purchase order; null when `userErrors` is not empty (then nothing was written). */
  purchaseOrder?: Maybe<PurchaseOrder>;
  /**
   * Why nothing was written (codes: SUPPLIER_UNKNOWN, SUPPLIER_MERGED, LINES_REQUIRED, TOO_MANY_LINES,
   * ID_INVALID, PRODUCT_NOT_FOUND, PRODUCT_INACTIVE, CURRENCY_MISMATCH, CURRENCY_INVALID, DATE_INVALID,
   * NEGATIVE_QUANTITY, QUANTITY_INVALID, UNIT_COST_INVALID, AMOUNT_TOO_LARGE, DESTINATION_REQUIRED,
   * LOCATION_NOT_FOUND, WAREHOUSE_NOT_FOUND, LOCATION_INACTIVE, TAX_RATE_UNKNOWN, TAX_RATE_INACTIVE,
   * TAX_RATE_INCLUSIVE, NOTES_TOO_LONG, DESCRIPTION_TOO_LONG, PURCHASE_ORDER_NOT_DRAFT, ALREADY_CANCELLED,
   * PURCHASE_ORDER_RECEIVED).
   */
  userErrors: Array<UserError>;
};

/** Lifecycle of a purchase order: DRAFT → CONFIRMED → PARTIALLY_RECEIVED → RECEIVED, or CANCELLED. */
export type PurchaseOrderStatus =
  /** Cancelled as a draft or before anything was received. */
  | 'CANCELLED'
  /** Sent to the supplier; what was ordered is fixed, nothing received yet. */
  | 'CONFIRMED'
  /** Being prepared: the only state in which it can be edited. */
  | 'DRAFT'
  /** Some goods arrived, some are still expected. */
  | 'PARTIALLY_RECEIVED'
  /** Every line received in full. */
  | 'RECEIVED';

/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type Query = {
  __typename?: 'Query';
  /** An account of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  account?: Maybe<Account>;
  /**
   * An account's balance as of `asOf` (today in UTC when omitted): debits minus credits of its posted
   * lines, one amount per currency, ordered by code; empty when nothing is posted to it.
   */
  accountBalance: Array<Money>;
  /** The tenant's account holding `role`, e.g. the receivables account. */
  accountForRole?: Maybe<Account>;
  /**
   * The tenant's chart of accounts in code order, optionally only one `type`, only active or inactive
   * accounts, or those whose code or name contains `search`. `first` is 1–100 (default 20).
   */
  accounts: AccountConnection;
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
   * The current tenant's companies, by default ordered by name, then id. `first` is 1–100 (default 20);
   * `after` is a cursor from this list in the same order; `search` (up to 200 characters) matches a
   * case-insensitive substring of the name or the domain; `filter` narrows by industry, tag or owner.
   */
  companies: CompanyConnection;
  /** A company of the current tenant by id; null when there is none (or it belongs to another tenant). A malformed id is BAD_USER_INPUT. */
  company?: Maybe<Company>;
  /** A dashboard of the current tenant; null when there is none. */
  dashboard?: Maybe<Dashboard>;
  /** The current tenant's dashboards by name. `first` is 1–100 (default 20). */
  dashboards: DashboardConnection;
  /** A deal of the current tenant; null when there is none (or it belongs to another tenant). */
  deal?: Maybe<Deal>;
  /**
   * The current tenant's deals. `first` is 1–100 (default 20); `search` matches a case-insensitive
   * substring of the title; `filter` narrows; `orderBy` defaults to newest first.
   */
  deals: DealConnection;
  /** A department of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  department?: Maybe<Department>;
  /** The tenant's departments by name, optionally those whose name contains `search`. `first` is 1–100 (default 20). */
  departments: DepartmentConnection;
  /** Pairs of companies or people that are probably the same, most alike first (`first` 1–100, default 20). */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** An employee of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  employee?: Maybe<Employee>;
  /**
   * The tenant's employees by name (case-insensitive), optionally those whose name contains `search`,
   * of one department, or only active or inactive ones. `first` is 1–100 (default 20).
   */
  employees: EmployeeConnection;
  /**
   * An account's posted lines from `from` to `to` (inclusive, `YYYY-MM-DD`) with running balances,
   * optionally of one currency. `first` is 1–100 (default 20). An account of no tenant of the caller
   * is NOT_FOUND.
   */
  generalLedger: GeneralLedgerConnection;
  /** An import job of the current tenant; null when there is none, or the caller may not read its entity. */
  importJob?: Maybe<ImportJob>;
  /** The current tenant's import jobs the caller may see, newest first. `first` is 1–100 (default 20). */
  importJobs: ImportJobConnection;
  /** An invoice of the current tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  invoice?: Maybe<Invoice>;
  /** The current tenant's invoices, newest first, optionally only those with `status`. `first` is 1–100 (default 20). */
  invoices: InvoiceConnection;
  /**
   * The tenant's journal entries, latest accounting date first, optionally of one journal or status,
   * dated from `from` to `to` (inclusive, `YYYY-MM-DD`). `first` is 1–100 (default 20).
   */
  journalEntries: JournalEntryConnection;
  /** A journal entry of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  journalEntry?: Maybe<JournalEntry>;
  /** The tenant's journals: SALES, PURCHASE, BANK and GENERAL. */
  journals: Array<Journal>;
  /** A lead of the current tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  lead?: Maybe<Lead>;
  /**
   * The current tenant's leads. `first` is 1–100 (default 20); `search` matches a case-insensitive
   * substring of the name, company name or e-mail; `filter` narrows; `orderBy` defaults to newest first.
   */
  leads: LeadConnection;
  /** Allocations, latest validity first, optionally of one employee and/or leave type. */
  leaveAllocations: LeaveAllocationConnection;
  /**
   * What an employee has left of a leave type on `on` (an ISO date; default today, UTC). Null when the
   * employee or the leave type is not the tenant's.
   */
  leaveBalance?: Maybe<LeaveBalance>;
  /** A leave request of the tenant by id; null when there is none. */
  leaveRequest?: Maybe<LeaveRequest>;
  /** Leave requests, latest start first, optionally of one employee or in one status. */
  leaveRequests: LeaveRequestConnection;
  /** A leave type of the tenant by id; null when there is none. */
  leaveType?: Maybe<LeaveType>;
  /** The tenant's leave types by name. `first` is 1–100 (default 20). */
  leaveTypes: LeaveTypeConnection;
  /** The tenant's lock date and its history. */
  ledgerLock: LedgerLock;
  /** The tenant's catalogue of lost reasons, in display order. */
  lostReasons: Array<LostReason>;
  /**
   * The signed-in user in their current tenant: role, effective permissions and all their memberships.
   * Null when the caller is no longer a member of the token's tenant.
   */
  me?: Maybe<Viewer>;
  /** Members of the current tenant, oldest first. */
  members: MembershipConnection;
  /**
   * A KPI of the current tenant. `from`/`to` are ISO dates (inclusive, UTC); by default the last 12
   * months for MONTH, 12 weeks for WEEK, 31 days for DAY. At most 400 periods.
   */
  metric: Metric;
  /**
   * The caller's tasks, soonest due first and undated ones last: open ones, or completed ones with
   * `done: true`.
   */
  myTasks: ActivityConnection;
  /**
   * The current tenant's people, by default ordered by name, then id. `first` is 1–100 (default 20);
   * `after` is a cursor from this list in the same order; `search` (up to 200 characters) matches a
   * case-insensitive substring of the full name or of any e-mail address; `filter` narrows by company,
   * owner or tag.
   */
  people: PersonConnection;
  /** A person of the current tenant by id; null when there is none (or it belongs to another tenant). A malformed id is BAD_USER_INPUT. */
  person?: Maybe<Person>;
  /** A pipeline of the current tenant; null when there is none (or it belongs to another tenant). */
  pipeline?: Maybe<Pipeline>;
  /**
   * A pipeline as a board: stages in order, each with its first `dealsPerStage` (1–100, default 50)
   * deals by position, its deal count and amount totals per currency. Null for an unknown pipeline.
   */
  pipelineBoard?: Maybe<PipelineBoard>;
  /** The current tenant's pipelines (at most 50), the default one first, then by name. */
  pipelines: Array<Pipeline>;
  /** A product of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  product?: Maybe<Product>;
  /**
   * The tenant's products, SKU order unless `orderBy` says otherwise; `search` matches any part of the
   * name or SKU, case-insensitively. `first` is 1–100 (default 20).
   */
  products: ProductConnection;
  /**
   * Active products whose on-hand in a warehouse is below their rule's minimum, with how much to
   * order (max − on-hand), optionally for one warehouse. `first` is 1–100 (default 20).
   */
  productsToReorder: ReorderSuggestionConnection;
  /** A purchase order of the current tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  purchaseOrder?: Maybe<PurchaseOrder>;
  /** The current tenant's purchase orders, newest first, optionally of one status. `first` is 1–100 (default 20). */
  purchaseOrders: PurchaseOrderConnection;
  /**
   * Open receivables as of `asOf` (`YYYY-MM-DD`, today in UTC when omitted; a malformed date is
   * BAD_USER_INPUT): posted invoices dated on or before it, aged by days past their due date.
   */
  receivablesAgeing: ReceivablesAgeing;
  /**
   * The current tenant's receivables ageing as of `asOf` (an ISO date; today, UTC, by default): each
   * invoice posted on or before it, less the payments and credit notes dated up to it, bucketed by
   * days past due, per currency. The same figures as erp's `receivablesAgeing(asOf).totals`, a few
   * seconds behind erp (analytics reads erp's events, never its tables). A malformed `asOf` is
   * BAD_USER_INPUT.
   */
  receivablesAgeingSummary: ReceivablesAgeingSummary;
  /** Roles that can be granted in the current tenant: the built-in ones, then custom roles by name. */
  roles: Array<Role>;
  /** The sign-in providers configured (OIDC_PROVIDERS), in their configured order; open to anyone, empty when none are. */
  signInProviders: Array<SignInProvider>;
  /** A location of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  stockLocation?: Maybe<StockLocation>;
  /** A stock move of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  stockMove?: Maybe<StockMove>;
  /** The tenant's stock moves, newest first. `first` is 1–100 (default 20). */
  stockMoves: StockMoveConnection;
  /**
   * A product's quantity on hand, optionally only in one warehouse and/or one location. NOT_FOUND when
   * the product, warehouse or location is not the tenant's; BAD_USER_INPUT for a location outside the
   * warehouse.
   */
  stockOnHand: StockOnHand;
  /**
   * The stock valuation now, or as of `asOf`: an ISO-8601 instant (`2026-03-31T18:00:00Z`, moves
   * recorded at or before it count) or a date (`2026-03-31`: the end of that day, UTC). A malformed
   * `asOf` is BAD_USER_INPUT.
   */
  stockValuation: StockValuation;
  /**
   * The current tenant's stock value now. Narrower than the other KPIs: erp keeps valuation from
   * viewers (`erp.valuation:read`), and so does analytics.
   */
  stockValueSummary: StockValueSummary;
  /** A supplier bill of the current tenant by id; null when there is none. */
  supplierBill?: Maybe<SupplierBill>;
  /**
   * What a line of `amount` (net, or gross for an inclusive rate) comes to under a tax rate: the same
   * computation invoices and bills use. `currency` is USD when omitted; a malformed amount or currency
   * is BAD_USER_INPUT, an unknown tax rate NOT_FOUND.
   */
  taxComputation: TaxComputation;
  /** A tax rate of the tenant by id; null when there is none. */
  taxRate?: Maybe<TaxRate>;
  /** The tenant's tax rates by name, optionally only active or inactive ones. `first` is 1–100 (default 20). */
  taxRates: TaxRateConnection;
  /**
   * The trial balance as of `asOf` (`YYYY-MM-DD`, today in UTC when omitted), optionally of one
   * currency. Counts posted entries only.
   */
  trialBalance: TrialBalance;
  /** Recomputes the tenant's hash chain over every posted entry and reports the first break, if any. */
  verifyLedger: LedgerVerification;
  /** Recomputes on-hand and stock values from the moves alone and reports what differs from the maintained figures. */
  verifyStock: StockVerification;
  /** A warehouse of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  warehouse?: Maybe<Warehouse>;
  /** The tenant's warehouses in code order; `search` matches code or name. `first` is 1–100 (default 20). */
  warehouses: WarehouseConnection;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryAccountBalanceArgs = {
  accountId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryAccountForRoleArgs = {
  role: AccountRole;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryAccountsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<AccountType>;
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
export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CompanyOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDashboardArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDashboardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DealOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryDuplicateCandidatesArgs = {
  entity: DuplicateEntity;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryEmployeesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryGeneralLedgerArgs = {
  accountId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryJournalEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  journal?: InputMaybe<JournalCode>;
  status?: InputMaybe<JournalEntryStatus>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeaveAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  leaveTypeId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeaveBalanceArgs = {
  employeeId: Scalars['ID']['input'];
  leaveTypeId: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeaveRequestArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeaveRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LeaveStatus>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeaveTypeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryLeaveTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryMetricArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  name: MetricName;
  period?: InputMaybe<MetricPeriod>;
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryMyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryPipelineBoardArgs = {
  dealsPerStage?: InputMaybe<Scalars['Int']['input']>;
  pipelineId: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryProductsToReorderArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PurchaseOrderStatus>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryReceivablesAgeingArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryReceivablesAgeingSummaryArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryStockLocationArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryStockMoveArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryStockMovesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMoveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryStockOnHandArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryStockValuationArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QuerySupplierBillArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryTaxComputationArgs = {
  amount: Scalars['String']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  taxRateId: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryTaxRateArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryTaxRatesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryTrialBalanceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Accounts, tenants, memberships, roles and sessions. Sign-up, login, refresh, logout and invitation
 * acceptance are public; everything else acts on the caller's current tenant (the `tid` of their token).
 */
export type QueryWarehousesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `rebuildAnalytics`. */
export type RebuildAnalyticsPayload = {
  __typename?: 'RebuildAnalyticsPayload';
  /** How many journaled events were replayed. */
  replayed: Scalars['Int']['output'];
};

/** One line of `receivePurchaseOrder`. */
export type ReceiptLineInput = {
  /** A line of the purchase order. */
  lineId: Scalars['ID']['input'];
  /** How many arrived: greater than 0, at most ordered − received (OVER_RECEIPT). */
  quantity: Scalars['String']['input'];
};

/** The receivables ageing of the tenant on one day. */
export type ReceivablesAgeing = {
  __typename?: 'ReceivablesAgeing';
  /** The day it ages to, `YYYY-MM-DD`. */
  asOf: Scalars['String']['output'];
  /** One row per customer and currency with something open, ordered by customer id, then currency. */
  customers: Array<AgeingBuckets>;
  /** The tenant's totals, one row per currency (ordered by code); amounts in different currencies are never added. */
  totals: Array<AgeingBuckets>;
};

/**
 * One currency's open receivables, aged by days past each invoice's due date (`asOf − dueDate`) like
 * erp's `receivablesAgeing`: not due yet, then 0–30, 31–60, 61–90 and over 90 days past due.
 */
export type ReceivablesAgeingBuckets = {
  __typename?: 'ReceivablesAgeingBuckets';
  /** The currency (ISO 4217) of every amount of this row. */
  currency: Scalars['String']['output'];
  /** Due 0 to 30 days before the day (due that very day counts here, as in erp). */
  days0To30: Money;
  days31To60: Money;
  days61To90: Money;
  /** Open residuals of invoices whose due date is after the day. */
  notDue: Money;
  /** Posted invoices with something still open on that day. */
  openInvoices: Scalars['Int']['output'];
  over90: Money;
  /** Everything past due: the four past-due buckets together (what OVERDUE_RECEIVABLES reports for today). */
  overdue: Money;
  /** Everything open: notDue + overdue. */
  total: Money;
};

/** What customers owed on a day, per currency, from analytics' read model of erp's events. */
export type ReceivablesAgeingSummary = {
  __typename?: 'ReceivablesAgeingSummary';
  /** The day (ISO date, UTC) the residuals are taken on. */
  asOf: Scalars['String']['output'];
  /** One row per currency with something open, by currency code; empty when nothing is owed. */
  currencies: Array<ReceivablesAgeingBuckets>;
};

/** Input of `receivePurchaseOrder`. */
export type ReceivePurchaseOrderInput = {
  /** 1 to 100 lines, each line of the order at most once. */
  lines: Array<ReceiptLineInput>;
  /** A CONFIRMED or PARTIALLY_RECEIVED purchase order. */
  purchaseOrderId: Scalars['ID']['input'];
};

/** Result of `receivePurchaseOrder`. */
export type ReceivePurchaseOrderPayload = {
  __typename?: 'ReceivePurchaseOrderPayload';
  /** The RECEIPT stock moves recorded, one per line given, in the input's order. */
  moves: Array<StockMove>;
  /** The order after the receipt; null when `userErrors` is not empty (then nothing was written). */
  purchaseOrder?: Maybe<PurchaseOrder>;
  /**
   * Why nothing was received (codes: PURCHASE_ORDER_NOT_RECEIVABLE, LINES_REQUIRED, TOO_MANY_LINES,
   * ID_INVALID, LINE_DUPLICATE, LINE_NOT_FOUND, NEGATIVE_QUANTITY, QUANTITY_INVALID, OVER_RECEIPT, and the
   * stock move's own: LOCATION_INACTIVE, PRODUCT_INACTIVE, PERIOD_LOCKED, ...).
   */
  userErrors: Array<UserError>;
};

/** Input of `receiveStock`. */
export type ReceiveStockInput = {
  /** The location it goes into (e.g. a warehouse's default location). */
  locationId: Scalars['ID']['input'];
  /** The product received. */
  productId: Scalars['ID']['input'];
  /** Decimal string greater than 0 with up to 3 fraction digits. */
  quantity: Scalars['String']['input'];
  /** A document the receipt belongs to (e.g. a purchase order number), up to 100 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Cost of one unit in the product's currency, 0 or more, with no more fraction digits than the currency uses. */
  unitCost: Scalars['String']['input'];
};

/** Input of `recordPayment`. */
export type RecordPaymentInput = {
  /** Decimal string greater than 0, at most the invoice's residual, e.g. `"40.00"`. */
  amount: Scalars['String']['input'];
  /** ISO 4217 code; must be the invoice's currency (checked when given). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** When it was received, `YYYY-MM-DD`, on or after the invoice date and after the lock date; today (UTC) when omitted. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The posted invoice paid. */
  invoiceId: Scalars['ID']['input'];
  /** How it was received. */
  method?: InputMaybe<PaymentMethod>;
  /** The bank's or the customer's reference, up to 200 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `recordPayment`. */
export type RecordPaymentPayload = {
  __typename?: 'RecordPaymentPayload';
  /** The invoice after the payment (its status, amount paid and residual); null when `userErrors` is not empty. */
  invoice?: Maybe<Invoice>;
  /** The recorded payment; null when `userErrors` is not empty. */
  payment?: Maybe<Payment>;
  /**
   * Why nothing was recorded (codes: INVOICE_NOT_POSTED, PAYMENT_EXCEEDS_RESIDUAL, CURRENCY_MISMATCH,
   * CURRENCY_INVALID, AMOUNT_INVALID, AMOUNT_TOO_PRECISE, AMOUNT_NOT_POSITIVE, AMOUNT_TOO_LARGE, DATE_INVALID,
   * DATE_BEFORE_INVOICE, PERIOD_LOCKED, REFERENCE_TOO_LONG).
   */
  userErrors: Array<UserError>;
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

/** When to reorder a product for a warehouse: below `minQuantity` on hand, refill up to `maxQuantity`. */
export type ReorderRule = {
  __typename?: 'ReorderRule';
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Refill up to this, a decimal string, at least `minQuantity`. */
  maxQuantity: Scalars['String']['output'];
  /** Reorder when on-hand falls below this, a decimal string, 0 or more. */
  minQuantity: Scalars['String']['output'];
  /** The product the rule watches. */
  product: Product;
  /** When the rule last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** The warehouse whose on-hand (over all its locations) is watched. */
  warehouse: Warehouse;
};

/** Result of `setReorderRule`. */
export type ReorderRulePayload = {
  __typename?: 'ReorderRulePayload';
  /** The rule as stored; null when `userErrors` is not empty. */
  rule?: Maybe<ReorderRule>;
  /**
   * Why nothing was written (codes: PRODUCT_NOT_FOUND, WAREHOUSE_NOT_FOUND, NEGATIVE_QUANTITY,
   * QUANTITY_INVALID, MAX_BELOW_MIN).
   */
  userErrors: Array<UserError>;
};

/** Input of `reorderStages`. */
export type ReorderStagesInput = {
  /** The pipeline whose stages move. */
  pipelineId: Scalars['ID']['input'];
  /** Every stage of the pipeline, exactly once, in the new order. */
  stageIds: Array<Scalars['ID']['input']>;
};

/** A product to reorder for a warehouse: its on-hand is below the rule's minimum. */
export type ReorderSuggestion = {
  __typename?: 'ReorderSuggestion';
  /** What the warehouse holds now, over all its locations. */
  onHand: Scalars['String']['output'];
  /** The product. */
  product: Product;
  /** The rule that asks for it. */
  rule: ReorderRule;
  /** How much to order: the rule's maximum minus what is on hand. */
  suggestedQuantity: Scalars['String']['output'];
  /** The warehouse. */
  warehouse: Warehouse;
};

/** A page of reorder suggestions, by product SKU. */
export type ReorderSuggestionConnection = {
  __typename?: 'ReorderSuggestionConnection';
  /** The suggestions of this page. */
  edges: Array<ReorderSuggestionEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many products are to reorder, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One suggestion in a `ReorderSuggestionConnection` page. */
export type ReorderSuggestionEdge = {
  __typename?: 'ReorderSuggestionEdge';
  /** Opaque cursor of this suggestion; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The suggestion. */
  node: ReorderSuggestion;
};

/** Input of `requestLeave`. */
export type RequestLeaveInput = {
  /** The employee the leave is for; omitted: the caller's own employee record. Another employee needs `erp.leave:approve`. */
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day away (included), on or after `startDate`; at most 366 days after it. */
  endDate: Scalars['String']['input'];
  /** Only half of the day (start and end the same weekday): 0.5 days. */
  halfDay?: InputMaybe<Scalars['Boolean']['input']>;
  /** A leave type of the tenant. */
  leaveTypeId: Scalars['ID']['input'];
  /** Why, at most 500 characters. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** First day away, `YYYY-MM-DD`. */
  startDate: Scalars['String']['input'];
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

/** Input of `reverseJournalEntry`. */
export type ReverseJournalEntryInput = {
  /** Accounting date of the reversal (`YYYY-MM-DD`); the original's when omitted. Must be after the lock date. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The posted entry to reverse. */
  id: Scalars['ID']['input'];
  /** Reference of the reversal; `Reversal of #<sequence>` when omitted. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `reverseStockMove`. */
export type ReverseStockMoveInput = {
  /** The move to undo. */
  id: Scalars['ID']['input'];
  /** Why, up to 500 characters; a default naming the move when omitted. */
  reason?: InputMaybe<Scalars['String']['input']>;
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

/** Input of `setLockDate`. */
export type SetLockDateInput = {
  /** The new lock date, `YYYY-MM-DD`, today or earlier; null unlocks every period. */
  lockDate?: InputMaybe<Scalars['String']['input']>;
  /** Why, up to 500 characters (kept in the history). */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `setLockDate`. */
export type SetLockDatePayload = {
  __typename?: 'SetLockDatePayload';
  /** The recorded move; null when `userErrors` is not empty. */
  change?: Maybe<LockDateChange>;
  /** The lock as it now is; null when `userErrors` is not empty. */
  ledgerLock?: Maybe<LedgerLock>;
  /** Why nothing changed (codes: DATE_INVALID, LOCK_DATE_IN_FUTURE, LOCK_DATE_UNCHANGED, REASON_TOO_LONG). */
  userErrors: Array<UserError>;
};

/** Input of `setReorderRule`: creates the product's rule for the warehouse, or replaces it. */
export type SetReorderRuleInput = {
  /** Decimal string, at least `minQuantity`, with up to 3 fraction digits. */
  maxQuantity: Scalars['String']['input'];
  /** Decimal string, 0 or more, with up to 3 fraction digits. */
  minQuantity: Scalars['String']['input'];
  /** The product. */
  productId: Scalars['ID']['input'];
  /** The warehouse. */
  warehouseId: Scalars['ID']['input'];
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

/** Which way a list is sorted. */
export type SortDirection =
  /** Smallest (or earliest, or A) first. */
  | 'ASC'
  /** Largest (or latest, or Z) first. */
  | 'DESC';

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

/** A maintained stock figure that differs from the sum of the moves. */
export type StockDiscrepancy = {
  __typename?: 'StockDiscrepancy';
  /** What the moves add up to, a decimal string. */
  fromMoves: Scalars['String']['output'];
  /** What disagrees. */
  kind: StockDiscrepancyKind;
  /** The location concerned (LOCATION_QUANTITY only). */
  location?: Maybe<StockLocation>;
  /** The product concerned. */
  product: Product;
  /** What the maintained table says, a decimal string. */
  recorded: Scalars['String']['output'];
};

/** Which maintained figure disagrees with the moves. */
export type StockDiscrepancyKind =
  /** A location's quantity on hand of a product. */
  | 'LOCATION_QUANTITY'
  /** A product's total quantity on hand. */
  | 'PRODUCT_QUANTITY'
  /** A product's stock value. */
  | 'PRODUCT_VALUE';

/** A location inside a warehouse, where quantities on hand are counted. */
export type StockLocation = {
  __typename?: 'StockLocation';
  /** Whether stock may move in or out. */
  active: Scalars['Boolean']['output'];
  /** Code, unique in its warehouse, upper-case: 1–20 letters, digits, `_` or `-`, e.g. `A-01`. */
  code: Scalars['String']['output'];
  /** When the location was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** `<warehouse code>/<location code>`, e.g. `WH1/A-01`: unique in the tenant. */
  fullCode: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Whether it is its warehouse's default location. */
  isDefault: Scalars['Boolean']['output'];
  /** Name, 1–200 characters. */
  name: Scalars['String']['output'];
  /** The warehouse it belongs to. */
  warehouse: Warehouse;
};

/** A page of locations, in code order. */
export type StockLocationConnection = {
  __typename?: 'StockLocationConnection';
  /** The locations of this page. */
  edges: Array<StockLocationEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many locations match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One location in a `StockLocationConnection` page. */
export type StockLocationEdge = {
  __typename?: 'StockLocationEdge';
  /** Opaque cursor of this location; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The location. */
  node: StockLocation;
};

/** Result of `createStockLocation` and `updateStockLocation`. */
export type StockLocationPayload = {
  __typename?: 'StockLocationPayload';
  /** The location as stored; null when `userErrors` is not empty. */
  location?: Maybe<StockLocation>;
  /**
   * Why nothing was written (codes: WAREHOUSE_NOT_FOUND, CODE_INVALID, DUPLICATE_CODE, NAME_REQUIRED,
   * NAME_TOO_LONG, DEFAULT_LOCATION, LOCATION_NOT_EMPTY).
   */
  userErrors: Array<UserError>;
};

/**
 * A recorded change of stock. Moves are immutable (the database refuses any change); a mistake is
 * corrected by `reverseStockMove`, which records the same move the other way round.
 */
export type StockMove = {
  __typename?: 'StockMove';
  /** When the move was recorded (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The user who recorded it; null when recorded without a signed-in user. */
  createdBy?: Maybe<Scalars['ID']['output']>;
  /** Where the goods came from; null when they came from outside (receipts, gains). */
  fromLocation?: Maybe<StockLocation>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The product moved. */
  product: Product;
  /** How many units moved, a decimal string greater than 0 with up to 3 fraction digits. */
  quantity: Scalars['String']['output'];
  /** Why (adjustments and reversals); null otherwise. */
  reason?: Maybe<Scalars['String']['output']>;
  /** A document the move belongs to (e.g. a delivery note number), up to 100 characters; null when none was given. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The move that reversed this one; null while it stands. */
  reversedBy?: Maybe<StockMove>;
  /** The move this one reverses; null unless it is a reversal. */
  reverses?: Maybe<StockMove>;
  /** Where the goods went; null when they left (deliveries, losses). */
  toLocation?: Maybe<StockLocation>;
  /** RECEIPT, DELIVERY, TRANSFER or ADJUSTMENT (a reversal keeps its move's type). */
  type: StockMoveType;
  /** A receipt's cost of one unit, in the product's currency; null for other moves. Null with FORBIDDEN without `erp.valuation:read`. */
  unitCost?: Maybe<Money>;
  /**
   * What the move did to the product's stock value: positive in, negative out, zero for transfers.
   * Null, with a FORBIDDEN error at its path, without `erp.valuation:read`.
   */
  valueChange?: Maybe<Money>;
};

/** A page of stock moves, newest first. */
export type StockMoveConnection = {
  __typename?: 'StockMoveConnection';
  /** The moves of this page. */
  edges: Array<StockMoveEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many moves match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One move in a `StockMoveConnection` page. */
export type StockMoveEdge = {
  __typename?: 'StockMoveEdge';
  /** Opaque cursor of this move; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The move. */
  node: StockMove;
};

/** Narrows `stockMoves`; omitted fields do not filter. */
export type StockMoveFilter = {
  /** Only moves into or out of this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only moves of this product. */
  productId?: InputMaybe<Scalars['ID']['input']>;
  /** Only moves of this type. */
  type?: InputMaybe<StockMoveType>;
  /** Only moves into or out of a location of this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of every stock move mutation. */
export type StockMovePayload = {
  __typename?: 'StockMovePayload';
  /** The recorded move; null when `userErrors` is not empty (then nothing was written). */
  move?: Maybe<StockMove>;
  /**
   * Why no move was recorded (codes: PRODUCT_NOT_FOUND, PRODUCT_INACTIVE, LOCATION_NOT_FOUND,
   * LOCATION_INACTIVE, SAME_LOCATION, NEGATIVE_QUANTITY, QUANTITY_INVALID, QUANTITY_UNCHANGED,
   * ADJUSTMENT_INVALID, UNIT_COST_INVALID, INSUFFICIENT_STOCK (the message says what is available),
   * REASON_REQUIRED, REASON_TOO_LONG, REFERENCE_TOO_LONG, ALREADY_REVERSED, NOT_REVERSIBLE, and from the
   * ledger, which books every move's value dated today, PERIOD_LOCKED and ACCOUNT_INACTIVE).
   */
  userErrors: Array<UserError>;
};

/** What a stock move does. */
export type StockMoveType =
  /** A count or a correction (found, lost, damaged) changes a location's quantity; it carries a reason. */
  | 'ADJUSTMENT'
  /** Goods go out of a location to outside (a customer). */
  | 'DELIVERY'
  /** Goods come in from outside (a supplier) into a location, at a unit cost. */
  | 'RECEIPT'
  /** Goods go from one location to another, possibly in another warehouse; the stock value is unchanged. */
  | 'TRANSFER';

/** A product's quantity on hand: in total and per location holding it. */
export type StockOnHand = {
  __typename?: 'StockOnHand';
  /** Each location holding a non-zero quantity, by warehouse code then location code. */
  locations: Array<LocationStock>;
  /** The product. */
  product: Product;
  /** The sum over `locations`, a decimal string (negative only where a warehouse allows it). */
  total: Scalars['String']['output'];
};

/**
 * The value of the tenant's stock at moving average cost, now or as of an instant. Values are exact
 * decimals: each move's value is rounded once, half away from zero, to its currency's digits, and
 * these figures are exact sums of those values.
 */
export type StockValuation = {
  __typename?: 'StockValuation';
  /** The instant valued (ISO-8601, UTC), as given; null for now. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** Each product with stock (or value) at that time, by SKU. `first` is 1–100 (default 20). */
  products: ProductValuationConnection;
  /** The total value per currency, by currency code; empty when nothing is in stock. */
  totals: Array<Money>;
};


/**
 * The value of the tenant's stock at moving average cost, now or as of an instant. Values are exact
 * decimals: each move's value is rounded once, half away from zero, to its currency's digits, and
 * these figures are exact sums of those values.
 */
export type StockValuationProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * The value of the tenant's stock at erp's moving average cost: the sum of every stock move's value
 * change, from analytics' read model of `erp.stock.moved` (a few seconds behind erp).
 */
export type StockValueSummary = {
  __typename?: 'StockValueSummary';
  /**
   * The `first` products (1–100, default 10) with stock or value, most valuable first (amounts compared
   * as numbers across currencies), then by SKU.
   */
  topProducts: Array<ProductStockValue>;
  /** Value per currency, by currency code; the same as erp's `stockValuation.totals`. Empty when nothing is in stock. */
  totals: Array<Money>;
};


/**
 * The value of the tenant's stock at erp's moving average cost: the sum of every stock move's value
 * change, from analytics' read model of `erp.stock.moved` (a few seconds behind erp).
 */
export type StockValueSummaryTopProductsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of `verifyStock`. */
export type StockVerification = {
  __typename?: 'StockVerification';
  /** True when every quant and every product's totals equal the sum of their moves. */
  consistent: Scalars['Boolean']['output'];
  /** What differs; empty when consistent (at most 100 are reported). */
  discrepancies: Array<StockDiscrepancy>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * A company of the current tenant as it is after each change: created, updated, or the survivor of a
   * merge. Fields from other subgraphs (erp's `openBalance`, ...) are resolved for every message.
   */
  companyUpdated: Company;
  /**
   * A deal of the current tenant as it is after each change (created, edited, moved, won, lost); with
   * `pipelineId`, only that pipeline's deals. The kanban board's live feed.
   */
  dealUpdated: Deal;
  /**
   * The job after each step of its import (started, each batch written, finished): what a progress bar
   * follows. Visible to whoever may read the job's entity; ends nothing by itself, so unsubscribe once
   * `status` is SUCCEEDED or FAILED.
   */
  importProgress: ImportJob;
  /** Each invoice of the current tenant as payments or credit notes settle it completely. */
  invoicePaid: Invoice;
  /** Each invoice of the current tenant as it is posted (created as posted, or posted later). */
  invoicePosted: Invoice;
  /**
   * Each time one of these KPIs of the current tenant changes (all of them when `names` is not
   * given), the metric over its default window.
   */
  metricUpdated: Metric;
};


export type SubscriptionDealUpdatedArgs = {
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionImportProgressArgs = {
  jobId: Scalars['ID']['input'];
};


export type SubscriptionMetricUpdatedArgs = {
  names?: InputMaybe<Array<MetricName>>;
};

/**
 * A supplier's bill for received goods of a purchase order, matched to its lines and posted to the
 * ledger when recorded. Never changed or deleted (the database refuses it).
 */
export type SupplierBill = {
  __typename?: 'SupplierBill';
  /** The accounting date, `YYYY-MM-DD`: the date of its journal entry. */
  billDate: Scalars['String']['output'];
  /** When it was recorded (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The order's currency. */
  currency: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /**
   * The entry it posted (Dr goods received not billed, Dr tax receivable, Cr payable, price difference);
   * null for a bill of 0, or for a role without `erp.journal:read` (with a FORBIDDEN error).
   */
  journalEntry?: Maybe<JournalEntry>;
  /** The lines billed. */
  lines: Array<SupplierBillLine>;
  /** Per-tenant sequential number, e.g. `BILL-000001`, gap-free. */
  number: Scalars['String']['output'];
  /**
   * subtotal − the receipt value of the goods billed: positive when the supplier billed more than the
   * order's cost, booked to the inventory adjustments (price difference) account.
   */
  priceDifference: Money;
  /** The purchase order billed. */
  purchaseOrder: PurchaseOrder;
  /** Sum of the lines' net amounts. */
  subtotal: Money;
  /** The supplier (the order's). */
  supplier: Company;
  /** The supplier's own invoice number. */
  supplierReference?: Maybe<Scalars['String']['output']>;
  /** Sum of the lines' input taxes. */
  taxTotal: Money;
  /** subtotal + taxTotal: what is owed to the supplier. */
  total: Money;
};

/** One purchase order line billed. */
export type SupplierBillLine = {
  __typename?: 'SupplierBillLine';
  /** quantity × unitCost, rounded half-up. */
  amount: Money;
  /** The purchase order line. */
  purchaseOrderLine: PurchaseOrderLine;
  /** How many were billed. */
  quantity: Scalars['String']['output'];
  /** What it cleared of goods received not billed: the receipt value of these units. */
  receiptValue: Money;
  /** The input tax, at the order line's rate. */
  tax: Money;
  /** The supplier's cost of one unit, before tax. */
  unitCost: Money;
};

/** One line of `createSupplierBill`. */
export type SupplierBillLineInput = {
  /** A line of the purchase order. */
  lineId: Scalars['ID']['input'];
  /** How many are billed: greater than 0, at most received − already billed (OVER_BILLING). */
  quantity: Scalars['String']['input'];
  /** The supplier's cost of one unit before tax, in the order's currency. */
  unitCost: Scalars['String']['input'];
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

/** One line's amounts under a tax rate, rounded half-up at the currency's minor unit. */
export type TaxComputation = {
  __typename?: 'TaxComputation';
  /** net + tax. */
  gross: Money;
  /** The amount before tax. */
  net: Money;
  /** The tax. */
  tax: Money;
};

/** A tax rate of the tenant, applied per document line. */
export type TaxRate = {
  __typename?: 'TaxRate';
  /** The account the tax is booked to (by default the TAX_PAYABLE account). */
  account: Account;
  /** Whether new documents may use it. */
  active: Scalars['Boolean']['output'];
  /** When it was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** True: prices already include the tax (the tax is split out of them); false: the tax comes on top. */
  inclusive: Scalars['Boolean']['output'];
  /** Name, unique in the tenant (case-insensitively), e.g. `VAT 20%`. */
  name: Scalars['String']['output'];
  /** The rate in percent, a decimal string with up to 4 decimals, e.g. `"20"` or `"8.875"`. */
  rate: Scalars['String']['output'];
  /** When it last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of tax rates, by name. */
export type TaxRateConnection = {
  __typename?: 'TaxRateConnection';
  /** The tax rates of this page. */
  edges: Array<TaxRateEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many tax rates match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One tax rate in a `TaxRateConnection` page. */
export type TaxRateEdge = {
  __typename?: 'TaxRateEdge';
  /** Opaque cursor; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The tax rate. */
  node: TaxRate;
};

/** Result of `createTaxRate` and `updateTaxRate`. */
export type TaxRatePayload = {
  __typename?: 'TaxRatePayload';
  /** The tax rate as stored; null when `userErrors` is not empty. */
  taxRate?: Maybe<TaxRate>;
  /**
   * Why nothing was written (codes: NAME_REQUIRED, NAME_TOO_LONG, NAME_TAKEN, RATE_INVALID,
   * ACCOUNT_UNKNOWN, ACCOUNT_INACTIVE).
   */
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

/** Input of `transferStock`. */
export type TransferStockInput = {
  /** Where it leaves. */
  fromLocationId: Scalars['ID']['input'];
  /** The product moved. */
  productId: Scalars['ID']['input'];
  /** Decimal string greater than 0 with up to 3 fraction digits. */
  quantity: Scalars['String']['input'];
  /** A document the transfer belongs to, up to 100 characters. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Where it goes (another location, in this or another warehouse). */
  toLocationId: Scalars['ID']['input'];
};

/** Every account's posted totals up to a date, per currency (currencies are never added together). */
export type TrialBalance = {
  __typename?: 'TrialBalance';
  /** The last day counted, `YYYY-MM-DD`. */
  asOf: Scalars['String']['output'];
  /** One row per account and currency with posted lines, in account code order. */
  rows: Array<TrialBalanceRow>;
  /** One row per currency, ordered by code. */
  totals: Array<TrialBalanceTotal>;
};

/** One account and currency of a trial balance. */
export type TrialBalanceRow = {
  __typename?: 'TrialBalanceRow';
  /** The account. */
  account: Account;
  /** debit − credit (negative for a credit balance). */
  balance: Money;
  /** Sum of its posted credits in this currency. */
  credit: Money;
  /** The currency of the amounts of this row. */
  currency: Scalars['String']['output'];
  /** Sum of the account's posted debits in this currency. */
  debit: Money;
};

/** The totals of one currency of a trial balance. */
export type TrialBalanceTotal = {
  __typename?: 'TrialBalanceTotal';
  /** debit − credit: zero, since every posted entry balances in each currency. */
  balance: Money;
  /** Sum of all credits (equal to the debits). */
  credit: Money;
  /** The currency. */
  currency: Scalars['String']['output'];
  /** Sum of all debits. */
  debit: Money;
};

/** Input of `updateAccount`; omitted fields stay unchanged. */
export type UpdateAccountInput = {
  /** Deactivate (no new entries may post to it) or reactivate; an account with a role stays active. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New code; refused (ACCOUNT_IN_USE) once journal lines name the account. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The account to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent (same type, not one of its own sub-accounts); `null` moves it to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** New type; refused (ACCOUNT_IN_USE) once journal lines name the account. */
  type?: InputMaybe<AccountType>;
};

/** Input of `updateCompany`. Omitted (or null) fields stay unchanged. */
export type UpdateCompanyInput = {
  /** The new address, replacing the whole address; an explicit null (or all parts blank) removes it. */
  address?: InputMaybe<PostalAddressInput>;
  /** New domain; an empty string removes it. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** New employee count; an explicit null removes it. */
  employeeCount?: InputMaybe<Scalars['Int']['input']>;
  /** The company to change. */
  id: Scalars['ID']['input'];
  /** New industry; an empty string removes it. */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** New display name, 1–200 characters after trimming. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new tags, replacing all tags; an empty list removes them. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of `updateCompany`. */
export type UpdateCompanyPayload = {
  __typename?: 'UpdateCompanyPayload';
  /** The company after the change; null when `userErrors` is not empty. */
  company?: Maybe<Company>;
  /** Why nothing was changed (codes: NAME_REQUIRED, NAME_TOO_LONG, DOMAIN_INVALID, DOMAIN_TAKEN, INDUSTRY_TOO_LONG, EMPLOYEE_COUNT_INVALID, ADDRESS_TOO_LONG, COUNTRY_INVALID, TAG_TOO_LONG, TOO_MANY_TAGS). */
  userErrors: Array<UserError>;
};

/** Input of `updateDashboard`: what is given replaces what was there. */
export type UpdateDashboardInput = {
  columns?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  widgets?: InputMaybe<Array<DashboardWidgetInput>>;
};

/** Input of `updateDeal`. Omitted fields stay unchanged; `null` clears amount, date, owner or company. */
export type UpdateDealInput = {
  /** New amount. */
  amount?: InputMaybe<MoneyInput>;
  /** New company. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** New expected close date. */
  expectedCloseDate?: InputMaybe<Scalars['String']['input']>;
  /** The deal to change. */
  id: Scalars['ID']['input'];
  /** New owner. */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateDepartment`; omitted fields stay unchanged, `null` clears parent or manager. */
export type UpdateDepartmentInput = {
  /** The department to change. */
  id: Scalars['ID']['input'];
  /** New manager (an employee of the tenant); `null` removes the manager. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New parent: not the department itself nor one of its sub-departments; `null` moves it to the top. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `updateEmployee`; omitted fields stay unchanged, `null` clears an optional field. */
export type UpdateEmployeeInput = {
  /** Activate or deactivate. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New department; `null` removes it. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** New end date (after the hire date); `null` removes it. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** New hire date. */
  hireDate?: InputMaybe<Scalars['String']['input']>;
  /** The employee to change. */
  id: Scalars['ID']['input'];
  /** New job title; `null` removes it. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** New manager (not the employee nor one of their reports); `null` removes it. */
  managerId?: InputMaybe<Scalars['ID']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Link another user; `null` unlinks. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** New work e-mail; `null` removes it. */
  workEmail?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateInvoice`: what is not given stays as it is. */
export type UpdateInvoiceInput = {
  /** ISO 4217 code; the lines' prices must fit its fraction digits. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Another billable company. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** The draft to change. */
  id: Scalars['ID']['input'];
  /** The accounting date, `YYYY-MM-DD`. */
  invoiceDate?: InputMaybe<Scalars['String']['input']>;
  /** The new lines, replacing all of them (1 to 100). */
  lines?: InputMaybe<Array<InvoiceLineInput>>;
  /** Days to the due date, 0–365, instead of `paymentTerms`. */
  paymentTermDays?: InputMaybe<Scalars['Int']['input']>;
  /** New payment terms (or `paymentTermDays`). */
  paymentTerms?: InputMaybe<PaymentTerms>;
};

/** Result of `updateInvoice`. */
export type UpdateInvoicePayload = {
  __typename?: 'UpdateInvoicePayload';
  /** The changed draft; null when `userErrors` is not empty. */
  invoice?: Maybe<Invoice>;
  /** Why nothing was changed (INVOICE_POSTED, and the codes of `createInvoice`). */
  userErrors: Array<UserError>;
};

/** Input of `updateLead`. Omitted fields stay unchanged; null clears an optional field. */
export type UpdateLeadInput = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  /** The lead to change. */
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  score?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<LeadSource>;
  /** Any status but CONVERTED. */
  status?: InputMaybe<LeadStatus>;
};

/** Input of `updateLeaveAllocation`; omitted fields stay unchanged. */
export type UpdateLeaveAllocationInput = {
  /** New number of days; not below what is already approved in its period. */
  days?: InputMaybe<Scalars['String']['input']>;
  /** The allocation to change. */
  id: Scalars['ID']['input'];
  /** New note; `null` removes it. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateLeaveType`; omitted fields stay unchanged. */
export type UpdateLeaveTypeInput = {
  /** The leave type to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Whether requests must fit an allocation from now on (decided requests are not revisited). */
  requiresAllocation?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Input of `updatePerson`. Omitted fields stay unchanged. */
export type UpdatePersonInput = {
  /** The new company (of the current tenant); null removes it. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** The new e-mail addresses, replacing all of them (primary first); an empty list removes them. */
  emails?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New given name, 1–100 characters after trimming. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** The person to change. */
  id: Scalars['ID']['input'];
  /** New job title; an empty string or null removes it. */
  jobTitle?: InputMaybe<Scalars['String']['input']>;
  /** New family name; an empty string or null removes it. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The new phone numbers, replacing all of them; an empty list removes them. */
  phones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The new tags, replacing all of them; an empty list removes them. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Result of `updatePerson`. */
export type UpdatePersonPayload = {
  __typename?: 'UpdatePersonPayload';
  /** The person after the change; null when `userErrors` is not empty. */
  person?: Maybe<Person>;
  /** Why nothing was changed (the codes of `CreatePersonPayload.userErrors`). */
  userErrors: Array<UserError>;
};

/** Input of `updatePipeline`. */
export type UpdatePipelineInput = {
  /** OPEN stages appended after the existing ones. */
  addStages?: InputMaybe<Array<NewPipelineStageInput>>;
  /** The pipeline to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Changes to existing stages. */
  stages?: InputMaybe<Array<UpdatePipelineStageInput>>;
};

/** A change to an existing stage; omitted fields stay unchanged. A stage's kind cannot change. */
export type UpdatePipelineStageInput = {
  /** The stage (of this pipeline) to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New win probability (0–100). */
  winProbability?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `updateProduct`; omitted fields stay unchanged. */
export type UpdateProductInput = {
  /** Deactivate or reactivate. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New standard cost of one unit. */
  costPrice?: InputMaybe<Scalars['String']['input']>;
  /** New currency; refused (CURRENCY_LOCKED) once a stock move names the product. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** New description; blank removes it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New sale price of one unit. */
  salePrice?: InputMaybe<Scalars['String']['input']>;
  /** New SKU (still unique in the tenant). */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** New unit; refused (UNIT_LOCKED) once a stock move names the product. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updatePurchaseOrder`: what is not given stays as it is. */
export type UpdatePurchaseOrderInput = {
  /** Another currency; every product must be valued in it. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The draft to change. */
  id: Scalars['ID']['input'];
  /** The new lines, replacing all of them (1 to 100). */
  lines?: InputMaybe<Array<PurchaseOrderLineInput>>;
  /** New notes. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** `YYYY-MM-DD`. */
  orderDate?: InputMaybe<Scalars['String']['input']>;
  /** Another supplier. */
  supplierId?: InputMaybe<Scalars['ID']['input']>;
};

/** Input of `updateStockLocation`; omitted fields stay unchanged. */
export type UpdateStockLocationInput = {
  /** Deactivate (refused while it holds stock, or for the default location) or reactivate. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** New code, still unique in its warehouse. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The location to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateTaxRate`; omitted fields stay unchanged. */
export type UpdateTaxRateInput = {
  /** Another active account to book to. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Deactivate or reactivate it. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** The tax rate to change. */
  id: Scalars['ID']['input'];
  /** Whether prices include the tax. */
  inclusive?: InputMaybe<Scalars['Boolean']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New rate (percent). */
  rate?: InputMaybe<Scalars['String']['input']>;
};

/** Input of `updateWarehouse`; omitted fields stay unchanged. */
export type UpdateWarehouseInput = {
  /** Deactivate (refused, WAREHOUSE_NOT_EMPTY, while it holds stock) or reactivate. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Allow or forbid negative stock from now on (stock already below zero stays, but cannot go lower). */
  allowNegativeStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** New code, still unique in the tenant. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The warehouse to change. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A member of the platform, owned by identity; analytics adds their sales figures. */
export type User = {
  __typename?: 'User';
  /** The member's tasks in the current tenant, soonest due first: open ones, or completed ones with `done: true`. */
  assignedTasks: ActivityConnection;
  /** When the account was created (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** E-mail address, trimmed and lower-cased; unique across NEXORA. */
  email: Scalars['String']['output'];
  /** The employee of the current tenant linked to this user; null when there is none. */
  employee?: Maybe<Employee>;
  /** The user's identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The deals this user owns in the current tenant, newest first. `first` is 1–100 (default 20). */
  ownedDeals: DealConnection;
  /**
   * Deals this user owns that were won since the first day of the current month (UTC), in the current
   * tenant. Null, with a FORBIDDEN error at its path, for a role without `analytics.metric:read`.
   */
  wonDealsThisMonth?: Maybe<Scalars['Int']['output']>;
};


/** A member of the platform, owned by identity; analytics adds their sales figures. */
export type UserAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A member of the platform, owned by identity; analytics adds their sales figures. */
export type UserOwnedDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** A place the tenant keeps stock in, made of locations (shelves, zones, bins). */
export type Warehouse = {
  __typename?: 'Warehouse';
  /** Whether stock may move in or out; an inactive warehouse keeps its history. */
  active: Scalars['Boolean']['output'];
  /** Whether its locations may go below zero on hand; false by default, when such moves are refused (INSUFFICIENT_STOCK). */
  allowNegativeStock: Scalars['Boolean']['output'];
  /** Code, unique in the tenant, upper-case: 1–20 letters, digits, `_` or `-`, e.g. `WH1`. */
  code: Scalars['String']['output'];
  /** When the warehouse was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The location created with the warehouse (code `STOCK`); it cannot be deleted or deactivated. */
  defaultLocation: StockLocation;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The warehouse's locations in code order (active ones only unless `includeInactive`). `first` is 1–100 (default 20). */
  locations: StockLocationConnection;
  /** Name, 1–200 characters. */
  name: Scalars['String']['output'];
  /** When the warehouse last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};


/** A place the tenant keeps stock in, made of locations (shelves, zones, bins). */
export type WarehouseLocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A page of warehouses, in code order. */
export type WarehouseConnection = {
  __typename?: 'WarehouseConnection';
  /** The warehouses of this page. */
  edges: Array<WarehouseEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many warehouses match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One warehouse in a `WarehouseConnection` page. */
export type WarehouseEdge = {
  __typename?: 'WarehouseEdge';
  /** Opaque cursor of this warehouse; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The warehouse. */
  node: Warehouse;
};

/** Result of `createWarehouse` and `updateWarehouse`. */
export type WarehousePayload = {
  __typename?: 'WarehousePayload';
  /** Why nothing was written (codes: CODE_INVALID, DUPLICATE_CODE, NAME_REQUIRED, NAME_TOO_LONG, WAREHOUSE_NOT_EMPTY). */
  userErrors: Array<UserError>;
  /** The warehouse as stored; null when `userErrors` is not empty. */
  warehouse?: Maybe<Warehouse>;
};

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AcceptInvitationPayload', session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { __typename?: 'Mutation', requestPasswordReset: { __typename?: 'RequestPasswordResetPayload', accepted: boolean, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginPayload', session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, mfaChallenge?: { __typename?: 'MfaChallenge', token: string, expiresAt: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CompleteMfaLoginMutationVariables = Exact<{
  input: CompleteMfaLoginInput;
}>;


export type CompleteMfaLoginMutation = { __typename?: 'Mutation', completeMfaLogin: { __typename?: 'LoginPayload', session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: { __typename?: 'ResetPasswordPayload', ok: boolean, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CompleteOidcLoginMutationVariables = Exact<{
  input: CompleteOidcLoginInput;
}>;


export type CompleteOidcLoginMutation = { __typename?: 'Mutation', completeOidcLogin: { __typename?: 'LoginPayload', session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, mfaChallenge?: { __typename?: 'MfaChallenge', token: string, expiresAt: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProvidersQuery = { __typename?: 'Query', signInProviders: Array<{ __typename?: 'SignInProvider', id: string, name: string }> };

export type StartOidcLoginMutationVariables = Exact<{
  input: StartOidcLoginInput;
}>;


export type StartOidcLoginMutation = { __typename?: 'Mutation', startOidcLogin: { __typename?: 'StartOidcLoginPayload', authorizationUrl?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'SignUpPayload', verificationRequired: boolean, session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type MembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipsQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', memberships: Array<{ __typename?: 'Membership', id: string, role: string, tenant: { __typename?: 'Tenant', id: string, name: string } }> } | null };

export type SwitchTenantMutationVariables = Exact<{
  input: SwitchTenantInput;
}>;


export type SwitchTenantMutation = { __typename?: 'Mutation', switchTenant: { __typename?: 'SwitchTenantPayload', session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { __typename?: 'Mutation', verifyEmail: { __typename?: 'VerifyEmailPayload', session?: (
      { __typename?: 'AuthSession' }
      & { ' $fragmentRefs'?: { 'SessionFieldsFragment': SessionFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type SessionFieldsFragment = { __typename?: 'AuthSession', accessToken: string, refreshToken: string, permissions: Array<string>, user: { __typename?: 'SessionUser', email: string }, tenant: { __typename?: 'Tenant', id: string, name: string } } & { ' $fragmentName'?: 'SessionFieldsFragment' };

export type RefreshSessionMutationVariables = Exact<{
  input: RefreshSessionInput;
}>;


export type RefreshSessionMutation = { __typename?: 'Mutation', refreshSession: { __typename?: 'RefreshSessionPayload', session?: { __typename?: 'AuthSession', accessToken: string, refreshToken: string, permissions: Array<string> } | null } };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { __typename?: 'Mutation', createCompany: { __typename?: 'CreateCompanyPayload', company?: { __typename?: 'Company', id: string, name: string, domain?: string | null, industry?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type CompanyBillingFieldsFragment = { __typename?: 'Company', openBalance?: Array<{ __typename?: 'Money', amount: string, currency: string }> | null, invoices?: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number: string, status: InvoiceStatus, issuedAt?: string | null, createdAt: string, total: { __typename?: 'Money', amount: string, currency: string } } }> } | null } & { ' $fragmentName'?: 'CompanyBillingFieldsFragment' };

export type CompaniesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompaniesQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'CompanyEdge', node: { __typename?: 'Company', id: string, name: string, domain?: string | null, industry?: string | null } }> } };

export type CompanyDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withPeople: Scalars['Boolean']['input'];
  withDeals: Scalars['Boolean']['input'];
  withBilling: Scalars['Boolean']['input'];
}>;


export type CompanyDetailQuery = { __typename?: 'Query', company?: (
    { __typename?: 'Company', id: string, name: string, domain?: string | null, industry?: string | null, employeeCount?: number | null, tags: Array<string>, createdAt: string, address?: { __typename?: 'PostalAddress', street?: string | null, city?: string | null, postalCode?: string | null, region?: string | null, country?: string | null } | null, owner?: { __typename?: 'User', id: string, name: string } | null, people?: { __typename?: 'PersonConnection', totalCount: number, edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, jobTitle?: string | null, primaryEmail?: string | null } }> }, deals?: { __typename?: 'DealConnection', totalCount: number, edges: Array<{ __typename?: 'DealEdge', node: { __typename?: 'Deal', id: string, title: string, status: DealStatus, amount?: { __typename?: 'Money', amount: string, currency: string } | null, stage: { __typename?: 'PipelineStage', id: string, name: string } } }> } }
    & { ' $fragmentRefs'?: { 'CompanyBillingFieldsFragment': CompanyBillingFieldsFragment } }
  ) | null };

export type UpdateCompanyMutationVariables = Exact<{
  input: UpdateCompanyInput;
}>;


export type UpdateCompanyMutation = { __typename?: 'Mutation', updateCompany: { __typename?: 'UpdateCompanyPayload', company?: { __typename?: 'Company', id: string, name: string, domain?: string | null, industry?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type DealBoardQueryVariables = Exact<{
  pipelineId: Scalars['ID']['input'];
}>;


export type DealBoardQuery = { __typename?: 'Query', pipelineBoard?: { __typename?: 'PipelineBoard', pipeline: { __typename?: 'Pipeline', id: string, name: string }, stages: Array<{ __typename?: 'PipelineBoardStage', dealCount: number, hasMoreDeals: boolean, stage: { __typename?: 'PipelineStage', id: string, name: string, kind: PipelineStageKind }, totals: Array<{ __typename?: 'Money', amount: string, currency: string }>, deals: Array<(
        { __typename?: 'Deal', id: string }
        & { ' $fragmentRefs'?: { 'DealCardFieldsFragment': DealCardFieldsFragment } }
      )> }> } | null };

export type MoveBoardDealMutationVariables = Exact<{
  input: MoveDealInput;
}>;


export type MoveBoardDealMutation = { __typename?: 'Mutation', moveDeal: { __typename?: 'DealPayload', deal?: (
      { __typename?: 'Deal', id: string }
      & { ' $fragmentRefs'?: { 'DealCardFieldsFragment': DealCardFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DealBoardUpdatesSubscriptionVariables = Exact<{
  pipelineId: Scalars['ID']['input'];
}>;


export type DealBoardUpdatesSubscription = { __typename?: 'Subscription', dealUpdated: (
    { __typename?: 'Deal', id: string }
    & { ' $fragmentRefs'?: { 'DealCardFieldsFragment': DealCardFieldsFragment } }
  ) };

export type DealCardFieldsFragment = { __typename?: 'Deal', id: string, title: string, position: number, status: DealStatus, lostReason?: { __typename?: 'LostReason', id: string, name: string } | null, amount?: { __typename?: 'Money', amount: string, currency: string } | null, stage: { __typename?: 'PipelineStage', id: string }, company?: { __typename?: 'Company', id: string, name: string } | null } & { ' $fragmentName'?: 'DealCardFieldsFragment' };

export type DealPipelinesQueryVariables = Exact<{ [key: string]: never; }>;


export type DealPipelinesQuery = { __typename?: 'Query', pipelines: Array<{ __typename?: 'Pipeline', id: string, name: string, isDefault: boolean, stages: Array<{ __typename?: 'PipelineStage', id: string, name: string, kind: PipelineStageKind }> }> };

export type LostReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type LostReasonsQuery = { __typename?: 'Query', lostReasons: Array<{ __typename?: 'LostReason', id: string, name: string }> };

export type MarkBoardDealLostMutationVariables = Exact<{
  input: MarkDealLostInput;
}>;


export type MarkBoardDealLostMutation = { __typename?: 'Mutation', markDealLost: { __typename?: 'DealPayload', deal?: (
      { __typename?: 'Deal', id: string }
      & { ' $fragmentRefs'?: { 'DealCardFieldsFragment': DealCardFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CreateBoardCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateBoardCompanyMutation = { __typename?: 'Mutation', createCompany: { __typename?: 'CreateCompanyPayload', company?: { __typename?: 'Company', id: string, name: string, domain?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type CreateBoardDealMutationVariables = Exact<{
  input: CreateDealInput;
}>;


export type CreateBoardDealMutation = { __typename?: 'Mutation', createDeal: { __typename?: 'DealPayload', deal?: (
      { __typename?: 'Deal', id: string }
      & { ' $fragmentRefs'?: { 'DealCardFieldsFragment': DealCardFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type DealFormCompaniesQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type DealFormCompaniesQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', edges: Array<{ __typename?: 'CompanyEdge', node: { __typename?: 'Company', id: string, name: string } }> } };

export type MergeCompaniesMutationVariables = Exact<{
  input: MergeInput;
}>;


export type MergeCompaniesMutation = { __typename?: 'Mutation', mergeCompanies: { __typename?: 'MergeCompaniesPayload', company?: { __typename?: 'Company', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type MergePeopleMutationVariables = Exact<{
  input: MergeInput;
}>;


export type MergePeopleMutation = { __typename?: 'Mutation', mergePeople: { __typename?: 'MergePeoplePayload', person?: { __typename?: 'Person', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type DuplicateCandidatesQueryVariables = Exact<{
  entity: DuplicateEntity;
}>;


export type DuplicateCandidatesQuery = { __typename?: 'Query', duplicateCandidates: Array<{ __typename?: 'DuplicateCandidate', reason: DuplicateReason, score: number, companies: Array<{ __typename?: 'Company', id: string, name: string, domain?: string | null, industry?: string | null, createdAt: string }>, people: Array<{ __typename?: 'Person', id: string, name: string, primaryEmail?: string | null, createdAt: string, company?: { __typename?: 'Company', id: string, name: string } | null }> }> };

export type ImportSessionCheckQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportSessionCheckQuery = { __typename?: 'Query', importJobs: { __typename?: 'ImportJobConnection', totalCount: number } };

export type ImportJobProgressFieldsFragment = { __typename?: 'ImportJob', id: string, entity: string, status: ImportJobStatus, skipBadRows: boolean, total: number, processed: number, imported: number, errorCount: number, message?: string | null, createdAt: string, finishedAt?: string | null } & { ' $fragmentName'?: 'ImportJobProgressFieldsFragment' };

export type ImportJobDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportJobDetailsQuery = { __typename?: 'Query', importJob?: (
    { __typename?: 'ImportJob', id: string, errors: Array<{ __typename?: 'ImportRowError', line: number, column?: string | null, code: string, message: string }> }
    & { ' $fragmentRefs'?: { 'ImportJobProgressFieldsFragment': ImportJobProgressFieldsFragment } }
  ) | null };

export type ImportJobProgressSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type ImportJobProgressSubscription = { __typename?: 'Subscription', importProgress: (
    { __typename?: 'ImportJob', id: string }
    & { ' $fragmentRefs'?: { 'ImportJobProgressFieldsFragment': ImportJobProgressFieldsFragment } }
  ) };

export type RecentImportsQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentImportsQuery = { __typename?: 'Query', importJobs: { __typename?: 'ImportJobConnection', totalCount: number, edges: Array<{ __typename?: 'ImportJobEdge', node: { __typename?: 'ImportJob', id: string, entity: string, status: ImportJobStatus, total: number, processed: number, imported: number, errorCount: number, createdAt: string } }> } };

export type ConvertLeadMutationVariables = Exact<{
  input: ConvertLeadInput;
}>;


export type ConvertLeadMutation = { __typename?: 'Mutation', convertLead: { __typename?: 'ConvertLeadPayload', lead?: (
      { __typename?: 'Lead', id: string, status: LeadStatus, convertedAt?: string | null }
      & { ' $fragmentRefs'?: { 'ConvertedRecordsFragment': ConvertedRecordsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type ConvertedRecordsFragment = { __typename?: 'Lead', convertedPerson?: { __typename?: 'Person', id: string, name: string } | null, convertedCompany?: { __typename?: 'Company', id: string, name: string } | null, convertedDeal?: { __typename?: 'Deal', id: string, title: string } | null } & { ' $fragmentName'?: 'ConvertedRecordsFragment' };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;


export type CreateLeadMutation = { __typename?: 'Mutation', createLead: { __typename?: 'LeadPayload', lead?: { __typename?: 'Lead', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type LeadsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
}>;


export type LeadsQuery = { __typename?: 'Query', leads: { __typename?: 'LeadConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'LeadEdge', node: (
        { __typename?: 'Lead', id: string, name: string, companyName?: string | null, email?: string | null, phone?: string | null, source: LeadSource, status: LeadStatus, score?: number | null, createdAt: string, convertedAt?: string | null }
        & { ' $fragmentRefs'?: { 'ConvertedRecordsFragment': ConvertedRecordsFragment } }
      ) }> } };

export type CompanyOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompanyOptionsQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', totalCount: number, edges: Array<{ __typename?: 'CompanyEdge', node: { __typename?: 'Company', id: string, name: string, domain?: string | null } }> } };

export type PeopleQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type PeopleQuery = { __typename?: 'Query', people: { __typename?: 'PersonConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'PersonEdge', node: { __typename?: 'Person', id: string, name: string, jobTitle?: string | null, primaryEmail?: string | null, company?: { __typename?: 'Company', id: string, name: string } | null } }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { __typename?: 'Mutation', createPerson: { __typename?: 'CreatePersonPayload', person?: { __typename?: 'Person', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type PersonDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PersonDetailQuery = { __typename?: 'Query', person?: { __typename?: 'Person', id: string, name: string, emails: Array<string>, phones: Array<string>, jobTitle?: string | null, tags: Array<string>, createdAt: string, company?: { __typename?: 'Company', id: string, name: string } | null, owner?: { __typename?: 'User', id: string, name: string } | null } | null };

export type MyTasksQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  done: Scalars['Boolean']['input'];
}>;


export type MyTasksQuery = { __typename?: 'Query', myTasks: (
    { __typename?: 'ActivityConnection' }
    & { ' $fragmentRefs'?: { 'ActivityPageFragment': ActivityPageFragment } }
  ) };

export type TimelineActivityFragment = { __typename?: 'Activity', id: string, kind: ActivityKind, subject: string, body?: string | null, occurredAt: string, dueAt?: string | null, doneAt?: string | null, author?: { __typename?: 'User', id: string, name: string } | null, assignee?: { __typename?: 'User', id: string, name: string } | null, company?: { __typename?: 'Company', id: string, name: string } | null, person?: { __typename?: 'Person', id: string, name: string } | null } & { ' $fragmentName'?: 'TimelineActivityFragment' };

export type CompleteTaskMutationVariables = Exact<{
  input: CompleteTaskInput;
}>;


export type CompleteTaskMutation = { __typename?: 'Mutation', completeTask: { __typename?: 'ActivityPayload', activity?: { __typename?: 'Activity', id: string, doneAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type LogActivityMutationVariables = Exact<{
  input: LogActivityInput;
}>;


export type LogActivityMutation = { __typename?: 'Mutation', logActivity: { __typename?: 'ActivityPayload', activity?: (
      { __typename?: 'Activity', id: string }
      & { ' $fragmentRefs'?: { 'TimelineActivityFragment': TimelineActivityFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type RecordTimelineQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  company: Scalars['Boolean']['input'];
  person: Scalars['Boolean']['input'];
}>;


export type RecordTimelineQuery = { __typename?: 'Query', company?: { __typename?: 'Company', id: string, timeline: (
      { __typename?: 'ActivityConnection' }
      & { ' $fragmentRefs'?: { 'ActivityPageFragment': ActivityPageFragment } }
    ) } | null, person?: { __typename?: 'Person', id: string, timeline: (
      { __typename?: 'ActivityConnection' }
      & { ' $fragmentRefs'?: { 'ActivityPageFragment': ActivityPageFragment } }
    ) } | null };

export type ActivityPageFragment = { __typename?: 'ActivityConnection', totalCount: number, pageInfo: (
    { __typename?: 'PageInfo' }
    & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
  ), edges: Array<{ __typename?: 'ActivityEdge', node: (
      { __typename?: 'Activity', id: string }
      & { ' $fragmentRefs'?: { 'TimelineActivityFragment': TimelineActivityFragment } }
    ) }> } & { ' $fragmentName'?: 'ActivityPageFragment' };

export type KpiFieldsFragment = { __typename?: 'Metric', id: string, period: MetricPeriod, from: string, to: string, points: Array<{ __typename?: 'MetricPoint', start?: string | null, key?: string | null, currency?: string | null, value: string }> } & { ' $fragmentName'?: 'KpiFieldsFragment' };

export type DashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQuery = { __typename?: 'Query', revenue: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), receivables: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), pipelineValue: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), weightedForecast: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), winRate: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), newDeals: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), newLeads: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ), pipelines: Array<{ __typename?: 'Pipeline', id: string, name: string, stages: Array<{ __typename?: 'PipelineStage', id: string, name: string }> }> };

export type DashboardMetricUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardMetricUpdatedSubscription = { __typename?: 'Subscription', metricUpdated: (
    { __typename?: 'Metric' }
    & { ' $fragmentRefs'?: { 'KpiFieldsFragment': KpiFieldsFragment } }
  ) };

export type CreateCreditNoteMutationVariables = Exact<{
  input: CreateCreditNoteInput;
}>;


export type CreateCreditNoteMutation = { __typename?: 'Mutation', createCreditNote: { __typename?: 'CreateCreditNotePayload', creditNote?: { __typename?: 'CreditNote', id: string, number: string } | null, invoice?: (
      { __typename?: 'Invoice' }
      & { ' $fragmentRefs'?: { 'InvoiceDetailFieldsFragment': InvoiceDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type CustomerSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type CustomerSearchQuery = { __typename?: 'Query', companies: { __typename?: 'CompanyConnection', totalCount: number, edges: Array<{ __typename?: 'CompanyEdge', node: { __typename?: 'Company', id: string, name: string } }> } };

export type InvoiceDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type InvoiceDetailQuery = { __typename?: 'Query', invoice?: (
    { __typename?: 'Invoice', id: string }
    & { ' $fragmentRefs'?: { 'InvoiceDetailFieldsFragment': InvoiceDetailFieldsFragment } }
  ) | null };

export type PostInvoiceMutationVariables = Exact<{
  input: PostInvoiceInput;
}>;


export type PostInvoiceMutation = { __typename?: 'Mutation', postInvoice: { __typename?: 'PostInvoicePayload', invoice?: (
      { __typename?: 'Invoice' }
      & { ' $fragmentRefs'?: { 'InvoiceDetailFieldsFragment': InvoiceDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CreateInvoiceFormMutationVariables = Exact<{
  input: CreateInvoiceInput;
}>;


export type CreateInvoiceFormMutation = { __typename?: 'Mutation', createInvoice: { __typename?: 'CreateInvoicePayload', invoice?: { __typename?: 'Invoice', id: string, number: string, status: InvoiceStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type UpdateInvoiceFormMutationVariables = Exact<{
  input: UpdateInvoiceInput;
}>;


export type UpdateInvoiceFormMutation = { __typename?: 'Mutation', updateInvoice: { __typename?: 'UpdateInvoicePayload', invoice?: (
      { __typename?: 'Invoice' }
      & { ' $fragmentRefs'?: { 'InvoiceDetailFieldsFragment': InvoiceDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type InvoiceListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<InvoiceStatus>;
}>;


export type InvoiceListQuery = { __typename?: 'Query', invoices: { __typename?: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename?: 'InvoiceEdge', node: { __typename?: 'Invoice', id: string, number: string, status: InvoiceStatus, dueDate: string, total: { __typename?: 'Money', amount: string, currency: string }, residual: { __typename?: 'Money', amount: string, currency: string }, customer: { __typename?: 'Company', id: string, name: string } } }>, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ) } };

export type AgeingRowFragment = { __typename?: 'AgeingBuckets', customer?: { __typename?: 'Company', id: string, name: string } | null, notDue: { __typename?: 'Money', amount: string, currency: string }, days0To30: { __typename?: 'Money', amount: string, currency: string }, days31To60: { __typename?: 'Money', amount: string, currency: string }, days61To90: { __typename?: 'Money', amount: string, currency: string }, over90: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string } } & { ' $fragmentName'?: 'AgeingRowFragment' };

export type ReceivablesAgeingQueryVariables = Exact<{
  asOf?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReceivablesAgeingQuery = { __typename?: 'Query', receivablesAgeing: { __typename?: 'ReceivablesAgeing', asOf: string, customers: Array<(
      { __typename?: 'AgeingBuckets' }
      & { ' $fragmentRefs'?: { 'AgeingRowFragment': AgeingRowFragment } }
    )>, totals: Array<(
      { __typename?: 'AgeingBuckets' }
      & { ' $fragmentRefs'?: { 'AgeingRowFragment': AgeingRowFragment } }
    )> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { __typename?: 'Mutation', recordPayment: { __typename?: 'RecordPaymentPayload', payment?: { __typename?: 'Payment', id: string } | null, invoice?: (
      { __typename?: 'Invoice' }
      & { ' $fragmentRefs'?: { 'InvoiceDetailFieldsFragment': InvoiceDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type InvoiceDetailFieldsFragment = { __typename?: 'Invoice', id: string, number: string, status: InvoiceStatus, currency: string, invoiceDate: string, paymentTerms: PaymentTerms, paymentTermDays: number, dueDate: string, issuedAt?: string | null, createdAt: string, customer: { __typename?: 'Company', id: string, name: string }, subtotal: { __typename?: 'Money', amount: string, currency: string }, taxTotal: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, amountPaid: { __typename?: 'Money', amount: string, currency: string }, amountCredited: { __typename?: 'Money', amount: string, currency: string }, residual: { __typename?: 'Money', amount: string, currency: string }, lines: Array<{ __typename?: 'InvoiceLine', description: string, quantity: string, unitPrice: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string }, net: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string }, taxRate?: { __typename?: 'InvoiceLineTax', id: string, rate: string, inclusive: boolean } | null }>, payments: Array<{ __typename?: 'Payment', id: string, date: string, method: PaymentMethod, reference?: string | null, amount: { __typename?: 'Money', amount: string, currency: string } }>, creditNotes: Array<{ __typename?: 'CreditNote', id: string, number: string, date: string, reason: string, amount: { __typename?: 'Money', amount: string, currency: string } }> } & { ' $fragmentName'?: 'InvoiceDetailFieldsFragment' };

export type ActiveTaxRatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ActiveTaxRatesQuery = { __typename?: 'Query', taxRates: { __typename?: 'TaxRateConnection', edges: Array<{ __typename?: 'TaxRateEdge', node: { __typename?: 'TaxRate', id: string, name: string, rate: string, inclusive: boolean } }> } };

export type CreateLeaveAllocationMutationVariables = Exact<{
  input: CreateLeaveAllocationInput;
}>;


export type CreateLeaveAllocationMutation = { __typename?: 'Mutation', createLeaveAllocation: { __typename?: 'LeaveAllocationPayload', allocation?: { __typename?: 'LeaveAllocation', id: string, days: string, employee: { __typename?: 'Employee', id: string, name: string }, leaveType: { __typename?: 'LeaveType', id: string, name: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type LeaveAllocationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type LeaveAllocationsQuery = { __typename?: 'Query', leaveAllocations: { __typename?: 'LeaveAllocationConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'LeaveAllocationEdge', node: { __typename?: 'LeaveAllocation', id: string, days: string, validFrom: string, validTo: string, note?: string | null, employee: { __typename?: 'Employee', id: string, name: string }, leaveType: { __typename?: 'LeaveType', id: string, name: string } } }> } };

export type DepartmentOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentOptionsQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentConnection', edges: Array<{ __typename?: 'DepartmentEdge', node: { __typename?: 'Department', id: string, name: string } }> } };

export type DepartmentsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type DepartmentsQuery = { __typename?: 'Query', departments: { __typename?: 'DepartmentConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'DepartmentEdge', node: { __typename?: 'Department', id: string, name: string, parent?: { __typename?: 'Department', id: string, name: string } | null, manager?: { __typename?: 'Employee', id: string, name: string } | null } }> } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { __typename?: 'Mutation', createDepartment: { __typename?: 'DepartmentPayload', department?: { __typename?: 'Department', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type EmployeesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type EmployeesQuery = { __typename?: 'Query', employees: { __typename?: 'EmployeeConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'EmployeeEdge', node: { __typename?: 'Employee', id: string, name: string, jobTitle?: string | null, workEmail?: string | null, active: boolean, department?: { __typename?: 'Department', id: string, name: string } | null } }> } };

export type EmployeeDetailFieldsFragment = { __typename?: 'Employee', id: string, name: string, workEmail?: string | null, jobTitle?: string | null, hireDate: string, endDate?: string | null, active: boolean, department?: { __typename?: 'Department', id: string, name: string } | null, manager?: { __typename?: 'Employee', id: string, name: string } | null, user?: { __typename?: 'User', id: string, name: string, email: string } | null } & { ' $fragmentName'?: 'EmployeeDetailFieldsFragment' };

export type EmployeeDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmployeeDetailQuery = { __typename?: 'Query', employee?: (
    { __typename?: 'Employee' }
    & { ' $fragmentRefs'?: { 'EmployeeDetailFieldsFragment': EmployeeDetailFieldsFragment } }
  ) | null };

export type UpdateEmployeeMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type UpdateEmployeeMutation = { __typename?: 'Mutation', updateEmployee: { __typename?: 'EmployeePayload', employee?: (
      { __typename?: 'Employee' }
      & { ' $fragmentRefs'?: { 'EmployeeDetailFieldsFragment': EmployeeDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type EmployeeOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type EmployeeOptionsQuery = { __typename?: 'Query', employees: { __typename?: 'EmployeeConnection', edges: Array<{ __typename?: 'EmployeeEdge', node: { __typename?: 'Employee', id: string, name: string, jobTitle?: string | null } }> } };

export type CreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type CreateEmployeeMutation = { __typename?: 'Mutation', createEmployee: { __typename?: 'EmployeePayload', employee?: { __typename?: 'Employee', id: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type PendingLeaveRequestsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PendingLeaveRequestsQuery = { __typename?: 'Query', leaveRequests: { __typename?: 'LeaveRequestConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'LeaveRequestEdge', node: { __typename?: 'LeaveRequest', id: string, startDate: string, endDate: string, halfDay: boolean, days: string, status: LeaveStatus, reason?: string | null, leaveType: { __typename?: 'LeaveType', id: string, name: string }, employee: { __typename?: 'Employee', id: string, name: string } } }> } };

export type ApproveLeaveRequestMutationVariables = Exact<{
  input: LeaveDecisionInput;
}>;


export type ApproveLeaveRequestMutation = { __typename?: 'Mutation', approveLeaveRequest: { __typename?: 'LeaveRequestPayload', request?: { __typename?: 'LeaveRequest', id: string, status: LeaveStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type RefuseLeaveRequestMutationVariables = Exact<{
  input: LeaveDecisionInput;
}>;


export type RefuseLeaveRequestMutation = { __typename?: 'Mutation', refuseLeaveRequest: { __typename?: 'LeaveRequestPayload', request?: { __typename?: 'LeaveRequest', id: string, status: LeaveStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type LeaveBalanceQueryVariables = Exact<{
  employeeId: Scalars['ID']['input'];
  leaveTypeId: Scalars['ID']['input'];
}>;


export type LeaveBalanceQuery = { __typename?: 'Query', leaveBalance?: { __typename?: 'LeaveBalance', requiresAllocation: boolean, allocated: string, approved: string, pending: string, remaining: string, validFrom?: string | null, validTo?: string | null } | null };

export type RequestLeaveMutationVariables = Exact<{
  input: RequestLeaveInput;
}>;


export type RequestLeaveMutation = { __typename?: 'Mutation', requestLeave: { __typename?: 'LeaveRequestPayload', request?: { __typename?: 'LeaveRequest', id: string, days: string, status: LeaveStatus, leaveType: { __typename?: 'LeaveType', id: string, name: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type CreateLeaveTypeMutationVariables = Exact<{
  input: CreateLeaveTypeInput;
}>;


export type CreateLeaveTypeMutation = { __typename?: 'Mutation', createLeaveType: { __typename?: 'LeaveTypePayload', leaveType?: { __typename?: 'LeaveType', id: string, name: string, requiresAllocation: boolean } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type MemberOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MemberOptionsQuery = { __typename?: 'Query', members: { __typename?: 'MembershipConnection', edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string, email: string } } }> } };

export type MyEmployeeQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmployeeQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', user: { __typename?: 'User', id: string, employee?: { __typename?: 'Employee', id: string, name: string } | null } } | null };

export type MyLeaveRequestsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  employeeId: Scalars['ID']['input'];
}>;


export type MyLeaveRequestsQuery = { __typename?: 'Query', leaveRequests: { __typename?: 'LeaveRequestConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'LeaveRequestEdge', node: { __typename?: 'LeaveRequest', id: string, startDate: string, endDate: string, halfDay: boolean, days: string, status: LeaveStatus, reason?: string | null, leaveType: { __typename?: 'LeaveType', id: string, name: string } } }> } };

export type CancelLeaveRequestMutationVariables = Exact<{
  input: LeaveDecisionInput;
}>;


export type CancelLeaveRequestMutation = { __typename?: 'Mutation', cancelLeaveRequest: { __typename?: 'LeaveRequestPayload', request?: { __typename?: 'LeaveRequest', id: string, status: LeaveStatus } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type LeaveTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type LeaveTypesQuery = { __typename?: 'Query', leaveTypes: { __typename?: 'LeaveTypeConnection', totalCount: number, edges: Array<{ __typename?: 'LeaveTypeEdge', node: { __typename?: 'LeaveType', id: string, name: string, requiresAllocation: boolean } }> } };

export type CreateStockLocationMutationVariables = Exact<{
  input: CreateStockLocationInput;
}>;


export type CreateStockLocationMutation = { __typename?: 'Mutation', createStockLocation: { __typename?: 'StockLocationPayload', location?: { __typename?: 'StockLocation', id: string, fullCode: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type ProductOnHandFragment = { __typename?: 'Product', onHand?: { __typename?: 'StockOnHand', total: string, locations: Array<{ __typename?: 'LocationStock', quantity: string, location: { __typename?: 'StockLocation', id: string, fullCode: string, name: string } }> } | null } & { ' $fragmentName'?: 'ProductOnHandFragment' };

export type OnHandOfProductQueryVariables = Exact<{
  productId: Scalars['ID']['input'];
}>;


export type OnHandOfProductQuery = { __typename?: 'Query', stockOnHand: { __typename?: 'StockOnHand', total: string, locations: Array<{ __typename?: 'LocationStock', quantity: string, location: { __typename?: 'StockLocation', id: string, fullCode: string } }> } };

export type ProductsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, sku: string, name: string, unit: string, active: boolean, salePrice: { __typename?: 'Money', amount: string, currency: string } } }> } };

export type ProductOptionsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductOptionsQuery = { __typename?: 'Query', products: { __typename?: 'ProductConnection', edges: Array<{ __typename?: 'ProductEdge', node: { __typename?: 'Product', id: string, sku: string, name: string, unit: string, currency: string } }> } };

export type ProductDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  withStock: Scalars['Boolean']['input'];
  withValuation: Scalars['Boolean']['input'];
}>;


export type ProductDetailQuery = { __typename?: 'Query', product?: (
    { __typename?: 'Product', id: string, sku: string, name: string, unit: string, currency: string, active: boolean, createdAt: string, costPrice: { __typename?: 'Money', amount: string, currency: string }, salePrice: { __typename?: 'Money', amount: string, currency: string }, averageCost?: { __typename?: 'Money', amount: string, currency: string } | null, stockValue?: { __typename?: 'Money', amount: string, currency: string } | null }
    & { ' $fragmentRefs'?: { 'ProductOnHandFragment': ProductOnHandFragment;'ProductReorderRulesFragment': ProductReorderRulesFragment } }
  ) | null };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'ProductPayload', product?: { __typename?: 'Product', id: string, sku: string, name: string, unit: string, currency: string, costPrice: { __typename?: 'Money', amount: string, currency: string }, salePrice: { __typename?: 'Money', amount: string, currency: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'ProductPayload', product?: { __typename?: 'Product', id: string, sku: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type ProductReorderRulesFragment = { __typename?: 'Product', reorderRules?: Array<{ __typename?: 'ReorderRule', id: string, minQuantity: string, maxQuantity: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } }> | null } & { ' $fragmentName'?: 'ProductReorderRulesFragment' };

export type SetReorderRuleMutationVariables = Exact<{
  input: SetReorderRuleInput;
}>;


export type SetReorderRuleMutation = { __typename?: 'Mutation', setReorderRule: { __typename?: 'ReorderRulePayload', rule?: { __typename?: 'ReorderRule', id: string, minQuantity: string, maxQuantity: string, warehouse: { __typename?: 'Warehouse', id: string, code: string, name: string } } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type ProductsToReorderQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ProductsToReorderQuery = { __typename?: 'Query', productsToReorder: { __typename?: 'ReorderSuggestionConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'ReorderSuggestionEdge', node: { __typename?: 'ReorderSuggestion', onHand: string, suggestedQuantity: string, rule: { __typename?: 'ReorderRule', id: string, minQuantity: string }, product: { __typename?: 'Product', id: string, sku: string, name: string, unit: string }, warehouse: { __typename?: 'Warehouse', id: string, code: string } } }> } };

export type MoveResultFragment = { __typename?: 'StockMovePayload', move?: { __typename?: 'StockMove', id: string, type: StockMoveType, quantity: string, product: { __typename?: 'Product', id: string, sku: string }, fromLocation?: { __typename?: 'StockLocation', id: string, fullCode: string } | null, toLocation?: { __typename?: 'StockLocation', id: string, fullCode: string } | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } & { ' $fragmentName'?: 'MoveResultFragment' };

export type ReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type ReceiveStockMutation = { __typename?: 'Mutation', receiveStock: (
    { __typename?: 'StockMovePayload' }
    & { ' $fragmentRefs'?: { 'MoveResultFragment': MoveResultFragment } }
  ) };

export type DeliverStockMutationVariables = Exact<{
  input: DeliverStockInput;
}>;


export type DeliverStockMutation = { __typename?: 'Mutation', deliverStock: (
    { __typename?: 'StockMovePayload' }
    & { ' $fragmentRefs'?: { 'MoveResultFragment': MoveResultFragment } }
  ) };

export type TransferStockMutationVariables = Exact<{
  input: TransferStockInput;
}>;


export type TransferStockMutation = { __typename?: 'Mutation', transferStock: (
    { __typename?: 'StockMovePayload' }
    & { ' $fragmentRefs'?: { 'MoveResultFragment': MoveResultFragment } }
  ) };

export type AdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdjustStockMutation = { __typename?: 'Mutation', adjustStock: (
    { __typename?: 'StockMovePayload' }
    & { ' $fragmentRefs'?: { 'MoveResultFragment': MoveResultFragment } }
  ) };

export type StockMovesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StockMovesQuery = { __typename?: 'Query', stockMoves: { __typename?: 'StockMoveConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'StockMoveEdge', node: { __typename?: 'StockMove', id: string, type: StockMoveType, quantity: string, reason?: string | null, reference?: string | null, createdAt: string, product: { __typename?: 'Product', id: string, sku: string, unit: string }, fromLocation?: { __typename?: 'StockLocation', id: string, fullCode: string } | null, toLocation?: { __typename?: 'StockLocation', id: string, fullCode: string } | null } }> } };

export type CreateWarehouseMutationVariables = Exact<{
  input: CreateWarehouseInput;
}>;


export type CreateWarehouseMutation = { __typename?: 'Mutation', createWarehouse: { __typename?: 'WarehousePayload', warehouse?: { __typename?: 'Warehouse', id: string, code: string, name: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, message: string, code: string }> } };

export type WarehousesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type WarehousesQuery = { __typename?: 'Query', warehouses: { __typename?: 'WarehouseConnection', totalCount: number, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ), edges: Array<{ __typename?: 'WarehouseEdge', node: { __typename?: 'Warehouse', id: string, code: string, name: string, active: boolean, allowNegativeStock: boolean, locations: { __typename?: 'StockLocationConnection', totalCount: number, edges: Array<{ __typename?: 'StockLocationEdge', node: { __typename?: 'StockLocation', id: string, code: string, fullCode: string, name: string, isDefault: boolean } }> } } }> } };

export type StockPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type StockPlacesQuery = { __typename?: 'Query', warehouses: { __typename?: 'WarehouseConnection', totalCount: number, edges: Array<{ __typename?: 'WarehouseEdge', node: { __typename?: 'Warehouse', id: string, code: string, name: string, locations: { __typename?: 'StockLocationConnection', edges: Array<{ __typename?: 'StockLocationEdge', node: { __typename?: 'StockLocation', id: string, fullCode: string, name: string } }> } } }> } };

export type NextPageFragment = { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } & { ' $fragmentName'?: 'NextPageFragment' };

export type PurchaseOrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PurchaseOrderDetailQuery = { __typename?: 'Query', purchaseOrder?: (
    { __typename?: 'PurchaseOrder', id: string }
    & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
  ) | null };

export type ConfirmPurchaseOrderMutationVariables = Exact<{
  input: PurchaseOrderIdInput;
}>;


export type ConfirmPurchaseOrderMutation = { __typename?: 'Mutation', confirmPurchaseOrder: { __typename?: 'PurchaseOrderPayload', purchaseOrder?: (
      { __typename?: 'PurchaseOrder' }
      & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CancelPurchaseOrderMutationVariables = Exact<{
  input: PurchaseOrderIdInput;
}>;


export type CancelPurchaseOrderMutation = { __typename?: 'Mutation', cancelPurchaseOrder: { __typename?: 'PurchaseOrderPayload', purchaseOrder?: (
      { __typename?: 'PurchaseOrder' }
      & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type CreatePurchaseOrderMutationVariables = Exact<{
  input: CreatePurchaseOrderInput;
}>;


export type CreatePurchaseOrderMutation = { __typename?: 'Mutation', createPurchaseOrder: { __typename?: 'PurchaseOrderPayload', purchaseOrder?: (
      { __typename?: 'PurchaseOrder' }
      & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type UpdatePurchaseOrderMutationVariables = Exact<{
  input: UpdatePurchaseOrderInput;
}>;


export type UpdatePurchaseOrderMutation = { __typename?: 'Mutation', updatePurchaseOrder: { __typename?: 'PurchaseOrderPayload', purchaseOrder?: (
      { __typename?: 'PurchaseOrder' }
      & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type PurchaseOrderListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PurchaseOrderStatus>;
}>;


export type PurchaseOrderListQuery = { __typename?: 'Query', purchaseOrders: { __typename?: 'PurchaseOrderConnection', totalCount: number, edges: Array<{ __typename?: 'PurchaseOrderEdge', node: { __typename?: 'PurchaseOrder', id: string, number: string, status: PurchaseOrderStatus, orderDate: string, supplier: { __typename?: 'Company', id: string, name: string }, total: { __typename?: 'Money', amount: string, currency: string } } }>, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ) } };

export type ReceivePurchaseOrderMutationVariables = Exact<{
  input: ReceivePurchaseOrderInput;
}>;


export type ReceivePurchaseOrderMutation = { __typename?: 'Mutation', receivePurchaseOrder: { __typename?: 'ReceivePurchaseOrderPayload', purchaseOrder?: (
      { __typename?: 'PurchaseOrder' }
      & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
    ) | null, moves: Array<{ __typename?: 'StockMove', id: string, product: { __typename?: 'Product', id: string } }>, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type CreateSupplierBillMutationVariables = Exact<{
  input: CreateSupplierBillInput;
}>;


export type CreateSupplierBillMutation = { __typename?: 'Mutation', createSupplierBill: { __typename?: 'CreateSupplierBillPayload', supplierBill?: { __typename?: 'SupplierBill', id: string, number: string, purchaseOrder: (
        { __typename?: 'PurchaseOrder' }
        & { ' $fragmentRefs'?: { 'PurchaseOrderDetailFieldsFragment': PurchaseOrderDetailFieldsFragment } }
      ) } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type PurchaseOrderDetailFieldsFragment = { __typename?: 'PurchaseOrder', id: string, number: string, status: PurchaseOrderStatus, currency: string, orderDate: string, notes?: string | null, confirmedAt?: string | null, cancelledAt?: string | null, createdAt: string, supplier: { __typename?: 'Company', id: string, name: string }, subtotal: { __typename?: 'Money', amount: string, currency: string }, taxTotal: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string }, lines: Array<{ __typename?: 'PurchaseOrderLine', id: string, description?: string | null, quantity: string, taxRate?: string | null, receivedQuantity: string, billedQuantity: string, product?: { __typename?: 'Product', id: string, sku: string, name: string, unit: string, currency: string } | null, location?: { __typename?: 'StockLocation', id: string, fullCode: string, warehouse: { __typename?: 'Warehouse', id: string } } | null, unitCost: { __typename?: 'Money', amount: string, currency: string }, amount: { __typename?: 'Money', amount: string, currency: string }, tax: { __typename?: 'Money', amount: string, currency: string } }>, bills: Array<{ __typename?: 'SupplierBill', id: string, number: string, billDate: string, supplierReference?: string | null, total: { __typename?: 'Money', amount: string, currency: string }, priceDifference: { __typename?: 'Money', amount: string, currency: string }, lines: Array<{ __typename?: 'SupplierBillLine', quantity: string, purchaseOrderLine: { __typename?: 'PurchaseOrderLine', id: string } }> }> } & { ' $fragmentName'?: 'PurchaseOrderDetailFieldsFragment' };

export type CreateRoleFormMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type CreateRoleFormMutation = { __typename?: 'Mutation', createRole: { __typename?: 'CreateRolePayload', role?: { __typename?: 'Role', id?: string | null, name: string, builtIn: boolean, permissions: Array<string>, createdAt?: string | null } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type InviteMemberFormMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberFormMutation = { __typename?: 'Mutation', inviteMember: { __typename?: 'InviteMemberPayload', invitationToken?: string | null, invitation?: { __typename?: 'Invitation', id: string, email: string, role: string, expiresAt: string } | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type MemberListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MemberListQuery = { __typename?: 'Query', members: { __typename?: 'MembershipConnection', totalCount: number, edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, role: string, createdAt: string, user: { __typename?: 'User', id: string, name: string, email: string } } }>, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ) } };

export type AssignMemberRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignMemberRoleMutation = { __typename?: 'Mutation', assignRole: { __typename?: 'AssignRolePayload', membership?: { __typename?: 'Membership', id: string, role: string } | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type ApiKeyListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeyListQuery = { __typename?: 'Query', apiKeys?: { __typename?: 'ApiKeyConnection', totalCount: number, edges: Array<{ __typename?: 'ApiKeyEdge', node: (
        { __typename?: 'ApiKey' }
        & { ' $fragmentRefs'?: { 'ApiKeyFieldsFragment': ApiKeyFieldsFragment } }
      ) }>, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ) } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret?: string | null, apiKey?: (
      { __typename?: 'ApiKey' }
      & { ' $fragmentRefs'?: { 'ApiKeyFieldsFragment': ApiKeyFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', field?: Array<string> | null, code: string, message: string }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'RevokeApiKeyPayload', apiKey?: (
      { __typename?: 'ApiKey' }
      & { ' $fragmentRefs'?: { 'ApiKeyFieldsFragment': ApiKeyFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, message: string }> } };

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, status: ApiKeyStatus, createdAt: string, lastUsedAt?: string | null, expiresAt?: string | null, revokedAt?: string | null, limits: { __typename?: 'ApiKeyLimits', requestsPerMinute?: number | null, costPerMinute?: number | null }, createdBy?: { __typename?: 'User', id: string, name: string } | null } & { ' $fragmentName'?: 'ApiKeyFieldsFragment' };

export type AuditEventListQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<AuditEventType> | AuditEventType>;
  userId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AuditEventListQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, edges: Array<{ __typename?: 'AuditEventEdge', node: { __typename?: 'AuditEvent', id: string, type: AuditEventType, occurredAt: string, actorId?: string | null, clientAddress?: string | null, userAgent?: string | null, details: string, actor?: { __typename?: 'User', id: string, name: string } | null, target?: { __typename?: 'AuditTarget', type: AuditTargetType, id: string } | null } }>, pageInfo: (
      { __typename?: 'PageInfo' }
      & { ' $fragmentRefs'?: { 'NextPageFragment': NextPageFragment } }
    ) } };

export type AuditMembersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type AuditMembersQuery = { __typename?: 'Query', members: { __typename?: 'MembershipConnection', edges: Array<{ __typename?: 'MembershipEdge', node: { __typename?: 'Membership', id: string, user: { __typename?: 'User', id: string, name: string, email: string } } }> } };

export type TenantRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type TenantRolesQuery = { __typename?: 'Query', roles: Array<{ __typename?: 'Role', id?: string | null, name: string, builtIn: boolean, permissions: Array<string>, createdAt?: string | null }> };

export type DisableMfaMutationVariables = Exact<{
  input: MfaProofInput;
}>;


export type DisableMfaMutation = { __typename?: 'Mutation', disableMfa: { __typename?: 'DisableMfaPayload', mfa?: (
      { __typename?: 'MfaStatus' }
      & { ' $fragmentRefs'?: { 'MfaStatusFieldsFragment': MfaStatusFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type StartMfaEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartMfaEnrolmentMutation = { __typename?: 'Mutation', startMfaEnrolment: { __typename?: 'StartMfaEnrolmentPayload', secret?: string | null, otpauthUri?: string | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  input: ConfirmMfaEnrolmentInput;
}>;


export type ConfirmMfaEnrolmentMutation = { __typename?: 'Mutation', confirmMfaEnrolment: { __typename?: 'MfaRecoveryCodesPayload', recoveryCodes?: Array<string> | null, mfa?: (
      { __typename?: 'MfaStatus' }
      & { ' $fragmentRefs'?: { 'MfaStatusFieldsFragment': MfaStatusFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: MfaProofInput;
}>;


export type RegenerateRecoveryCodesMutation = { __typename?: 'Mutation', regenerateRecoveryCodes: { __typename?: 'MfaRecoveryCodesPayload', recoveryCodes?: Array<string> | null, mfa?: (
      { __typename?: 'MfaStatus' }
      & { ' $fragmentRefs'?: { 'MfaStatusFieldsFragment': MfaStatusFieldsFragment } }
    ) | null, userErrors: Array<{ __typename?: 'UserError', code: string, field?: Array<string> | null, message: string }> } };

export type SecurityQueryVariables = Exact<{ [key: string]: never; }>;


export type SecurityQuery = { __typename?: 'Query', me?: { __typename?: 'Viewer', mfa: (
      { __typename?: 'MfaStatus' }
      & { ' $fragmentRefs'?: { 'MfaStatusFieldsFragment': MfaStatusFieldsFragment } }
    ) } | null };

export type MfaStatusFieldsFragment = { __typename?: 'MfaStatus', enabled: boolean, enabledAt?: string | null, enrolmentPending: boolean, recoveryCodesRemaining: number } & { ' $fragmentName'?: 'MfaStatusFieldsFragment' };

export const SessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SessionFieldsFragment, unknown>;
export const CompanyBillingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyBillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyBillingFieldsFragment, unknown>;
export const DealCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DealCardFieldsFragment, unknown>;
export const ImportJobProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipBadRows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ImportJobProgressFieldsFragment, unknown>;
export const ConvertedRecordsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedDeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ConvertedRecordsFragment, unknown>;
export const NextPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<NextPageFragment, unknown>;
export const TimelineActivityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TimelineActivityFragment, unknown>;
export const ActivityPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineActivity"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ActivityPageFragment, unknown>;
export const KpiFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<KpiFieldsFragment, unknown>;
export const AgeingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgeingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgeingBuckets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days0To30"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"over90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<AgeingRowFragment, unknown>;
export const InvoiceDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCredited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailFieldsFragment, unknown>;
export const EmployeeDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<EmployeeDetailFieldsFragment, unknown>;
export const ProductOnHandFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductOnHand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductOnHandFragment, unknown>;
export const ProductReorderRulesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductReorderRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProductReorderRulesFragment, unknown>;
export const MoveResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<MoveResultFragment, unknown>;
export const PurchaseOrderDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseOrderDetailFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const MfaStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentPending"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRemaining"}}]}}]} as unknown as DocumentNode<MfaStatusFieldsFragment, unknown>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"dffa97f3b649425f8ef2e5df1df4c6ddcc8c295d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"cedfaed4306a08da625d7ca78ab21455cc15db76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const LoginDocument = {"__meta__":{"hash":"795a49163a6c7178471623dd56812a39d63f8f1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mfaChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CompleteMfaLoginDocument = {"__meta__":{"hash":"fe2534831a0658e301a24b8c677731a305ed928b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteMfaLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMfaLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMfaLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteMfaLoginMutation, CompleteMfaLoginMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"8287eae66fd613d62695f6957ca3d3c2b056167f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CompleteOidcLoginDocument = {"__meta__":{"hash":"9d4e6d2ee1c9c237c22b35ffe2d808d58396d380"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOidcLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteOidcLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOidcLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mfaChallenge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CompleteOidcLoginMutation, CompleteOidcLoginMutationVariables>;
export const SignInProvidersDocument = {"__meta__":{"hash":"eecb5b1999386d24c9afde460fbc55816afeb08f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const StartOidcLoginDocument = {"__meta__":{"hash":"325e5301fd1305533898d9be6fe0ec546b7e7f0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartOidcLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartOidcLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startOidcLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizationUrl"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartOidcLoginMutation, StartOidcLoginMutationVariables>;
export const SignUpDocument = {"__meta__":{"hash":"85ebe847968454d30d708e57792255eedc47fbca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationRequired"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const MembershipsDocument = {"__meta__":{"hash":"f7515919e5fab879b3d1b236cc7b627ded5c5f0f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipsQuery, MembershipsQueryVariables>;
export const SwitchTenantDocument = {"__meta__":{"hash":"f6c9c07df05525ef3bac1b26affffcf8ee5df702"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SwitchTenant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SwitchTenantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchTenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SwitchTenantMutation, SwitchTenantMutationVariables>;
export const VerifyEmailDocument = {"__meta__":{"hash":"721e1d5980de62084b78d6647d204a620afc6704"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"3dc93fd1312018c8776d6cab631c76a81d8be547"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const CreateCompanyDocument = {"__meta__":{"hash":"bd29ac659f6af42b3c2cb6e35e10c1eede0b1c66"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const CompaniesDocument = {"__meta__":{"hash":"4bf4158434fe79c7f567fba259f051078e0be31a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Companies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CompaniesQuery, CompaniesQueryVariables>;
export const CompanyDetailDocument = {"__meta__":{"hash":"385a334ead47d0dc7db98f1ea1b2efacc86572b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withDeals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withBilling"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"employeeCount"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPeople"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withDeals"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompanyBillingFields"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withBilling"}}}]}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompanyBillingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Company"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyDetailQuery, CompanyDetailQueryVariables>;
export const UpdateCompanyDocument = {"__meta__":{"hash":"66002cb310c3c0a191670d15851844a8c9c5784c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCompanyMutation, UpdateCompanyMutationVariables>;
export const DealBoardDocument = {"__meta__":{"hash":"e70a621cdfe856f4660ed802df7a8c0bc5653d57"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelineBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealCount"}},{"kind":"Field","name":{"kind":"Name","value":"hasMoreDeals"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DealBoardQuery, DealBoardQueryVariables>;
export const MoveBoardDealDocument = {"__meta__":{"hash":"8cbe9fd0580518ecbbea115066a7ce2d6899c08b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveBoardDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MoveBoardDealMutation, MoveBoardDealMutationVariables>;
export const DealBoardUpdatesDocument = {"__meta__":{"hash":"c0eefa7bb820baf4bec4f6c481ce689d3c0b57b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DealBoardUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pipelineId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DealBoardUpdatesSubscription, DealBoardUpdatesSubscriptionVariables>;
export const DealPipelinesDocument = {"__meta__":{"hash":"353ac54b83ddc0a905f7ffa99dfd8b797562f7ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealPipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DealPipelinesQuery, DealPipelinesQueryVariables>;
export const LostReasonsDocument = {"__meta__":{"hash":"4b8202cfd17ea2a31fcd2fa2b8b95bef5b99d77c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LostReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lostReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LostReasonsQuery, LostReasonsQueryVariables>;
export const MarkBoardDealLostDocument = {"__meta__":{"hash":"319f860537d98298477054a07f2459fa15d8deaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkBoardDealLost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkDealLostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDealLost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MarkBoardDealLostMutation, MarkBoardDealLostMutationVariables>;
export const CreateBoardCompanyDocument = {"__meta__":{"hash":"dbe336a305e87d38818431cd996450f1240b4a60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBoardCompany"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCompanyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompany"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBoardCompanyMutation, CreateBoardCompanyMutationVariables>;
export const CreateBoardDealDocument = {"__meta__":{"hash":"721d63ccd0652a0299d268bb09287f741466e648"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBoardDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealCardFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"lostReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateBoardDealMutation, CreateBoardDealMutationVariables>;
export const DealFormCompaniesDocument = {"__meta__":{"hash":"c3a1da7df438e1d891f69fd746560c9162bda4a3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealFormCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealFormCompaniesQuery, DealFormCompaniesQueryVariables>;
export const MergeCompaniesDocument = {"__meta__":{"hash":"2f68cbd1102d25208851dcfb3a1e90df83ed141b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCompanies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeCompanies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MergeCompaniesMutation, MergeCompaniesMutationVariables>;
export const MergePeopleDocument = {"__meta__":{"hash":"78c7d39986f4e9300c16b37048b72d7343df5772"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MergePeopleMutation, MergePeopleMutationVariables>;
export const DuplicateCandidatesDocument = {"__meta__":{"hash":"17f2c7da73a7f01aa021b76704b8032382e74cbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DuplicateEntity"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"companies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const ImportSessionCheckDocument = {"__meta__":{"hash":"6729265ed55596d51af6618e5bb53af669b6ba67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportSessionCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ImportSessionCheckQuery, ImportSessionCheckQueryVariables>;
export const ImportJobDetailsDocument = {"__meta__":{"hash":"aab02b74b5dd540a3cf83a2e2c921d9e9d2c03bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobProgressFields"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipBadRows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ImportJobDetailsQuery, ImportJobDetailsQueryVariables>;
export const ImportJobProgressDocument = {"__meta__":{"hash":"f2508f23a0df16edbbd05894d65c2994a7052666"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"skipBadRows"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<ImportJobProgressSubscription, ImportJobProgressSubscriptionVariables>;
export const RecentImportsDocument = {"__meta__":{"hash":"7504c9f6ec0ca4d278f42cd7491a1ef14313bfa7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentImports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecentImportsQuery, RecentImportsQueryVariables>;
export const ConvertLeadDocument = {"__meta__":{"hash":"81da97092c3b7353fe4a9fee2da6c5d7a858c960"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedRecords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedDeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ConvertLeadMutation, ConvertLeadMutationVariables>;
export const CreateLeadDocument = {"__meta__":{"hash":"892512c87e1b9707cd0b75c4ed0ec8ad9cf2539f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const LeadsDocument = {"__meta__":{"hash":"1c0b9200906680563456e26f2f4394bc5a9bc50f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LeadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConvertedRecords"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConvertedRecords"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedCompany"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convertedDeal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<LeadsQuery, LeadsQueryVariables>;
export const CompanyOptionsDocument = {"__meta__":{"hash":"1a19720193bbeafc37b4c1c4543c8201d8370dc2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanyOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanyOptionsQuery, CompanyOptionsQueryVariables>;
export const PeopleDocument = {"__meta__":{"hash":"2ac7f58172512a545822231fbec8261101e72bfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"primaryEmail"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const CreatePersonDocument = {"__meta__":{"hash":"245676850d9661e72c65a36ba76e46fbd65304f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const PersonDetailDocument = {"__meta__":{"hash":"662a5884cd551d6e71d43ab95935a1ec24d75de7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"emails"}},{"kind":"Field","name":{"kind":"Name","value":"phones"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PersonDetailQuery, PersonDetailQueryVariables>;
export const MyTasksDocument = {"__meta__":{"hash":"74df909d8b00ea9cc17ec75a4a11e367c4fa6f76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineActivity"}}]}}]}}]}}]} as unknown as DocumentNode<MyTasksQuery, MyTasksQueryVariables>;
export const CompleteTaskDocument = {"__meta__":{"hash":"bf4edf63a56328ae9ff8def5246d9fb574e06dcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteTaskMutation, CompleteTaskMutationVariables>;
export const LogActivityDocument = {"__meta__":{"hash":"c75675791b778bbc3b14e723fbb4ebb25d37352a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineActivity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LogActivityMutation, LogActivityMutationVariables>;
export const RecordTimelineDocument = {"__meta__":{"hash":"8f3e79de90cc9d344a6bbf9193d0750c379caec6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"company"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"company"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"company"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TimelineActivity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"doneAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"company"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TimelineActivity"}}]}}]}}]}}]} as unknown as DocumentNode<RecordTimelineQuery, RecordTimelineQueryVariables>;
export const DashboardDocument = {"__meta__":{"hash":"2004a332d6e0514b1a27b4522202181ca4e81ae1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"revenue"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"REVENUE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"receivables"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"RECEIVABLES"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pipelineValue"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"PIPELINE_VALUE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"weightedForecast"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"WEIGHTED_FORECAST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"winRate"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"WIN_RATE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"newDeals"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"NEW_DEALS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"newLeads"},"name":{"kind":"Name","value":"metric"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"NEW_LEADS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pipelines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardMetricUpdatedDocument = {"__meta__":{"hash":"ef4d672b5c8ca5007897950d8a03cb7514fb65fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardMetricUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"names"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REVENUE"},{"kind":"EnumValue","value":"RECEIVABLES"},{"kind":"EnumValue","value":"PIPELINE_VALUE"},{"kind":"EnumValue","value":"WEIGHTED_FORECAST"},{"kind":"EnumValue","value":"WIN_RATE"},{"kind":"EnumValue","value":"NEW_DEALS"},{"kind":"EnumValue","value":"NEW_LEADS"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KpiFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KpiFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Metric"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<DashboardMetricUpdatedSubscription, DashboardMetricUpdatedSubscriptionVariables>;
export const CreateCreditNoteDocument = {"__meta__":{"hash":"a6cb078a9fd29c96c46604f30cd0f2a6fe73dbad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCredited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CreateCreditNoteMutation, CreateCreditNoteMutationVariables>;
export const CustomerSearchDocument = {"__meta__":{"hash":"8caa54cda08d36118fb72b34c21c16ee7e82e103"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSearchQuery, CustomerSearchQueryVariables>;
export const InvoiceDetailDocument = {"__meta__":{"hash":"8d9b86466078850597aa88638bc086e5be0021a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCredited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<InvoiceDetailQuery, InvoiceDetailQueryVariables>;
export const PostInvoiceDocument = {"__meta__":{"hash":"0b07a4a9d06ac9bb5738280ee2ecc40cc2275877"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCredited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PostInvoiceMutation, PostInvoiceMutationVariables>;
export const CreateInvoiceFormDocument = {"__meta__":{"hash":"d0c50c70dcef429ffeff240f8250ba4ed8bb98b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInvoiceForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateInvoiceFormMutation, CreateInvoiceFormMutationVariables>;
export const UpdateInvoiceFormDocument = {"__meta__":{"hash":"c69f30948dcfa45e228858460a77525d138ab0a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInvoiceForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCredited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<UpdateInvoiceFormMutation, UpdateInvoiceFormMutationVariables>;
export const InvoiceListDocument = {"__meta__":{"hash":"30c115b9e56510969fafc430dcd60937da0d10da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<InvoiceListQuery, InvoiceListQueryVariables>;
export const ReceivablesAgeingDocument = {"__meta__":{"hash":"f17291add6fd330817bc3bba8a02fdde632197a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReceivablesAgeing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivablesAgeing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgeingRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgeingRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgeingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgeingBuckets"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days0To30"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days31To60"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"days61To90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"over90"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]} as unknown as DocumentNode<ReceivablesAgeingQuery, ReceivablesAgeingQueryVariables>;
export const RecordPaymentDocument = {"__meta__":{"hash":"26abce2bfd6434a9005ad1507ec3d4271046b436"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTerms"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermDays"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountPaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCredited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"net"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const ActiveTaxRatesDocument = {"__meta__":{"hash":"0eee7d24140a6212100e321ba7ba26de4c031b69"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveTaxRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"inclusive"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActiveTaxRatesQuery, ActiveTaxRatesQueryVariables>;
export const CreateLeaveAllocationDocument = {"__meta__":{"hash":"9a783f9079854b993b7622401435f04eae8e7e52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeaveAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeaveAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeaveAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeaveAllocationMutation, CreateLeaveAllocationMutationVariables>;
export const LeaveAllocationsDocument = {"__meta__":{"hash":"7e4df557800a9a0ac6fed34829e8119d76ff4d4f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaveAllocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveAllocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<LeaveAllocationsQuery, LeaveAllocationsQueryVariables>;
export const DepartmentOptionsDocument = {"__meta__":{"hash":"180a16a9bab38718edc9282a446f6b734358e11f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentOptionsQuery, DepartmentOptionsQueryVariables>;
export const DepartmentsDocument = {"__meta__":{"hash":"6f52f4b0e32b1e1d18774ff82a71624e642b10cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Departments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<DepartmentsQuery, DepartmentsQueryVariables>;
export const CreateDepartmentDocument = {"__meta__":{"hash":"754c37fcc652707b4975a5f295bdf70c1d94db93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const EmployeesDocument = {"__meta__":{"hash":"75ada422c6a3d101fedfd653a73058c700b79d84"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Employees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"departmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"departmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<EmployeesQuery, EmployeesQueryVariables>;
export const EmployeeDetailDocument = {"__meta__":{"hash":"484e8d4c8a0734cb5b1fb4085c33b209cd1c9f3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<EmployeeDetailQuery, EmployeeDetailQueryVariables>;
export const UpdateEmployeeDocument = {"__meta__":{"hash":"accda4bafd90f738f21097f947f9c0f4fa85726f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmployeeDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmployeeDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Employee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"workEmail"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"hireDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<UpdateEmployeeMutation, UpdateEmployeeMutationVariables>;
export const EmployeeOptionsDocument = {"__meta__":{"hash":"3fd55a17702c0cced9a92a8f94863947b9ebeda7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployeeOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployeeOptionsQuery, EmployeeOptionsQueryVariables>;
export const CreateEmployeeDocument = {"__meta__":{"hash":"a4016ee3e28ae84b09656c500d6ca5e22986605b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmployee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmployeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmployee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEmployeeMutation, CreateEmployeeMutationVariables>;
export const PendingLeaveRequestsDocument = {"__meta__":{"hash":"1857d32e418ea02522af9c06ca705c27e56a40b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingLeaveRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REQUESTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"halfDay"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PendingLeaveRequestsQuery, PendingLeaveRequestsQueryVariables>;
export const ApproveLeaveRequestDocument = {"__meta__":{"hash":"f3e80033107af786f8a2e31a89976a3e64597bac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveLeaveRequestMutation, ApproveLeaveRequestMutationVariables>;
export const RefuseLeaveRequestDocument = {"__meta__":{"hash":"656fd0c6dcda8ee905090a0bbb7ad2dc04dd1d00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefuseLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refuseLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RefuseLeaveRequestMutation, RefuseLeaveRequestMutationVariables>;
export const LeaveBalanceDocument = {"__meta__":{"hash":"a50307fb3cf3ce0e40292f826aa32c08b7446826"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaveBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaveTypeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaveTypeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaveTypeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requiresAllocation"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]} as unknown as DocumentNode<LeaveBalanceQuery, LeaveBalanceQueryVariables>;
export const RequestLeaveDocument = {"__meta__":{"hash":"606b638fa9fdbdca35ff2e4726af89742b74be61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestLeave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestLeaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestLeave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RequestLeaveMutation, RequestLeaveMutationVariables>;
export const CreateLeaveTypeDocument = {"__meta__":{"hash":"a19c34d54b8d7c2b8682150ff362fec5aab49c75"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLeaveType"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLeaveTypeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLeaveType"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAllocation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateLeaveTypeMutation, CreateLeaveTypeMutationVariables>;
export const MemberOptionsDocument = {"__meta__":{"hash":"9b015accaa13a6da145273861c5b7952a0325305"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberOptionsQuery, MemberOptionsQueryVariables>;
export const MyEmployeeDocument = {"__meta__":{"hash":"b53f66524499ffff02d49c7f3fb670817c3fb3b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmployee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEmployeeQuery, MyEmployeeQueryVariables>;
export const MyLeaveRequestsDocument = {"__meta__":{"hash":"a3cba97d1ae2da0e722241de92c40941fcd6be4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLeaveRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"employeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employeeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"halfDay"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"leaveType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<MyLeaveRequestsQuery, MyLeaveRequestsQueryVariables>;
export const CancelLeaveRequestDocument = {"__meta__":{"hash":"b38dcfeb7e2468244905501a9da6d90df882aedb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLeaveRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelLeaveRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelLeaveRequestMutation, CancelLeaveRequestMutationVariables>;
export const LeaveTypesDocument = {"__meta__":{"hash":"ca6b140597c6744b2239eb47a82055be214fd6e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeaveTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAllocation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeaveTypesQuery, LeaveTypesQueryVariables>;
export const CreateStockLocationDocument = {"__meta__":{"hash":"0c284d5af51fd0b18ae75fb21219f224c4ff3b01"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStockLocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStockLocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStockLocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateStockLocationMutation, CreateStockLocationMutationVariables>;
export const OnHandOfProductDocument = {"__meta__":{"hash":"7949b27d2b8d5bc27eabd72a4148412760213980"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnHandOfProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"productId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockOnHand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"productId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"productId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OnHandOfProductQuery, OnHandOfProductQueryVariables>;
export const ProductsDocument = {"__meta__":{"hash":"c04e0616cdaf00a261ea123dd17a9135c10313c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const ProductOptionsDocument = {"__meta__":{"hash":"b567256b2ba9ea42744eed9d39b678989c0c4993"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductOptionsQuery, ProductOptionsQueryVariables>;
export const ProductDetailDocument = {"__meta__":{"hash":"f236f35e8c1efb1eae0e109fa811ebc0469e9b0c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withStock"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withValuation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"costPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"averageCost"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withValuation"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stockValue"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withValuation"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductOnHand"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStock"}}}]}]},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductReorderRules"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStock"}}}]}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductOnHand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductReorderRules"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProductDetailQuery, ProductDetailQueryVariables>;
export const UpdateProductDocument = {"__meta__":{"hash":"8af3846e0c15555bcef41993ccdfd5cef568c78a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"costPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const CreateProductDocument = {"__meta__":{"hash":"d7feca96dfd7e8b4c8943caafead063f08c338c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const SetReorderRuleDocument = {"__meta__":{"hash":"687895386fbbc693ca8c0d7e16dd5011ec3da78c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReorderRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetReorderRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReorderRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"maxQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SetReorderRuleMutation, SetReorderRuleMutationVariables>;
export const ProductsToReorderDocument = {"__meta__":{"hash":"9041d89c8b1f65bde1e2e9620022d84d09c6c0ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsToReorder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productsToReorder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"minQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ProductsToReorderQuery, ProductsToReorderQueryVariables>;
export const ReceiveStockDocument = {"__meta__":{"hash":"3cb350bae8dd768fcd660baa3f6917e9bee9c3e6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceiveStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceiveStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receiveStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReceiveStockMutation, ReceiveStockMutationVariables>;
export const DeliverStockDocument = {"__meta__":{"hash":"ebcb1f49a8a60cf9263672da8d8384d0430b372a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeliverStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliverStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliverStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DeliverStockMutation, DeliverStockMutationVariables>;
export const TransferStockDocument = {"__meta__":{"hash":"c51a904edfd4123a095017a6d6f08c8666b1284e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransferStockMutation, TransferStockMutationVariables>;
export const AdjustStockDocument = {"__meta__":{"hash":"1d9037ac1139139904ab417b584fa4220f28bfec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdjustStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdjustStockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adjustStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MoveResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MoveResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StockMovePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"move"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AdjustStockMutation, AdjustStockMutationVariables>;
export const StockMovesDocument = {"__meta__":{"hash":"73e4de8e698e713c4c46f85a34a2ba8dbb465f2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockMoves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stockMoves"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<StockMovesQuery, StockMovesQueryVariables>;
export const CreateWarehouseDocument = {"__meta__":{"hash":"660f1df55beef73fac41b0db19457bb247863327"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWarehouse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWarehouseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWarehouse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWarehouseMutation, CreateWarehouseMutationVariables>;
export const WarehousesDocument = {"__meta__":{"hash":"21ff6fc02775b7453d79043869d5f4856c710cab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Warehouses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"allowNegativeStock"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<WarehousesQuery, WarehousesQueryVariables>;
export const StockPlacesDocument = {"__meta__":{"hash":"0a061ed5d72c3a4e690155cf9eec173fac8b8cf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warehouses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockPlacesQuery, StockPlacesQueryVariables>;
export const PurchaseOrderDetailDocument = {"__meta__":{"hash":"c652a519cee45b87bab3a79e418947311c7c160f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseOrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseOrderDetailQuery, PurchaseOrderDetailQueryVariables>;
export const ConfirmPurchaseOrderDocument = {"__meta__":{"hash":"b0599bee37389b0d4f1f62b165b3eac109c3a3b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmPurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmPurchaseOrderMutation, ConfirmPurchaseOrderMutationVariables>;
export const CancelPurchaseOrderDocument = {"__meta__":{"hash":"54f4e8017b7c7dfbd3619ce8f2532101fd1121f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelPurchaseOrderMutation, CancelPurchaseOrderMutationVariables>;
export const CreatePurchaseOrderDocument = {"__meta__":{"hash":"9c900fd44101dfc0910cf5d7feefcc2f19e297f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatePurchaseOrderMutation, CreatePurchaseOrderMutationVariables>;
export const UpdatePurchaseOrderDocument = {"__meta__":{"hash":"aed6b91f86ca21228b87da3393aaaed4227ac87c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePurchaseOrderMutation, UpdatePurchaseOrderMutationVariables>;
export const PurchaseOrderListDocument = {"__meta__":{"hash":"17c3e6844298f4bb6337c9580aa0ddecbe35d7f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PurchaseOrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PurchaseOrderListQuery, PurchaseOrderListQueryVariables>;
export const ReceivePurchaseOrderDocument = {"__meta__":{"hash":"6c3d5f41e1c51987affadf0163bd2ddc02c147f3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReceivePurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReceivePurchaseOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivePurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReceivePurchaseOrderMutation, ReceivePurchaseOrderMutationVariables>;
export const CreateSupplierBillDocument = {"__meta__":{"hash":"f20661fa5c0c5d63a2833271a089b39990d56d10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSupplierBill"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSupplierBillInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSupplierBill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplierBill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaseOrderDetailFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaseOrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullCode"}},{"kind":"Field","name":{"kind":"Name","value":"warehouse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"receivedQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"billedQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"billDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplierReference"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateSupplierBillMutation, CreateSupplierBillMutationVariables>;
export const CreateRoleFormDocument = {"__meta__":{"hash":"170791b2d4c57708fea306613dcbd645b06281b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoleForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateRoleFormMutation, CreateRoleFormMutationVariables>;
export const InviteMemberFormDocument = {"__meta__":{"hash":"62a1b095938c199409c10c90449e642ab60112df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMemberForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<InviteMemberFormMutation, InviteMemberFormMutationVariables>;
export const MemberListDocument = {"__meta__":{"hash":"e911ddab3122b985466f65c842aa4e3d8aaf6f8f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<MemberListQuery, MemberListQueryVariables>;
export const AssignMemberRoleDocument = {"__meta__":{"hash":"826ea6bf95100f64d3b7dbee5fd4f557586f135c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AssignMemberRoleMutation, AssignMemberRoleMutationVariables>;
export const ApiKeyListDocument = {"__meta__":{"hash":"bfc24c119c6a12d8d781dd861f8ac7ca7a0fb5d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeyList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ApiKeyListQuery, ApiKeyListQueryVariables>;
export const CreateApiKeyDocument = {"__meta__":{"hash":"a2f665f957be68b8f2d4b681387e74314020a82e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"__meta__":{"hash":"03277c24cae654c63ba61f84d0b2dad2b0d2dcff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"limits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AuditEventListDocument = {"__meta__":{"hash":"b4cdd82da0abecc8d4639a481503ad0c31b81e88"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEventList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clientAddress"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"details"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NextPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditEventListQuery, AuditEventListQueryVariables>;
export const AuditMembersDocument = {"__meta__":{"hash":"06e0494ad62704cd63fd1d159f55c3c153618baf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditMembersQuery, AuditMembersQueryVariables>;
export const TenantRolesDocument = {"__meta__":{"hash":"861be64f8551f2946c093bcc121aa49dc424b241"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TenantRoles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtIn"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<TenantRolesQuery, TenantRolesQueryVariables>;
export const DisableMfaDocument = {"__meta__":{"hash":"fb34d694dbc91b91af21cb4d6c2c6020ff69d34f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableMfa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MfaProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableMfa"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentPending"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRemaining"}}]}}]} as unknown as DocumentNode<DisableMfaMutation, DisableMfaMutationVariables>;
export const StartMfaEnrolmentDocument = {"__meta__":{"hash":"e376da06315ec562bd4422ca97c65107fa0caaaf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startMfaEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<StartMfaEnrolmentMutation, StartMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = {"__meta__":{"hash":"aea2f9bb9ed065a8c5fe03c6fe78319d2e0c56d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMfaEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMfaEnrolmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMfaEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"mfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentPending"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRemaining"}}]}}]} as unknown as DocumentNode<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"__meta__":{"hash":"2d3f2064f7fbf5829f4ebce72222331f97c4f122"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MfaProofInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recoveryCodes"}},{"kind":"Field","name":{"kind":"Name","value":"mfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentPending"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRemaining"}}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const SecurityDocument = {"__meta__":{"hash":"521dd49eea772ebe9750bc7d44fd7f4503affda9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Security"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mfa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MfaStatusFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MfaStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MfaStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"enrolmentPending"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesRemaining"}}]}}]} as unknown as DocumentNode<SecurityQuery, SecurityQueryVariables>;