import { GraphQLResolveInfo } from 'graphql';
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
  /** The new session; null when userErrors is not empty. */
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
   * Creates a custom role in the current tenant from permissions of the catalogue. The caller must hold
   * every permission they grant.
   */
  createRole: CreateRolePayload;
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
   * Creates an account, a new tenant and the account's owner membership of it, and signs in.
   * Fails with userErrors (and writes nothing) for a malformed e-mail, a weak password, a missing name or
   * an e-mail that already has an account.
   */
  signUp: SignUpPayload;
  /**
   * Starts a new session in another tenant the signed-in user belongs to. The userError FORBIDDEN when
   * the user is not a member of that tenant.
   */
  switchTenant: SwitchTenantPayload;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAssignRoleArgs = {
  input: AssignRoleInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
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


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationSwitchTenantArgs = {
  input: SwitchTenantInput;
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
   * The signed-in user in their current tenant: role, effective permissions and all their memberships.
   * Null when the caller is no longer a member of the token's tenant.
   */
  me?: Maybe<Viewer>;
  /** Members of the current tenant, oldest first. */
  members: MembershipConnection;
  /** Roles that can be granted in the current tenant: the built-in ones, then custom roles by name. */
  roles: Array<Role>;
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

/** The signed-in user as seen from their current tenant. */
export type Viewer = {
  __typename?: 'Viewer';
  /** Every tenant membership of the user, oldest first. */
  memberships: Array<Membership>;
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
  AssignRoleInput: AssignRoleInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AssignRolePayload: ResolverTypeWrapper<Omit<AssignRolePayload, 'membership'> & { membership?: Maybe<ResolversTypes['Membership']> }>;
  AuthSession: ResolverTypeWrapper<IssuedSession>;
  CreateRoleInput: CreateRoleInput;
  CreateRolePayload: ResolverTypeWrapper<Omit<CreateRolePayload, 'role'> & { role?: Maybe<ResolversTypes['Role']> }>;
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
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSessionInput: RefreshSessionInput;
  RefreshSessionPayload: ResolverTypeWrapper<Omit<RefreshSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  Role: ResolverTypeWrapper<RoleDefinition>;
  SessionUser: ResolverTypeWrapper<UserEntity>;
  SignUpInput: SignUpInput;
  SignUpPayload: ResolverTypeWrapper<Omit<SignUpPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  SwitchTenantInput: SwitchTenantInput;
  SwitchTenantPayload: ResolverTypeWrapper<Omit<SwitchTenantPayload, 'session'> & { session?: Maybe<ResolversTypes['AuthSession']> }>;
  Tenant: ResolverTypeWrapper<TenantEntity>;
  User: ResolverTypeWrapper<UserEntity>;
  UserError: ResolverTypeWrapper<UserError>;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationInput: AcceptInvitationInput;
  AcceptInvitationPayload: Omit<AcceptInvitationPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  AssignRoleInput: AssignRoleInput;
  ID: Scalars['ID']['output'];
  AssignRolePayload: Omit<AssignRolePayload, 'membership'> & { membership?: Maybe<ResolversParentTypes['Membership']> };
  AuthSession: IssuedSession;
  CreateRoleInput: CreateRoleInput;
  CreateRolePayload: Omit<CreateRolePayload, 'role'> & { role?: Maybe<ResolversParentTypes['Role']> };
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
  Int: Scalars['Int']['output'];
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RefreshSessionInput: RefreshSessionInput;
  RefreshSessionPayload: Omit<RefreshSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  Role: RoleDefinition;
  SessionUser: UserEntity;
  SignUpInput: SignUpInput;
  SignUpPayload: Omit<SignUpPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  SwitchTenantInput: SwitchTenantInput;
  SwitchTenantPayload: Omit<SwitchTenantPayload, 'session'> & { session?: Maybe<ResolversParentTypes['AuthSession']> };
  Tenant: TenantEntity;
  User: UserEntity;
  UserError: UserError;
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

export type AssignRolePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AssignRolePayload'] = ResolversParentTypes['AssignRolePayload']> = ResolversObject<{
  membership?: Resolver<Maybe<ResolversTypes['Membership']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type CreateRolePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateRolePayload'] = ResolversParentTypes['CreateRolePayload']> = ResolversObject<{
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
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

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationPayload'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'input'>>;
  assignRole?: Resolver<ResolversTypes['AssignRolePayload'], ParentType, ContextType, RequireFields<MutationAssignRoleArgs, 'input'>>;
  createRole?: Resolver<ResolversTypes['CreateRolePayload'], ParentType, ContextType, RequireFields<MutationCreateRoleArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberPayload'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, RequireFields<MutationLogoutArgs, 'input'>>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionPayload'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'input'>>;
  signUp?: Resolver<ResolversTypes['SignUpPayload'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  switchTenant?: Resolver<ResolversTypes['SwitchTenantPayload'], ParentType, ContextType, RequireFields<MutationSwitchTenantArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, Partial<QueryMembersArgs>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type RefreshSessionPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RefreshSessionPayload'] = ResolversParentTypes['RefreshSessionPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
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

export type SignUpPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SignUpPayload'] = ResolversParentTypes['SignUpPayload']> = ResolversObject<{
  session?: Resolver<Maybe<ResolversTypes['AuthSession']>, ParentType, ContextType>;
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

export type ViewerResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = ResolversObject<{
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  permissions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  AcceptInvitationPayload?: AcceptInvitationPayloadResolvers<ContextType>;
  AssignRolePayload?: AssignRolePayloadResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  CreateRolePayload?: CreateRolePayloadResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InviteMemberPayload?: InviteMemberPayloadResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSessionPayload?: RefreshSessionPayloadResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SessionUser?: SessionUserResolvers<ContextType>;
  SignUpPayload?: SignUpPayloadResolvers<ContextType>;
  SwitchTenantPayload?: SwitchTenantPayloadResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
