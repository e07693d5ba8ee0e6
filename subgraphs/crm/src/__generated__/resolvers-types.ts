import { GraphQLResolveInfo } from 'graphql';
import { ActivityEntity } from '../modules/activity/activity.entity';
import { CompanyEntity } from '../modules/company/company.entity';
import { DealRow, StageChangeRow, BoardRow, BoardStageRow, UserReference } from '../modules/deal/deal.types';
import { DuplicateCandidateModel } from '../modules/duplicate/candidates.service';
import { ImportJobRow } from '../modules/import/import-job.model';
import { LeadEntity } from '../modules/lead/lead.entity';
import { PersonEntity } from '../modules/person/person.entity';
import { PipelineRow, StageRow, LostReasonRow } from '../modules/pipeline/pipeline.types';
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

/**
 * A customer or prospect organisation known to the tenant's CRM. Other subgraphs extend it (erp adds
 * invoices and balances). Its data fields need `crm.company:read`, also when the company is reached
 * through another subgraph (e.g. `Invoice.customer { name }`); its `id` needs only a tenant.
 */
export type Company = {
  __typename?: 'Company';
  /** The company's postal address; null when none is known. */
  address?: Maybe<PostalAddress>;
  /** When the company was created (ISO-8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** The company's deals, newest first. `first` is 1–100 (default 20). */
  deals: DealConnection;
  /** Internet domain of the company (e.g. `acme.com`): a validated hostname, stored lowercased and in punycode; unique within the tenant. */
  domain?: Maybe<Scalars['String']['output']>;
  /** How many people the company employs (0–10,000,000); null when unknown. */
  employeeCount?: Maybe<Scalars['Int']['output']>;
  /** Stable identifier (UUID). */
  id: Scalars['ID']['output'];
  /** The company's industry as the team names it (e.g. `Software`), up to 100 characters; null when unknown. */
  industry?: Maybe<Scalars['String']['output']>;
  /** Display name, 1–200 characters, trimmed. */
  name: Scalars['String']['output'];
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


/**
 * A customer or prospect organisation known to the tenant's CRM. Other subgraphs extend it (erp adds
 * invoices and balances). Its data fields need `crm.company:read`, also when the company is reached
 * through another subgraph (e.g. `Invoice.customer { name }`); its `id` needs only a tenant.
 */
export type CompanyDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A customer or prospect organisation known to the tenant's CRM. Other subgraphs extend it (erp adds
 * invoices and balances). Its data fields need `crm.company:read`, also when the company is reached
 * through another subgraph (e.g. `Invoice.customer { name }`); its `id` needs only a tenant.
 */
export type CompanyPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A customer or prospect organisation known to the tenant's CRM. Other subgraphs extend it (erp adds
 * invoices and balances). Its data fields need `crm.company:read`, also when the company is reached
 * through another subgraph (e.g. `Invoice.customer { name }`); its `id` needs only a tenant.
 */
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

/** Input of `completeTask`. */
export type CompleteTaskInput = {
  /** The task to mark done. */
  id: Scalars['ID']['input'];
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
  /** Adds a person of the tenant to a deal of the tenant. */
  addDealPerson: DealPersonPayload;
  /** Marks a task done; completing it again changes nothing. NOT_FOUND for an id of no activity. */
  completeTask: ActivityPayload;
  /**
   * Turns a lead into a person, a company and a deal in one transaction, reusing the tenant's person
   * with the lead's e-mail and its company with the domain. An id of no lead is NOT_FOUND.
   */
  convertLead: ConvertLeadPayload;
  /** Creates a company owned by the caller. */
  createCompany: CreateCompanyPayload;
  /** Creates a deal, last in its stage. Records the first history entry; emits `crm.deal.created`. */
  createDeal: DealPayload;
  /** Records a new lead, owned by the caller unless `ownerId` says otherwise. */
  createLead: LeadPayload;
  /** Creates a person owned by the caller. */
  createPerson: CreatePersonPayload;
  /** Creates a pipeline with its stages. */
  createPipeline: PipelinePayload;
  /** Deletes a person and its e-mail addresses. An unknown id is a NOT_FOUND error. */
  deletePerson: DeletePersonPayload;
  /** Logs an activity about a record of the tenant. */
  logActivity: ActivityPayload;
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
  /** Takes a person off a deal. */
  removeDealPerson: DealPersonPayload;
  /** Puts a pipeline's stages in a new order. An unknown pipeline is NOT_FOUND. */
  reorderStages: PipelinePayload;
  /**
   * Changes a company's details (only the fields given). An id that matches no company of the current tenant is a
   * NOT_FOUND error (not a userError): the caller asked for something that does not exist.
   */
  updateCompany: UpdateCompanyPayload;
  /** Changes a deal's details (not its stage: see `moveDeal`). An unknown deal is NOT_FOUND. */
  updateDeal: DealPayload;
  /** Changes a lead. An id that matches no lead of the tenant is NOT_FOUND. */
  updateLead: LeadPayload;
  /** Changes a person's details (only the fields given). An unknown id is a NOT_FOUND error. */
  updatePerson: UpdatePersonPayload;
  /** Renames a pipeline, edits stages and appends new ones. An unknown pipeline is NOT_FOUND. */
  updatePipeline: PipelinePayload;
};


