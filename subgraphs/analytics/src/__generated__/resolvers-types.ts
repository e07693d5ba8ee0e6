import { GraphQLResolveInfo } from 'graphql';
import { DashboardRow } from '../modules/dashboard/dashboard.service';
import { MetricModel } from '../modules/metric/metric.service';
import { CompanyReference, UserReference } from '../modules/metric/metric.models';
import { ReceivablesAgeingSummaryModel, AgeingBucketsModel } from '../modules/receivables/receivables.service';
import { StockValueSummaryModel, ProductStockValueModel } from '../modules/stock-value/stock-value.service';
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

/** The CRM company (owned by crm); analytics adds what it has been worth. */
export type Company = {
  __typename?: 'Company';
  /** The company's id, as issued by crm. */
  id: Scalars['ID']['output'];
  /**
   * The sum of the POSTED invoices billed to it since it was first billed, one entry per currency
   * (ordered by code); empty when none is posted. From analytics' read models (seconds behind erp).
   * Null, with a FORBIDDEN error at its path, for a role without `analytics.metric:read`.
   */
  lifetimeValue?: Maybe<Array<Money>>;
};

/** Input of `createDashboard`. */
export type CreateDashboardInput = {
  /** Columns of the grid, 1–24 (default 12). */
  columns?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  /** At most 50 widgets, each inside the grid's columns and overlapping no other. */
  widgets?: Array<DashboardWidgetInput>;
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

/** Result of `deleteDashboard`. */
export type DeleteDashboardPayload = {
  __typename?: 'DeleteDashboardPayload';
  /** The id of the dashboard deleted; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
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
  createDashboard: DashboardPayload;
  /** Deletes a dashboard; an unknown id is NOT_FOUND. */
  deleteDashboard: DeleteDashboardPayload;
  /**
   * Rebuilds the current tenant's read models from analytics' journal of the events it received (after
   * a fix to how events are read, say). KPIs show the old figures until it commits.
   */
  rebuildAnalytics: RebuildAnalyticsPayload;
  /** Changes a dashboard; an unknown id is NOT_FOUND. */
  updateDashboard: DashboardPayload;
};


export type MutationCreateDashboardArgs = {
  input: CreateDashboardInput;
};


export type MutationDeleteDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateDashboardArgs = {
  input: UpdateDashboardInput;
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

/** A product of erp (owned by erp); analytics only names it. */
export type Product = {
  __typename?: 'Product';
  /** The product's id, as issued by erp. */
  id: Scalars['ID']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** A dashboard of the current tenant; null when there is none. */
  dashboard?: Maybe<Dashboard>;
  /** The current tenant's dashboards by name. `first` is 1–100 (default 20). */
  dashboards: DashboardConnection;
  /**
   * A KPI of the current tenant. `from`/`to` are ISO dates (inclusive, UTC); by default the last 12
   * months for MONTH, 12 weeks for WEEK, 31 days for DAY. At most 400 periods.
   */
  metric: Metric;
  /**
   * The current tenant's receivables ageing as of `asOf` (an ISO date; today, UTC, by default): each
   * invoice posted on or before it, less the payments and credit notes dated up to it, bucketed by
   * days past due, per currency. The same figures as erp's `receivablesAgeing(asOf).totals`, a few
   * seconds behind erp (analytics reads erp's events, never its tables). A malformed `asOf` is
   * BAD_USER_INPUT.
   */
  receivablesAgeingSummary: ReceivablesAgeingSummary;
  /**
   * The current tenant's stock value now. Narrower than the other KPIs: erp keeps valuation from
   * viewers (`erp.valuation:read`), and so does analytics.
   */
  stockValueSummary: StockValueSummary;
};


export type QueryDashboardArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDashboardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMetricArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  name: MetricName;
  period?: InputMaybe<MetricPeriod>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryReceivablesAgeingSummaryArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `rebuildAnalytics`. */
export type RebuildAnalyticsPayload = {
  __typename?: 'RebuildAnalyticsPayload';
  /** How many journaled events were replayed. */
  replayed: Scalars['Int']['output'];
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

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Each time one of these KPIs of the current tenant changes (all of them when `names` is not
   * given), the metric over its default window.
   */
  metricUpdated: Metric;
};


export type SubscriptionMetricUpdatedArgs = {
  names?: InputMaybe<Array<MetricName>>;
};

/** Input of `updateDashboard`: what is given replaces what was there. */
export type UpdateDashboardInput = {
  columns?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  widgets?: InputMaybe<Array<DashboardWidgetInput>>;
};

/** A member of the platform, owned by identity; analytics adds their sales figures. */
export type User = {
  __typename?: 'User';
  /** The user's identifier. */
  id: Scalars['ID']['output'];
  /**
   * Deals this user owns that were won since the first day of the current month (UTC), in the current
   * tenant. Null, with a FORBIDDEN error at its path, for a role without `analytics.metric:read`.
   */
  wonDealsThisMonth?: Maybe<Scalars['Int']['output']>;
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
  Dashboard: Dashboard;
  Metric: Metric;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Dashboard:
    ( { __typename: 'Dashboard' }
    & GraphQLRecursivePick<FederationTypes['Dashboard'], {"id":true}> );
  Metric:
    ( { __typename: 'Metric' }
    & GraphQLRecursivePick<FederationTypes['Metric'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Company: ResolverTypeWrapper<CompanyReference>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CreateDashboardInput: CreateDashboardInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Dashboard: ResolverTypeWrapper<DashboardRow>;
  DashboardConnection: ResolverTypeWrapper<Omit<DashboardConnection, 'edges'> & { edges: Array<ResolversTypes['DashboardEdge']> }>;
  DashboardEdge: ResolverTypeWrapper<Omit<DashboardEdge, 'node'> & { node: ResolversTypes['Dashboard'] }>;
  DashboardPayload: ResolverTypeWrapper<Omit<DashboardPayload, 'dashboard'> & { dashboard?: Maybe<ResolversTypes['Dashboard']> }>;
  DashboardWidget: ResolverTypeWrapper<DashboardWidget>;
  DashboardWidgetInput: DashboardWidgetInput;
  DeleteDashboardPayload: ResolverTypeWrapper<DeleteDashboardPayload>;
  Metric: ResolverTypeWrapper<MetricModel>;
  MetricName: MetricName;
  MetricPeriod: MetricPeriod;
  MetricPoint: ResolverTypeWrapper<MetricPoint>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Product: ResolverTypeWrapper<Product>;
  ProductStockValue: ResolverTypeWrapper<ProductStockValueModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RebuildAnalyticsPayload: ResolverTypeWrapper<RebuildAnalyticsPayload>;
  ReceivablesAgeingBuckets: ResolverTypeWrapper<AgeingBucketsModel>;
  ReceivablesAgeingSummary: ResolverTypeWrapper<ReceivablesAgeingSummaryModel>;
  StockValueSummary: ResolverTypeWrapper<StockValueSummaryModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateDashboardInput: UpdateDashboardInput;
  User: ResolverTypeWrapper<UserReference>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Company: CompanyReference;
  ID: Scalars['ID']['output'];
  CreateDashboardInput: CreateDashboardInput;
  Int: Scalars['Int']['output'];
  Dashboard: DashboardRow;
  DashboardConnection: Omit<DashboardConnection, 'edges'> & { edges: Array<ResolversParentTypes['DashboardEdge']> };
  DashboardEdge: Omit<DashboardEdge, 'node'> & { node: ResolversParentTypes['Dashboard'] };
  DashboardPayload: Omit<DashboardPayload, 'dashboard'> & { dashboard?: Maybe<ResolversParentTypes['Dashboard']> };
  DashboardWidget: DashboardWidget;
  DashboardWidgetInput: DashboardWidgetInput;
  DeleteDashboardPayload: DeleteDashboardPayload;
  Metric: MetricModel;
  MetricPoint: MetricPoint;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Product: Product;
  ProductStockValue: ProductStockValueModel;
  Query: Record<PropertyKey, never>;
  RebuildAnalyticsPayload: RebuildAnalyticsPayload;
  ReceivablesAgeingBuckets: AgeingBucketsModel;
  ReceivablesAgeingSummary: ReceivablesAgeingSummaryModel;
  StockValueSummary: StockValueSummaryModel;
  Subscription: Record<PropertyKey, never>;
  UpdateDashboardInput: UpdateDashboardInput;
  User: UserReference;
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
  lifetimeValue?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
}>;

export type DashboardResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Dashboard'] = ResolversParentTypes['Dashboard'], FederationReferenceType extends FederationReferenceTypes['Dashboard'] = FederationReferenceTypes['Dashboard']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Dashboard']> | FederationReferenceType, FederationReferenceType, ContextType>;
  columns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  widgets?: Resolver<Array<ResolversTypes['DashboardWidget']>, ParentType, ContextType>;
}>;

export type DashboardConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DashboardConnection'] = ResolversParentTypes['DashboardConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DashboardEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DashboardEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DashboardEdge'] = ResolversParentTypes['DashboardEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dashboard'], ParentType, ContextType>;
}>;

export type DashboardPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DashboardPayload'] = ResolversParentTypes['DashboardPayload']> = ResolversObject<{
  dashboard?: Resolver<Maybe<ResolversTypes['Dashboard']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DashboardWidgetResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DashboardWidget'] = ResolversParentTypes['DashboardWidget']> = ResolversObject<{
  h?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['MetricName'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['MetricPeriod'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  w?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeleteDashboardPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteDashboardPayload'] = ResolversParentTypes['DeleteDashboardPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MetricResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric'], FederationReferenceType extends FederationReferenceTypes['Metric'] = FederationReferenceTypes['Metric']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Metric']> | FederationReferenceType, FederationReferenceType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['MetricName'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['MetricPeriod'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['MetricPoint']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MetricPointResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MetricPoint'] = ResolversParentTypes['MetricPoint']> = ResolversObject<{
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createDashboard?: Resolver<ResolversTypes['DashboardPayload'], ParentType, ContextType, RequireFields<MutationCreateDashboardArgs, 'input'>>;
  deleteDashboard?: Resolver<ResolversTypes['DeleteDashboardPayload'], ParentType, ContextType, RequireFields<MutationDeleteDashboardArgs, 'id'>>;
  rebuildAnalytics?: Resolver<ResolversTypes['RebuildAnalyticsPayload'], ParentType, ContextType>;
  updateDashboard?: Resolver<ResolversTypes['DashboardPayload'], ParentType, ContextType, RequireFields<MutationUpdateDashboardArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProductStockValueResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductStockValue'] = ResolversParentTypes['ProductStockValue']> = ResolversObject<{
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  dashboard?: Resolver<Maybe<ResolversTypes['Dashboard']>, ParentType, ContextType, RequireFields<QueryDashboardArgs, 'id'>>;
  dashboards?: Resolver<ResolversTypes['DashboardConnection'], ParentType, ContextType, Partial<QueryDashboardsArgs>>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType, RequireFields<QueryMetricArgs, 'name' | 'period'>>;
  receivablesAgeingSummary?: Resolver<ResolversTypes['ReceivablesAgeingSummary'], ParentType, ContextType, Partial<QueryReceivablesAgeingSummaryArgs>>;
  stockValueSummary?: Resolver<ResolversTypes['StockValueSummary'], ParentType, ContextType>;
}>;

export type RebuildAnalyticsPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RebuildAnalyticsPayload'] = ResolversParentTypes['RebuildAnalyticsPayload']> = ResolversObject<{
  replayed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReceivablesAgeingBucketsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReceivablesAgeingBuckets'] = ResolversParentTypes['ReceivablesAgeingBuckets']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days0To30?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days31To60?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days61To90?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  notDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  openInvoices?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  over90?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ReceivablesAgeingSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReceivablesAgeingSummary'] = ResolversParentTypes['ReceivablesAgeingSummary']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currencies?: Resolver<Array<ResolversTypes['ReceivablesAgeingBuckets']>, ParentType, ContextType>;
}>;

export type StockValueSummaryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockValueSummary'] = ResolversParentTypes['StockValueSummary']> = ResolversObject<{
  topProducts?: Resolver<Array<ResolversTypes['ProductStockValue']>, ParentType, ContextType, Partial<StockValueSummaryTopProductsArgs>>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  metricUpdated?: SubscriptionResolver<ResolversTypes['Metric'], "metricUpdated", ParentType, ContextType, Partial<SubscriptionMetricUpdatedArgs>>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  wonDealsThisMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Company?: CompanyResolvers<ContextType>;
  Dashboard?: DashboardResolvers<ContextType>;
  DashboardConnection?: DashboardConnectionResolvers<ContextType>;
  DashboardEdge?: DashboardEdgeResolvers<ContextType>;
  DashboardPayload?: DashboardPayloadResolvers<ContextType>;
  DashboardWidget?: DashboardWidgetResolvers<ContextType>;
  DeleteDashboardPayload?: DeleteDashboardPayloadResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  MetricPoint?: MetricPointResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductStockValue?: ProductStockValueResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RebuildAnalyticsPayload?: RebuildAnalyticsPayloadResolvers<ContextType>;
  ReceivablesAgeingBuckets?: ReceivablesAgeingBucketsResolvers<ContextType>;
  ReceivablesAgeingSummary?: ReceivablesAgeingSummaryResolvers<ContextType>;
  StockValueSummary?: StockValueSummaryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
