import { GraphQLResolveInfo } from 'graphql';
import { CustomerReference } from '../modules/customer/customer.models';
import { InvoiceEntity } from '../modules/invoice/invoice.entity';
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

/** The CRM company (owned by crm); erp adds the invoices billed to it. */
export type Company = {
  __typename?: 'Company';
  /** The company's id, as issued by crm. */
  id: Scalars['ID']['output'];
  /**
   * Invoices billed to this company, newest first. `first` is 1–100 (default 20). Null, with a
   * FORBIDDEN error at its path, for a role without `erp.invoice:read` (the rest of the company is
   * still answered).
   */
  invoices?: Maybe<InvoiceConnection>;
  /**
   * What the company owes: the sum of its POSTED invoices, one entry per currency (ordered by currency
   * code), empty when nothing is posted. Amounts in different currencies are never added together.
   * Payments are not modelled yet, so every posted invoice counts as open. Null, with a FORBIDDEN error
   * at its path, for a role without `erp.invoice:read`.
   */
  openBalance?: Maybe<Array<Money>>;
};


/** The CRM company (owned by crm); erp adds the invoices billed to it. */
export type CompanyInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `createInvoice`. */
export type CreateInvoiceInput = {
  /** ISO 4217 code (case-insensitive); USD when omitted. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /**
   * The crm company billed. Must be a UUID; erp cannot verify that the company exists (crm owns it in
   * another schema), so the client is trusted to pass an id it got from crm.
   */
  customerId: Scalars['ID']['input'];
  /** 1 to 100 lines. */
  lines: Array<InvoiceLineInput>;
  /** Post the invoice immediately instead of leaving it a draft. */
  post?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Result of `createInvoice`. */
export type CreateInvoicePayload = {
  __typename?: 'CreateInvoicePayload';
  /** The created invoice; null when `userErrors` is not empty. */
  invoice?: Maybe<Invoice>;
  /**
   * Why nothing was created (codes: LINES_REQUIRED, TOO_MANY_LINES, DESCRIPTION_REQUIRED, DESCRIPTION_TOO_LONG,
   * QUANTITY_INVALID, UNIT_PRICE_INVALID, AMOUNT_TOO_LARGE, CURRENCY_INVALID).
   */
  userErrors: Array<UserError>;
};

/** A bill sent to a customer company. */
export type Invoice = {
  __typename?: 'Invoice';
  /** When the invoice was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** ISO 4217 currency of every amount on the invoice. */
  currency: Scalars['String']['output'];
  /**
   * The billed company. erp stores only its id: it cannot check that the company exists in crm (another
   * schema and database role), so a stale or mistyped id resolves to null fields in crm.
   */
  customer: Company;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** When the invoice was posted (ISO-8601, UTC); null while it is a draft. */
  issuedAt?: Maybe<Scalars['String']['output']>;
  /** The invoice lines, in the order they were given. */
  lines: Array<InvoiceLine>;
  /** Per-tenant sequential number, e.g. `INV-000001`; allocated gap-free at creation. */
  number: Scalars['String']['output'];
  /** DRAFT or POSTED. */
  status: InvoiceStatus;
  /** Sum of the line amounts. */
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
  /** quantity × unitPrice, rounded half-up to the currency's fraction digits. */
  amount: Money;
  /** What was sold. */
  description: Scalars['String']['output'];
  /** How many, a decimal string with up to 3 fraction digits (e.g. `"1.5"`). */
  quantity: Scalars['String']['output'];
  /** Price of one unit. */
  unitPrice: Money;
};

/** One line of `createInvoice`. */
export type InvoiceLineInput = {
  /** What was sold, 1–500 characters after trimming. */
  description: Scalars['String']['input'];
  /** Decimal string greater than 0 with up to 3 fraction digits, e.g. `"2"` or `"1.5"`. */
  quantity: Scalars['String']['input'];
  /** Decimal string, 0 or more, with no more fraction digits than the currency uses (at most 2). */
  unitPrice: Scalars['String']['input'];
};

/** Lifecycle of an invoice. */
export type InvoiceStatus =
  /** Being prepared; not owed yet. */
  | 'DRAFT'
  /** Issued to the customer; immutable from now on. */
  | 'POSTED';

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
  /** Creates an invoice with the next number of the tenant, as a draft or (with `post: true`) posted. */
  createInvoice: CreateInvoicePayload;
  /**
   * Moves a DRAFT invoice to POSTED and stamps `issuedAt`. Posted invoices can never change again (the
   * database refuses it too). An id that matches no invoice of the tenant is a NOT_FOUND error.
   */
  postInvoice: PostInvoicePayload;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationPostInvoiceArgs = {
  input: PostInvoiceInput;
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
  /** Why the invoice was not posted (code: ALREADY_POSTED). */
  userErrors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** An invoice of the current tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  invoice?: Maybe<Invoice>;
  /** The current tenant's invoices, newest first, optionally only those with `status`. `first` is 1–100 (default 20). */
  invoices: InvoiceConnection;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Each invoice of the current tenant as it is posted (created as posted, or posted later). */
  invoicePosted: Invoice;
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
  Company: Company;
  Invoice: Invoice;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Invoice:
    ( { __typename: 'Invoice' }
    & GraphQLRecursivePick<FederationTypes['Invoice'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Company: ResolverTypeWrapper<CustomerReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateInvoiceInput: CreateInvoiceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateInvoicePayload: ResolverTypeWrapper<Omit<CreateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  Invoice: ResolverTypeWrapper<InvoiceEntity>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceLine: ResolverTypeWrapper<InvoiceLine>;
  InvoiceLineInput: InvoiceLineInput;
  InvoiceStatus: InvoiceStatus;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostInvoiceInput: PostInvoiceInput;
  PostInvoicePayload: ResolverTypeWrapper<Omit<PostInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Company: CustomerReference;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  CreateInvoiceInput: CreateInvoiceInput;
  Boolean: Scalars['Boolean']['output'];
  CreateInvoicePayload: Omit<CreateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  Invoice: InvoiceEntity;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceLine: InvoiceLine;
  InvoiceLineInput: InvoiceLineInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostInvoiceInput: PostInvoiceInput;
  PostInvoicePayload: Omit<PostInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  UserError: UserError;
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

export type CompanyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<ResolversTypes['InvoiceConnection']>, ParentType, ContextType, Partial<CompanyInvoicesArgs>>;
  openBalance?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
}>;

export type CreateInvoicePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateInvoicePayload'] = ResolversParentTypes['CreateInvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice'], FederationReferenceType extends FederationReferenceTypes['Invoice'] = FederationReferenceTypes['Invoice']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Invoice']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type InvoiceConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvoiceEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
}>;

export type InvoiceLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createInvoice?: Resolver<ResolversTypes['CreateInvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateInvoiceArgs, 'input'>>;
  postInvoice?: Resolver<ResolversTypes['PostInvoicePayload'], ParentType, ContextType, RequireFields<MutationPostInvoiceArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PostInvoicePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PostInvoicePayload'] = ResolversParentTypes['PostInvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, Partial<QueryInvoicesArgs>>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  invoicePosted?: SubscriptionResolver<ResolversTypes['Invoice'], "invoicePosted", ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Company?: CompanyResolvers<ContextType>;
  CreateInvoicePayload?: CreateInvoicePayloadResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PostInvoicePayload?: PostInvoicePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