export type MutationAddDealPersonArgs = {
  input: DealPersonInput;
};


export type MutationCompleteTaskArgs = {
  input: CompleteTaskInput;
};


export type MutationConvertLeadArgs = {
  input: ConvertLeadInput;
};


export type MutationCreateCompanyArgs = {
  input: CreateCompanyInput;
};


export type MutationCreateDealArgs = {
  input: CreateDealInput;
};


export type MutationCreateLeadArgs = {
  input: CreateLeadInput;
};


export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


export type MutationCreatePipelineArgs = {
  input: CreatePipelineInput;
};


export type MutationDeletePersonArgs = {
  input: DeletePersonInput;
};


export type MutationLogActivityArgs = {
  input: LogActivityInput;
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


export type MutationRemoveDealPersonArgs = {
  input: DealPersonInput;
};


export type MutationReorderStagesArgs = {
  input: ReorderStagesInput;
};


export type MutationUpdateCompanyArgs = {
  input: UpdateCompanyInput;
};


export type MutationUpdateDealArgs = {
  input: UpdateDealInput;
};


export type MutationUpdateLeadArgs = {
  input: UpdateLeadInput;
};


export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


export type MutationUpdatePipelineArgs = {
  input: UpdatePipelineInput;
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

export type Query = {
  __typename?: 'Query';
  /**
   * The current tenant's companies, by default ordered by name, then id. `first` is 1–100 (default 20);
   * `after` is a cursor from this list in the same order; `search` (up to 200 characters) matches a
   * case-insensitive substring of the name or the domain; `filter` narrows by industry, tag or owner.
   */
  companies: CompanyConnection;
  /** A company of the current tenant by id; null when there is none (or it belongs to another tenant). A malformed id is BAD_USER_INPUT. */
  company?: Maybe<Company>;
  /** A deal of the current tenant; null when there is none (or it belongs to another tenant). */
  deal?: Maybe<Deal>;
  /**
   * The current tenant's deals. `first` is 1–100 (default 20); `search` matches a case-insensitive
   * substring of the title; `filter` narrows; `orderBy` defaults to newest first.
   */
  deals: DealConnection;
  /** Pairs of companies or people that are probably the same, most alike first (`first` 1–100, default 20). */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** An import job of the current tenant; null when there is none, or the caller may not read its entity. */
  importJob?: Maybe<ImportJob>;
  /** The current tenant's import jobs the caller may see, newest first. `first` is 1–100 (default 20). */
  importJobs: ImportJobConnection;
  /** A lead of the current tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  lead?: Maybe<Lead>;
  /**
   * The current tenant's leads. `first` is 1–100 (default 20); `search` matches a case-insensitive
   * substring of the name, company name or e-mail; `filter` narrows; `orderBy` defaults to newest first.
   */
  leads: LeadConnection;
  /** The tenant's catalogue of lost reasons, in display order. */
  lostReasons: Array<LostReason>;
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
};


export type QueryCompaniesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CompanyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<CompanyOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDealsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<DealOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  entity: DuplicateEntity;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LeadFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<LeadOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMyTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PersonOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPipelineBoardArgs = {
  dealsPerStage?: InputMaybe<Scalars['Int']['input']>;
  pipelineId: Scalars['ID']['input'];
};

/** Input of `reorderStages`. */
export type ReorderStagesInput = {
  /** The pipeline whose stages move. */
  pipelineId: Scalars['ID']['input'];
  /** Every stage of the pipeline, exactly once, in the new order. */
  stageIds: Array<Scalars['ID']['input']>;
};

/** Which way a list is sorted. */
export type SortDirection =
  /** Smallest (or earliest, or A) first. */
  | 'ASC'
  /** Largest (or latest, or Z) first. */
  | 'DESC';

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
};


export type SubscriptionDealUpdatedArgs = {
  pipelineId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionImportProgressArgs = {
  jobId: Scalars['ID']['input'];
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

/**
 * A member of the platform, owned by the identity subgraph. crm resolves it by key only to add the
 * user's CRM fields (`ownedDeals`); every other field comes from identity.
 */
export type User = {
  __typename?: 'User';
  /** The member's tasks in the current tenant, soonest due first: open ones, or completed ones with `done: true`. */
  assignedTasks: ActivityConnection;
  /** The user's identifier. */
  id: Scalars['ID']['output'];
  /** The deals this user owns in the current tenant, newest first. `first` is 1–100 (default 20). */
  ownedDeals: DealConnection;
};


/**
 * A member of the platform, owned by the identity subgraph. crm resolves it by key only to add the
 * user's CRM fields (`ownedDeals`); every other field comes from identity.
 */
export type UserAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  done?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A member of the platform, owned by the identity subgraph. crm resolves it by key only to add the
 * user's CRM fields (`ownedDeals`); every other field comes from identity.
 */
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
  Deal: Deal;
  ImportJob: ImportJob;
  Lead: Lead;
  Person: Person;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Deal:
    ( { __typename: 'Deal' }
    & GraphQLRecursivePick<FederationTypes['Deal'], {"id":true}> );
  ImportJob:
    ( { __typename: 'ImportJob' }
    & GraphQLRecursivePick<FederationTypes['ImportJob'], {"id":true}> );
  Lead:
    ( { __typename: 'Lead' }
    & GraphQLRecursivePick<FederationTypes['Lead'], {"id":true}> );
  Person:
    ( { __typename: 'Person' }
    & GraphQLRecursivePick<FederationTypes['Person'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Activity: ResolverTypeWrapper<ActivityEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversTypes['ActivityEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityKind: ActivityKind;
  ActivityPayload: ResolverTypeWrapper<Omit<ActivityPayload, 'activity'> & { activity?: Maybe<ResolversTypes['Activity']> }>;
  Company: ResolverTypeWrapper<CompanyEntity>;
  CompanyConnection: ResolverTypeWrapper<Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversTypes['CompanyEdge']> }>;
  CompanyEdge: ResolverTypeWrapper<Omit<CompanyEdge, 'node'> & { node: ResolversTypes['Company'] }>;
  CompanyFilter: CompanyFilter;
  CompanyOrder: CompanyOrder;
  CompanyOrderField: CompanyOrderField;
  CompleteTaskInput: CompleteTaskInput;
  ConvertLeadInput: ConvertLeadInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConvertLeadPayload: ResolverTypeWrapper<Omit<ConvertLeadPayload, 'company' | 'deal' | 'lead' | 'person'> & { company?: Maybe<ResolversTypes['Company']>, deal?: Maybe<ResolversTypes['Deal']>, lead?: Maybe<ResolversTypes['Lead']>, person?: Maybe<ResolversTypes['Person']> }>;
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: ResolverTypeWrapper<Omit<CreateCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  CreateDealInput: CreateDealInput;
  CreateLeadInput: CreateLeadInput;
  CreatePersonInput: CreatePersonInput;
  CreatePersonPayload: ResolverTypeWrapper<Omit<CreatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  CreatePipelineInput: CreatePipelineInput;
  Deal: ResolverTypeWrapper<DealRow>;
  DealConnection: ResolverTypeWrapper<Omit<DealConnection, 'edges'> & { edges: Array<ResolversTypes['DealEdge']> }>;
  DealEdge: ResolverTypeWrapper<Omit<DealEdge, 'node'> & { node: ResolversTypes['Deal'] }>;
  DealFilter: DealFilter;
  DealOrder: DealOrder;
  DealOrderField: DealOrderField;
  DealPayload: ResolverTypeWrapper<Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversTypes['Deal']> }>;
  DealPersonInput: DealPersonInput;
  DealPersonPayload: ResolverTypeWrapper<Omit<DealPersonPayload, 'deal'> & { deal?: Maybe<ResolversTypes['Deal']> }>;
  DealStageChange: ResolverTypeWrapper<StageChangeRow>;
  DealStatus: DealStatus;
  DeletePersonInput: DeletePersonInput;
  DeletePersonPayload: ResolverTypeWrapper<DeletePersonPayload>;
  DuplicateCandidate: ResolverTypeWrapper<DuplicateCandidateModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DuplicateEntity: DuplicateEntity;
  DuplicateReason: DuplicateReason;
  ImportJob: ResolverTypeWrapper<ImportJobRow>;
  ImportJobConnection: ResolverTypeWrapper<Omit<ImportJobConnection, 'edges'> & { edges: Array<ResolversTypes['ImportJobEdge']> }>;
  ImportJobEdge: ResolverTypeWrapper<Omit<ImportJobEdge, 'node'> & { node: ResolversTypes['ImportJob'] }>;
  ImportJobStatus: ImportJobStatus;
  ImportRowError: ResolverTypeWrapper<ImportRowError>;
  Lead: ResolverTypeWrapper<LeadEntity>;
  LeadConnection: ResolverTypeWrapper<Omit<LeadConnection, 'edges'> & { edges: Array<ResolversTypes['LeadEdge']> }>;
  LeadEdge: ResolverTypeWrapper<Omit<LeadEdge, 'node'> & { node: ResolversTypes['Lead'] }>;
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadOrderField: LeadOrderField;
  LeadPayload: ResolverTypeWrapper<Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversTypes['Lead']> }>;
  LeadSource: LeadSource;
  LeadStatus: LeadStatus;
  LogActivityInput: LogActivityInput;
  LostReason: ResolverTypeWrapper<LostReasonRow>;
  MarkDealLostInput: MarkDealLostInput;
  MarkDealWonInput: MarkDealWonInput;
  MergeCompaniesPayload: ResolverTypeWrapper<Omit<MergeCompaniesPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  MergeInput: MergeInput;
  MergePeoplePayload: ResolverTypeWrapper<Omit<MergePeoplePayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  MoveDealInput: MoveDealInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewPipelineStageInput: NewPipelineStageInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Person: ResolverTypeWrapper<PersonEntity>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges'> & { edges: Array<ResolversTypes['PersonEdge']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  PersonOrderField: PersonOrderField;
  Pipeline: ResolverTypeWrapper<PipelineRow>;
  PipelineBoard: ResolverTypeWrapper<BoardRow>;
  PipelineBoardStage: ResolverTypeWrapper<BoardStageRow>;
  PipelinePayload: ResolverTypeWrapper<Omit<PipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversTypes['Pipeline']> }>;
  PipelineStage: ResolverTypeWrapper<StageRow>;
  PipelineStageInput: PipelineStageInput;
  PipelineStageKind: PipelineStageKind;
  PostalAddress: ResolverTypeWrapper<PostalAddress>;
  PostalAddressInput: PostalAddressInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReorderStagesInput: ReorderStagesInput;
  SortDirection: SortDirection;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateCompanyPayload: ResolverTypeWrapper<Omit<UpdateCompanyPayload, 'company'> & { company?: Maybe<ResolversTypes['Company']> }>;
  UpdateDealInput: UpdateDealInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: ResolverTypeWrapper<Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  UpdatePipelineInput: UpdatePipelineInput;
  UpdatePipelineStageInput: UpdatePipelineStageInput;
  User: ResolverTypeWrapper<UserReference>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Activity: ActivityEntity;
  ID: Scalars['ID']['output'];
  ActivityConnection: Omit<ActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['ActivityEdge']> };
  Int: Scalars['Int']['output'];
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityPayload: Omit<ActivityPayload, 'activity'> & { activity?: Maybe<ResolversParentTypes['Activity']> };
  Company: CompanyEntity;
  CompanyConnection: Omit<CompanyConnection, 'edges'> & { edges: Array<ResolversParentTypes['CompanyEdge']> };
  CompanyEdge: Omit<CompanyEdge, 'node'> & { node: ResolversParentTypes['Company'] };
  CompanyFilter: CompanyFilter;
  CompanyOrder: CompanyOrder;
  CompleteTaskInput: CompleteTaskInput;
  ConvertLeadInput: ConvertLeadInput;
  Boolean: Scalars['Boolean']['output'];
  ConvertLeadPayload: Omit<ConvertLeadPayload, 'company' | 'deal' | 'lead' | 'person'> & { company?: Maybe<ResolversParentTypes['Company']>, deal?: Maybe<ResolversParentTypes['Deal']>, lead?: Maybe<ResolversParentTypes['Lead']>, person?: Maybe<ResolversParentTypes['Person']> };
  CreateCompanyInput: CreateCompanyInput;
  CreateCompanyPayload: Omit<CreateCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  CreateDealInput: CreateDealInput;
  CreateLeadInput: CreateLeadInput;
  CreatePersonInput: CreatePersonInput;
  CreatePersonPayload: Omit<CreatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  CreatePipelineInput: CreatePipelineInput;
  Deal: DealRow;
  DealConnection: Omit<DealConnection, 'edges'> & { edges: Array<ResolversParentTypes['DealEdge']> };
  DealEdge: Omit<DealEdge, 'node'> & { node: ResolversParentTypes['Deal'] };
  DealFilter: DealFilter;
  DealOrder: DealOrder;
  DealPayload: Omit<DealPayload, 'deal'> & { deal?: Maybe<ResolversParentTypes['Deal']> };
  DealPersonInput: DealPersonInput;
  DealPersonPayload: Omit<DealPersonPayload, 'deal'> & { deal?: Maybe<ResolversParentTypes['Deal']> };
  DealStageChange: StageChangeRow;
  DeletePersonInput: DeletePersonInput;
  DeletePersonPayload: DeletePersonPayload;
  DuplicateCandidate: DuplicateCandidateModel;
  Float: Scalars['Float']['output'];
  ImportJob: ImportJobRow;
  ImportJobConnection: Omit<ImportJobConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImportJobEdge']> };
  ImportJobEdge: Omit<ImportJobEdge, 'node'> & { node: ResolversParentTypes['ImportJob'] };
  ImportRowError: ImportRowError;
  Lead: LeadEntity;
  LeadConnection: Omit<LeadConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeadEdge']> };
  LeadEdge: Omit<LeadEdge, 'node'> & { node: ResolversParentTypes['Lead'] };
  LeadFilter: LeadFilter;
  LeadOrder: LeadOrder;
  LeadPayload: Omit<LeadPayload, 'lead'> & { lead?: Maybe<ResolversParentTypes['Lead']> };
  LogActivityInput: LogActivityInput;
  LostReason: LostReasonRow;
  MarkDealLostInput: MarkDealLostInput;
  MarkDealWonInput: MarkDealWonInput;
  MergeCompaniesPayload: Omit<MergeCompaniesPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  MergeInput: MergeInput;
  MergePeoplePayload: Omit<MergePeoplePayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  Money: Money;
  MoneyInput: MoneyInput;
  MoveDealInput: MoveDealInput;
  Mutation: Record<PropertyKey, never>;
  NewPipelineStageInput: NewPipelineStageInput;
  PageInfo: PageInfo;
  Person: PersonEntity;
  PersonConnection: Omit<PersonConnection, 'edges'> & { edges: Array<ResolversParentTypes['PersonEdge']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  PersonOrder: PersonOrder;
  Pipeline: PipelineRow;
  PipelineBoard: BoardRow;
  PipelineBoardStage: BoardStageRow;
  PipelinePayload: Omit<PipelinePayload, 'pipeline'> & { pipeline?: Maybe<ResolversParentTypes['Pipeline']> };
  PipelineStage: StageRow;
  PipelineStageInput: PipelineStageInput;
  PostalAddress: PostalAddress;
  PostalAddressInput: PostalAddressInput;
  Query: Record<PropertyKey, never>;
  ReorderStagesInput: ReorderStagesInput;
  Subscription: Record<PropertyKey, never>;
  UpdateCompanyInput: UpdateCompanyInput;
  UpdateCompanyPayload: Omit<UpdateCompanyPayload, 'company'> & { company?: Maybe<ResolversParentTypes['Company']> };
  UpdateDealInput: UpdateDealInput;
  UpdateLeadInput: UpdateLeadInput;
  UpdatePersonInput: UpdatePersonInput;
  UpdatePersonPayload: Omit<UpdatePersonPayload, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  UpdatePipelineInput: UpdatePipelineInput;
  UpdatePipelineStageInput: UpdatePipelineStageInput;
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

export type ActivityResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = ResolversObject<{
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  doneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ActivityConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
}>;

export type ActivityPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ActivityPayload'] = ResolversParentTypes['ActivityPayload']> = ResolversObject<{
  activity?: Resolver<Maybe<ResolversTypes['Activity']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<Maybe<ResolversTypes['PostalAddress']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, Partial<CompanyDealsArgs>>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employeeCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  industry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, Partial<CompanyPeopleArgs>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<CompanyTimelineArgs>>;
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

export type ConvertLeadPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ConvertLeadPayload'] = ResolversParentTypes['ConvertLeadPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateCompanyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateCompanyPayload'] = ResolversParentTypes['CreateCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreatePersonPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreatePersonPayload'] = ResolversParentTypes['CreatePersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DealResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Deal'] = ResolversParentTypes['Deal'], FederationReferenceType extends FederationReferenceTypes['Deal'] = FederationReferenceTypes['Deal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Deal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expectedCloseDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['DealStageChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lostReason?: Resolver<Maybe<ResolversTypes['LostReason']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DealStatus'], ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<DealTimelineArgs>>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DealConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DealConnection'] = ResolversParentTypes['DealConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DealEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DealEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DealEdge'] = ResolversParentTypes['DealEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Deal'], ParentType, ContextType>;
}>;

export type DealPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DealPayload'] = ResolversParentTypes['DealPayload']> = ResolversObject<{
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DealPersonPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DealPersonPayload'] = ResolversParentTypes['DealPersonPayload']> = ResolversObject<{
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DealStageChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DealStageChange'] = ResolversParentTypes['DealStageChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
}>;

