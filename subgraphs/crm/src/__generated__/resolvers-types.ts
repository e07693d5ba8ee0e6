import { GraphQLResolveInfo } from 'graphql';
import { CompanyEntity } from '../modules/company/company.entity';
import { ImportJobRow } from '../modules/import/import-job.model';
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

/**
 * A customer or prospect organisation known to the tenant's CRM. Other subgraphs extend it (erp adds
 * invoices and balances). Its data fields need `crm.company:read`, also when the company is reached
 * through another subgraph (e.g. `Invoice.customer { name }`); its `id` needs only a tenant.
 */
export type Company = {
  __typename?: 'Company';
  /** When the company was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** Internet domain of the company (e.g. `acme.com`): a validated hostname, stored lowercased and in punycode; unique within the tenant. */
  domain?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** Display name, 1–200 characters, trimmed. */
  name: Scalars['String']['output'];
  /**
   * The member responsible for the company: the user who created it. Null when it was created without a
   * signed-in user (e.g. by a partner API key). Resolved by the identity subgraph.
   */
  owner?: Maybe<User>;
  /** When the company was last changed (ISO-8601, UTC). */
  updatedAt: Scalars['String']['output'];
};

/** A page of companies, ordered by name (then id). */
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

/** Input of `createCompany`. */
export type CreateCompanyInput = {
  /** Optional internet domain (`acme.com`); lowercased. Blank means none. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** Display name, 1–200 characters after trimming. */
  name: Scalars['String']['input'];
};

/** Result of `createCompany`. */
export type CreateCompanyPayload = {
  __typename?: 'CreateCompanyPayload';
  /** The created company; null when `userErrors` is not empty. */
  company?: Maybe<Company>;
  /** Why the company was not created (codes: NAME_REQUIRED, NAME_TOO_LONG, DOMAIN_INVALID, DOMAIN_TAKEN). */
  userErrors: Array<UserError>;
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
  /** What is imported: `companies`. */
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
  /** Creates a company owned by the caller. */
  createCompany: CreateCompanyPayload;
  /**
   * Changes a company's name and/or domain. An id that matches no company of the current tenant is a
   * NOT_FOUND error (not a userError): the caller asked for something that does not exist.
   */
  updateCompany: UpdateCompanyPayload;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationUpdateCompanyArgs = {
  input: UpdateCompanyInput;
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

export type Query = {
  __typename?: 'Query';
  /**
   * The current tenant's companies ordered by name, then id. `first` is 1–100 (default 20); `after` is a
   * cursor from this list; `search` matches a case-insensitive substring of the name or the domain.
   */
  companies: CompanyConnection;
  /** A company of the current tenant by id; null when there is none (or it belongs to another tenant). A malformed id is BAD_USER_INPUT. */
  company?: Maybe<Company>;
  /** An import job of the current tenant; null when there is none, or the caller may not read its entity. */
  importJob?: Maybe<ImportJob>;
  /** The current tenant's import jobs the caller may see, newest first. `first` is 1–100 (default 20). */
  importJobs: ImportJobConnection;
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Input of `updateCompany`. Omitted (or null) fields stay unchanged. */
export type UpdateCompanyInput = {
  /** New domain; an empty string removes it. */
  domain?: InputMaybe<Scalars['String']['input']>;
  /** The company to change. */
  id: Scalars['ID']['input'];
  /** New display name, 1–200 characters after trimming. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `updateCompany`. */
export type UpdateCompanyPayload = {
  __typename?: 'UpdateCompanyPayload';
  /** The company after the change; null when `userErrors` is not empty. */
  company?: Maybe<Company>;
  /** Why nothing was changed (codes: NAME_REQUIRED, NAME_TOO_LONG, DOMAIN_INVALID, DOMAIN_TAKEN). */
  userErrors: Array<UserError>;
};

/** A member of the platform, owned and resolved by the identity subgraph; crm only stores its id. */
export type User = {
  __typename?: 'User';
  /** The user's identifier. */
  id: Scalars['ID']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Company: ResolverTypeWrapper<CompanyEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: ResolverTypeWrapper<Omit<CreateCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  ImportJob: ResolverTypeWrapper<ImportJobRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImportJobConnection: ResolverTypeWrapper<Omit<ImportJobConnection, 'edges'> & { edges: Array<ResolversTypes['ImportJobEdge']> }>;
  ImportJobEdge: ResolverTypeWrapper<Omit<ImportJobEdge, 'node'> & { node: ResolversTypes['ImportJob'] }>;
  ImportJobStatus: ImportJobStatus;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateCompanyPayload: ResolverTypeWrapper<Omit<UpdateCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  User: ResolverTypeWrapper<User>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Company: CompanyEntity;
  ID: Scalars['ID']['output'];
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  Int: Scalars['Int']['output'];
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: Omit<CreateCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  ImportJob: ImportJobRow;
  Boolean: Scalars['Boolean']['output'];
  ImportJobConnection: Omit<ImportJobConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImportJobEdge']> };
  ImportJobEdge: Omit<ImportJobEdge, 'node'> & { node: ResolversParentTypes['ImportJob'] };
  ImportRowError: ImportRowError;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateCompanyPayload: Omit<UpdateCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  User: User;
  UserError: UserError;
  String: Scalars['String']['output'];
}>;

export type RequiresPermissionDirectiveArgs = {
  permission: Scalars['String']['input'];
};

export type RequiresPermissionDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = RequiresPermissionDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type TenantScopedDirectiveArgs = { };

export type TenantScopedDirectiveResolver<Result, Parent, ContextType = SubgraphContext, Args = TenantScopedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CompanyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CompanyConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CompanyConnection'] = ResolversParentTypes['CompanyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CompanyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CompanyEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CompanyEdge'] = ResolversParentTypes['CompanyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
}>;

export type CreateCompanyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateCompanyPayload'] = ResolversParentTypes['CreateCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ImportJobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  errorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportRowError']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipBadRows?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportJobStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportJobConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ImportJobConnection'] = ResolversParentTypes['ImportJobConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImportJobEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImportJobEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ImportJobEdge'] = ResolversParentTypes['ImportJobEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ImportJob'], ParentType, ContextType>;
}>;

export type ImportRowErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ImportRowError'] = ResolversParentTypes['ImportRowError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCompany?: Resolver<ResolversTypes['CreateCompanyPayload'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  updateCompany?: Resolver<ResolversTypes['UpdateCompanyPayload'], ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, Partial<QueryCompaniesArgs>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryImportJobArgs, 'id'>>;
  importJobs?: Resolver<ResolversTypes['ImportJobConnection'], ParentType, ContextType, Partial<QueryImportJobsArgs>>;
}>;

export type UpdateCompanyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UpdateCompanyPayload'] = ResolversParentTypes['UpdateCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  CreateCompanyPayload?: CreateCompanyPayloadResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobConnection?: ImportJobConnectionResolvers<ContextType>;
  ImportJobEdge?: ImportJobEdgeResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UpdateCompanyPayload?: UpdateCompanyPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