export type DeletePersonPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeletePersonPayload'] = ResolversParentTypes['DeletePersonPayload']> = ResolversObject<{
  deletedPersonId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['DuplicateEntity'], ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['DuplicateReason'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ImportJobResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ImportJob'] = ResolversParentTypes['ImportJob'], FederationReferenceType extends FederationReferenceTypes['ImportJob'] = FederationReferenceTypes['ImportJob']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ImportJob']> | FederationReferenceType, FederationReferenceType, ContextType>;
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

export type LeadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Lead'] = ResolversParentTypes['Lead'], FederationReferenceType extends FederationReferenceTypes['Lead'] = FederationReferenceTypes['Lead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Lead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convertedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  convertedCompany?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  convertedDeal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType>;
  convertedPerson?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LeadSource'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeadConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeadConnection'] = ResolversParentTypes['LeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeadEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeadEdge'] = ResolversParentTypes['LeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Lead'], ParentType, ContextType>;
}>;

export type LeadPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeadPayload'] = ResolversParentTypes['LeadPayload']> = ResolversObject<{
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LostReasonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LostReason'] = ResolversParentTypes['LostReason']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MergeCompaniesPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MergeCompaniesPayload'] = ResolversParentTypes['MergeCompaniesPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MergePeoplePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['MergePeoplePayload'] = ResolversParentTypes['MergePeoplePayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addDealPerson?: Resolver<ResolversTypes['DealPersonPayload'], ParentType, ContextType, RequireFields<MutationAddDealPersonArgs, 'input'>>;
  completeTask?: Resolver<ResolversTypes['ActivityPayload'], ParentType, ContextType, RequireFields<MutationCompleteTaskArgs, 'input'>>;
  convertLead?: Resolver<ResolversTypes['ConvertLeadPayload'], ParentType, ContextType, RequireFields<MutationConvertLeadArgs, 'input'>>;
  createCompany?: Resolver<ResolversTypes['CreateCompanyPayload'], ParentType, ContextType, RequireFields<MutationCreateCompanyArgs, 'input'>>;
  createDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationCreateDealArgs, 'input'>>;
  createLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationCreateLeadArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['CreatePersonPayload'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  createPipeline?: Resolver<ResolversTypes['PipelinePayload'], ParentType, ContextType, RequireFields<MutationCreatePipelineArgs, 'input'>>;
  deletePerson?: Resolver<ResolversTypes['DeletePersonPayload'], ParentType, ContextType, RequireFields<MutationDeletePersonArgs, 'input'>>;
  logActivity?: Resolver<ResolversTypes['ActivityPayload'], ParentType, ContextType, RequireFields<MutationLogActivityArgs, 'input'>>;
  markDealLost?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationMarkDealLostArgs, 'input'>>;
  markDealWon?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationMarkDealWonArgs, 'input'>>;
  mergeCompanies?: Resolver<ResolversTypes['MergeCompaniesPayload'], ParentType, ContextType, RequireFields<MutationMergeCompaniesArgs, 'input'>>;
  mergePeople?: Resolver<ResolversTypes['MergePeoplePayload'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'input'>>;
  moveDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationMoveDealArgs, 'input'>>;
  removeDealPerson?: Resolver<ResolversTypes['DealPersonPayload'], ParentType, ContextType, RequireFields<MutationRemoveDealPersonArgs, 'input'>>;
  reorderStages?: Resolver<ResolversTypes['PipelinePayload'], ParentType, ContextType, RequireFields<MutationReorderStagesArgs, 'input'>>;
  updateCompany?: Resolver<ResolversTypes['UpdateCompanyPayload'], ParentType, ContextType, RequireFields<MutationUpdateCompanyArgs, 'input'>>;
  updateDeal?: Resolver<ResolversTypes['DealPayload'], ParentType, ContextType, RequireFields<MutationUpdateDealArgs, 'input'>>;
  updateLead?: Resolver<ResolversTypes['LeadPayload'], ParentType, ContextType, RequireFields<MutationUpdateLeadArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['UpdatePersonPayload'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  updatePipeline?: Resolver<ResolversTypes['PipelinePayload'], ParentType, ContextType, RequireFields<MutationUpdatePipelineArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person'], FederationReferenceType extends FederationReferenceTypes['Person'] = FederationReferenceTypes['Person']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Person']> | FederationReferenceType, FederationReferenceType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  emails?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  phones?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  primaryEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, Partial<PersonTimelineArgs>>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PersonConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PersonEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
}>;

export type PipelineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Pipeline'] = ResolversParentTypes['Pipeline']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineStage']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PipelineBoardResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineBoard'] = ResolversParentTypes['PipelineBoard']> = ResolversObject<{
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  stages?: Resolver<Array<ResolversTypes['PipelineBoardStage']>, ParentType, ContextType>;
}>;

export type PipelineBoardStageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineBoardStage'] = ResolversParentTypes['PipelineBoardStage']> = ResolversObject<{
  dealCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deals?: Resolver<Array<ResolversTypes['Deal']>, ParentType, ContextType>;
  hasMoreDeals?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PipelineStage'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type PipelinePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelinePayload'] = ResolversParentTypes['PipelinePayload']> = ResolversObject<{
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PipelineStageResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PipelineStage'] = ResolversParentTypes['PipelineStage']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PipelineStageKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pipeline?: Resolver<ResolversTypes['Pipeline'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  winProbability?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PostalAddressResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PostalAddress'] = ResolversParentTypes['PostalAddress']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  street?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  companies?: Resolver<ResolversTypes['CompanyConnection'], ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'orderBy'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  deal?: Resolver<Maybe<ResolversTypes['Deal']>, ParentType, ContextType, RequireFields<QueryDealArgs, 'id'>>;
  deals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, RequireFields<QueryDealsArgs, 'orderBy'>>;
  duplicateCandidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'entity'>>;
  importJob?: Resolver<Maybe<ResolversTypes['ImportJob']>, ParentType, ContextType, RequireFields<QueryImportJobArgs, 'id'>>;
  importJobs?: Resolver<ResolversTypes['ImportJobConnection'], ParentType, ContextType, Partial<QueryImportJobsArgs>>;
  lead?: Resolver<Maybe<ResolversTypes['Lead']>, ParentType, ContextType, RequireFields<QueryLeadArgs, 'id'>>;
  leads?: Resolver<ResolversTypes['LeadConnection'], ParentType, ContextType, RequireFields<QueryLeadsArgs, 'orderBy'>>;
  lostReasons?: Resolver<Array<ResolversTypes['LostReason']>, ParentType, ContextType>;
  myTasks?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryMyTasksArgs, 'done'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'orderBy'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  pipeline?: Resolver<Maybe<ResolversTypes['Pipeline']>, ParentType, ContextType, RequireFields<QueryPipelineArgs, 'id'>>;
  pipelineBoard?: Resolver<Maybe<ResolversTypes['PipelineBoard']>, ParentType, ContextType, RequireFields<QueryPipelineBoardArgs, 'pipelineId'>>;
  pipelines?: Resolver<Array<ResolversTypes['Pipeline']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  companyUpdated?: SubscriptionResolver<ResolversTypes['Company'], "companyUpdated", ParentType, ContextType>;
  dealUpdated?: SubscriptionResolver<ResolversTypes['Deal'], "dealUpdated", ParentType, ContextType, Partial<SubscriptionDealUpdatedArgs>>;
  importProgress?: SubscriptionResolver<ResolversTypes['ImportJob'], "importProgress", ParentType, ContextType, RequireFields<SubscriptionImportProgressArgs, 'jobId'>>;
}>;

export type UpdateCompanyPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UpdateCompanyPayload'] = ResolversParentTypes['UpdateCompanyPayload']> = ResolversObject<{
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UpdatePersonPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UpdatePersonPayload'] = ResolversParentTypes['UpdatePersonPayload']> = ResolversObject<{
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedTasks?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<UserAssignedTasksArgs, 'done'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ownedDeals?: Resolver<ResolversTypes['DealConnection'], ParentType, ContextType, Partial<UserOwnedDealsArgs>>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityPayload?: ActivityPayloadResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CompanyConnection?: CompanyConnectionResolvers<ContextType>;
  CompanyEdge?: CompanyEdgeResolvers<ContextType>;
  ConvertLeadPayload?: ConvertLeadPayloadResolvers<ContextType>;
  CreateCompanyPayload?: CreateCompanyPayloadResolvers<ContextType>;
  CreatePersonPayload?: CreatePersonPayloadResolvers<ContextType>;
  Deal?: DealResolvers<ContextType>;
  DealConnection?: DealConnectionResolvers<ContextType>;
  DealEdge?: DealEdgeResolvers<ContextType>;
  DealPayload?: DealPayloadResolvers<ContextType>;
  DealPersonPayload?: DealPersonPayloadResolvers<ContextType>;
  DealStageChange?: DealStageChangeResolvers<ContextType>;
  DeletePersonPayload?: DeletePersonPayloadResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  ImportJob?: ImportJobResolvers<ContextType>;
  ImportJobConnection?: ImportJobConnectionResolvers<ContextType>;
  ImportJobEdge?: ImportJobEdgeResolvers<ContextType>;
  ImportRowError?: ImportRowErrorResolvers<ContextType>;
  Lead?: LeadResolvers<ContextType>;
  LeadConnection?: LeadConnectionResolvers<ContextType>;
  LeadEdge?: LeadEdgeResolvers<ContextType>;
  LeadPayload?: LeadPayloadResolvers<ContextType>;
  LostReason?: LostReasonResolvers<ContextType>;
  MergeCompaniesPayload?: MergeCompaniesPayloadResolvers<ContextType>;
  MergePeoplePayload?: MergePeoplePayloadResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Pipeline?: PipelineResolvers<ContextType>;
  PipelineBoard?: PipelineBoardResolvers<ContextType>;
  PipelineBoardStage?: PipelineBoardStageResolvers<ContextType>;
  PipelinePayload?: PipelinePayloadResolvers<ContextType>;
  PipelineStage?: PipelineStageResolvers<ContextType>;
  PostalAddress?: PostalAddressResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UpdateCompanyPayload?: UpdateCompanyPayloadResolvers<ContextType>;
  UpdatePersonPayload?: UpdatePersonPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
