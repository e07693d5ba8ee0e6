import { GraphQLResolveInfo } from 'graphql';
import { AccountRow } from '../modules/account/account.types';
import { CustomerReference } from '../modules/customer/customer.models';
import { LedgerLockModel, LockDateChangeRow } from '../modules/fiscal-period/lock-date.types';
import { InvoiceEntity } from '../modules/invoice/invoice.entity';
import { JournalRow, JournalEntryRow, JournalLineRow } from '../modules/journal-entry/journal-entry.types';
import { TrialBalanceModel, TrialBalanceRowModel, GeneralLedgerModel, GeneralLedgerLineRow } from '../modules/ledger-report/ledger-report.types';
import { TaxRateRow } from '../modules/tax/tax.types';
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

/** Result of `deleteJournalEntry`. */
export type DeleteJournalEntryPayload = {
  __typename?: 'DeleteJournalEntryPayload';
  /** The id of the deleted draft; null when `userErrors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted (code: ALREADY_POSTED). */
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
  /** Adds an account to the tenant's chart. */
  createAccount: AccountPayload;
  /** Creates an invoice with the next number of the tenant, as a draft or (with `post: true`) posted. */
  createInvoice: CreateInvoicePayload;
  /** Creates a manual journal entry, as a draft or (with `post: true`) posted. */
  createJournalEntry: JournalEntryPayload;
  /** Creates a tax rate. */
  createTaxRate: TaxRatePayload;
  /** Deletes a draft entry. NOT_FOUND for an unknown id. */
  deleteJournalEntry: DeleteJournalEntryPayload;
  /** Deletes a tax rate no document uses. NOT_FOUND for an unknown id. */
  deleteTaxRate: DeleteTaxRatePayload;
  /**
   * Moves a DRAFT invoice to POSTED and stamps `issuedAt`. Posted invoices can never change again (the
   * database refuses it too). An id that matches no invoice of the tenant is a NOT_FOUND error.
   */
  postInvoice: PostInvoicePayload;
  /** Posts a draft entry. NOT_FOUND for an unknown id. */
  postJournalEntry: JournalEntryPayload;
  /** Reverses a posted entry with a new posted entry of swapped sides, linked to it. NOT_FOUND for an unknown id. */
  reverseJournalEntry: JournalEntryPayload;
  /** Moves the lock date forwards (closing periods) or backwards (reopening them); every move is recorded. */
  setLockDate: SetLockDatePayload;
  /** Renames, re-parents, deactivates or reactivates an account (code and type only while unused). NOT_FOUND for an unknown id. */
  updateAccount: AccountPayload;
  /** Changes a tax rate. NOT_FOUND for an unknown id. */
  updateTaxRate: TaxRatePayload;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateInvoiceArgs = {
  input: CreateInvoiceInput;
};


export type MutationCreateJournalEntryArgs = {
  input: CreateJournalEntryInput;
};


export type MutationCreateTaxRateArgs = {
  input: CreateTaxRateInput;
};


export type MutationDeleteJournalEntryArgs = {
  input: JournalEntryIdInput;
};


export type MutationDeleteTaxRateArgs = {
  input: DeleteTaxRateInput;
};


export type MutationPostInvoiceArgs = {
  input: PostInvoiceInput;
};


export type MutationPostJournalEntryArgs = {
  input: JournalEntryIdInput;
};


export type MutationReverseJournalEntryArgs = {
  input: ReverseJournalEntryInput;
};


export type MutationSetLockDateArgs = {
  input: SetLockDateInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


export type MutationUpdateTaxRateArgs = {
  input: UpdateTaxRateInput;
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
   * An account's posted lines from `from` to `to` (inclusive, `YYYY-MM-DD`) with running balances,
   * optionally of one currency. `first` is 1–100 (default 20). An account of no tenant of the caller
   * is NOT_FOUND.
   */
  generalLedger: GeneralLedgerConnection;
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
  /** The tenant's lock date and its history. */
  ledgerLock: LedgerLock;
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
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAccountBalanceArgs = {
  accountId: Scalars['ID']['input'];
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAccountForRoleArgs = {
  role: AccountRole;
};


export type QueryAccountsArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<AccountType>;
};


export type QueryGeneralLedgerArgs = {
  accountId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryInvoiceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


export type QueryJournalEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  journal?: InputMaybe<JournalCode>;
  status?: InputMaybe<JournalEntryStatus>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryJournalEntryArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTaxComputationArgs = {
  amount: Scalars['String']['input'];
  currency?: InputMaybe<Scalars['String']['input']>;
  taxRateId: Scalars['ID']['input'];
};


export type QueryTaxRateArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTaxRatesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTrialBalanceArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
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

export type Subscription = {
  __typename?: 'Subscription';
  /** Each invoice of the current tenant as it is posted (created as posted, or posted later). */
  invoicePosted: Invoice;
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
  Account: ResolverTypeWrapper<AccountRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccountConnection: ResolverTypeWrapper<Omit<AccountConnection, 'edges'> & { edges: Array<ResolversTypes['AccountEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AccountEdge: ResolverTypeWrapper<Omit<AccountEdge, 'node'> & { node: ResolversTypes['Account'] }>;
  AccountPayload: ResolverTypeWrapper<Omit<AccountPayload, 'account'> & { account?: Maybe<ResolversTypes['Account']> }>;
  AccountRole: AccountRole;
  AccountType: AccountType;
  Company: ResolverTypeWrapper<CustomerReference>;
  CreateAccountInput: CreateAccountInput;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateInvoicePayload: ResolverTypeWrapper<Omit<CreateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  CreateJournalEntryInput: CreateJournalEntryInput;
  CreateTaxRateInput: CreateTaxRateInput;
  DeleteJournalEntryPayload: ResolverTypeWrapper<DeleteJournalEntryPayload>;
  DeleteTaxRateInput: DeleteTaxRateInput;
  DeleteTaxRatePayload: ResolverTypeWrapper<DeleteTaxRatePayload>;
  GeneralLedgerConnection: ResolverTypeWrapper<GeneralLedgerModel>;
  GeneralLedgerEdge: ResolverTypeWrapper<Omit<GeneralLedgerEdge, 'node'> & { node: ResolversTypes['GeneralLedgerLine'] }>;
  GeneralLedgerLine: ResolverTypeWrapper<GeneralLedgerLineRow>;
  Invoice: ResolverTypeWrapper<InvoiceEntity>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceLine: ResolverTypeWrapper<InvoiceLine>;
  InvoiceLineInput: InvoiceLineInput;
  InvoiceStatus: InvoiceStatus;
  Journal: ResolverTypeWrapper<JournalRow>;
  JournalCode: JournalCode;
  JournalEntry: ResolverTypeWrapper<JournalEntryRow>;
  JournalEntryConnection: ResolverTypeWrapper<Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversTypes['JournalEntryEdge']> }>;
  JournalEntryEdge: ResolverTypeWrapper<Omit<JournalEntryEdge, 'node'> & { node: ResolversTypes['JournalEntry'] }>;
  JournalEntryIdInput: JournalEntryIdInput;
  JournalEntryPayload: ResolverTypeWrapper<Omit<JournalEntryPayload, 'entry'> & { entry?: Maybe<ResolversTypes['JournalEntry']> }>;
  JournalEntryStatus: JournalEntryStatus;
  JournalLine: ResolverTypeWrapper<JournalLineRow>;
  JournalLineInput: JournalLineInput;
  LedgerLock: ResolverTypeWrapper<LedgerLockModel>;
  LedgerProblem: LedgerProblem;
  LedgerSource: ResolverTypeWrapper<LedgerSource>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerification>;
  LockDateChange: ResolverTypeWrapper<LockDateChangeRow>;
  LockDateChangeConnection: ResolverTypeWrapper<Omit<LockDateChangeConnection, 'edges'> & { edges: Array<ResolversTypes['LockDateChangeEdge']> }>;
  LockDateChangeEdge: ResolverTypeWrapper<Omit<LockDateChangeEdge, 'node'> & { node: ResolversTypes['LockDateChange'] }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostInvoiceInput: PostInvoiceInput;
  PostInvoicePayload: ResolverTypeWrapper<Omit<PostInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetLockDateInput: SetLockDateInput;
  SetLockDatePayload: ResolverTypeWrapper<Omit<SetLockDatePayload, 'change' | 'ledgerLock'> & { change?: Maybe<ResolversTypes['LockDateChange']>, ledgerLock?: Maybe<ResolversTypes['LedgerLock']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TaxComputation: ResolverTypeWrapper<TaxComputation>;
  TaxRate: ResolverTypeWrapper<TaxRateRow>;
  TaxRateConnection: ResolverTypeWrapper<Omit<TaxRateConnection, 'edges'> & { edges: Array<ResolversTypes['TaxRateEdge']> }>;
  TaxRateEdge: ResolverTypeWrapper<Omit<TaxRateEdge, 'node'> & { node: ResolversTypes['TaxRate'] }>;
  TaxRatePayload: ResolverTypeWrapper<Omit<TaxRatePayload, 'taxRate'> & { taxRate?: Maybe<ResolversTypes['TaxRate']> }>;
  TrialBalance: ResolverTypeWrapper<TrialBalanceModel>;
  TrialBalanceRow: ResolverTypeWrapper<TrialBalanceRowModel>;
  TrialBalanceTotal: ResolverTypeWrapper<TrialBalanceTotal>;
  UpdateAccountInput: UpdateAccountInput;
  UpdateTaxRateInput: UpdateTaxRateInput;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Account: AccountRow;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  AccountConnection: Omit<AccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AccountEdge']> };
  Int: Scalars['Int']['output'];
  AccountEdge: Omit<AccountEdge, 'node'> & { node: ResolversParentTypes['Account'] };
  AccountPayload: Omit<AccountPayload, 'account'> & { account?: Maybe<ResolversParentTypes['Account']> };
  Company: CustomerReference;
  CreateAccountInput: CreateAccountInput;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateInvoicePayload: Omit<CreateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  CreateJournalEntryInput: CreateJournalEntryInput;
  CreateTaxRateInput: CreateTaxRateInput;
  DeleteJournalEntryPayload: DeleteJournalEntryPayload;
  DeleteTaxRateInput: DeleteTaxRateInput;
  DeleteTaxRatePayload: DeleteTaxRatePayload;
  GeneralLedgerConnection: GeneralLedgerModel;
  GeneralLedgerEdge: Omit<GeneralLedgerEdge, 'node'> & { node: ResolversParentTypes['GeneralLedgerLine'] };
  GeneralLedgerLine: GeneralLedgerLineRow;
  Invoice: InvoiceEntity;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceLine: InvoiceLine;
  InvoiceLineInput: InvoiceLineInput;
  Journal: JournalRow;
  JournalEntry: JournalEntryRow;
  JournalEntryConnection: Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['JournalEntryEdge']> };
  JournalEntryEdge: Omit<JournalEntryEdge, 'node'> & { node: ResolversParentTypes['JournalEntry'] };
  JournalEntryIdInput: JournalEntryIdInput;
  JournalEntryPayload: Omit<JournalEntryPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['JournalEntry']> };
  JournalLine: JournalLineRow;
  JournalLineInput: JournalLineInput;
  LedgerLock: LedgerLockModel;
  LedgerSource: LedgerSource;
  LedgerVerification: LedgerVerification;
  LockDateChange: LockDateChangeRow;
  LockDateChangeConnection: Omit<LockDateChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['LockDateChangeEdge']> };
  LockDateChangeEdge: Omit<LockDateChangeEdge, 'node'> & { node: ResolversParentTypes['LockDateChange'] };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostInvoiceInput: PostInvoiceInput;
  PostInvoicePayload: Omit<PostInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  Query: Record<PropertyKey, never>;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  SetLockDateInput: SetLockDateInput;
  SetLockDatePayload: Omit<SetLockDatePayload, 'change' | 'ledgerLock'> & { change?: Maybe<ResolversParentTypes['LockDateChange']>, ledgerLock?: Maybe<ResolversParentTypes['LedgerLock']> };
  Subscription: Record<PropertyKey, never>;
  TaxComputation: TaxComputation;
  TaxRate: TaxRateRow;
  TaxRateConnection: Omit<TaxRateConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaxRateEdge']> };
  TaxRateEdge: Omit<TaxRateEdge, 'node'> & { node: ResolversParentTypes['TaxRate'] };
  TaxRatePayload: Omit<TaxRatePayload, 'taxRate'> & { taxRate?: Maybe<ResolversParentTypes['TaxRate']> };
  TrialBalance: TrialBalanceModel;
  TrialBalanceRow: TrialBalanceRowModel;
  TrialBalanceTotal: TrialBalanceTotal;
  UpdateAccountInput: UpdateAccountInput;
  UpdateTaxRateInput: UpdateTaxRateInput;
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

export type AccountResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['AccountRole']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['AccountType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AccountConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccountConnection'] = ResolversParentTypes['AccountConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AccountEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccountEdge'] = ResolversParentTypes['AccountEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
}>;

export type AccountPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AccountPayload'] = ResolversParentTypes['AccountPayload']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

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

export type DeleteJournalEntryPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteJournalEntryPayload'] = ResolversParentTypes['DeleteJournalEntryPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteTaxRatePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteTaxRatePayload'] = ResolversParentTypes['DeleteTaxRatePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type GeneralLedgerConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GeneralLedgerConnection'] = ResolversParentTypes['GeneralLedgerConnection']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GeneralLedgerEdge']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openingBalances?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GeneralLedgerEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GeneralLedgerEdge'] = ResolversParentTypes['GeneralLedgerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GeneralLedgerLine'], ParentType, ContextType>;
}>;

export type GeneralLedgerLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['GeneralLedgerLine'] = ResolversParentTypes['GeneralLedgerLine']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  debit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export type JournalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Journal'] = ResolversParentTypes['Journal']> = ResolversObject<{
  code?: Resolver<ResolversTypes['JournalCode'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JournalEntryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journal?: Resolver<ResolversTypes['Journal'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['JournalLine']>, ParentType, ContextType>;
  memo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  sequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['LedgerSource']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JournalEntryStatus'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type JournalEntryConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JournalEntryConnection'] = ResolversParentTypes['JournalEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['JournalEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type JournalEntryEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JournalEntryEdge'] = ResolversParentTypes['JournalEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['JournalEntry'], ParentType, ContextType>;
}>;

export type JournalEntryPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JournalEntryPayload'] = ResolversParentTypes['JournalEntryPayload']> = ResolversObject<{
  entry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type JournalLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['JournalLine'] = ResolversParentTypes['JournalLine']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  debit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LedgerLockResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LedgerLock'] = ResolversParentTypes['LedgerLock']> = ResolversObject<{
  changes?: Resolver<ResolversTypes['LockDateChangeConnection'], ParentType, ContextType, Partial<LedgerLockChangesArgs>>;
  lockDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LedgerSourceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LedgerSource'] = ResolversParentTypes['LedgerSource']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LedgerVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LedgerVerification'] = ResolversParentTypes['LedgerVerification']> = ResolversObject<{
  entriesChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  problem?: Resolver<Maybe<ResolversTypes['LedgerProblem']>, ParentType, ContextType>;
}>;

export type LockDateChangeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LockDateChange'] = ResolversParentTypes['LockDateChange']> = ResolversObject<{
  atSequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  changedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lockDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  previousLockDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LockDateChangeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LockDateChangeConnection'] = ResolversParentTypes['LockDateChangeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LockDateChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LockDateChangeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LockDateChangeEdge'] = ResolversParentTypes['LockDateChangeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LockDateChange'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createInvoice?: Resolver<ResolversTypes['CreateInvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateInvoiceArgs, 'input'>>;
  createJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationCreateJournalEntryArgs, 'input'>>;
  createTaxRate?: Resolver<ResolversTypes['TaxRatePayload'], ParentType, ContextType, RequireFields<MutationCreateTaxRateArgs, 'input'>>;
  deleteJournalEntry?: Resolver<ResolversTypes['DeleteJournalEntryPayload'], ParentType, ContextType, RequireFields<MutationDeleteJournalEntryArgs, 'input'>>;
  deleteTaxRate?: Resolver<ResolversTypes['DeleteTaxRatePayload'], ParentType, ContextType, RequireFields<MutationDeleteTaxRateArgs, 'input'>>;
  postInvoice?: Resolver<ResolversTypes['PostInvoicePayload'], ParentType, ContextType, RequireFields<MutationPostInvoiceArgs, 'input'>>;
  postJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationPostJournalEntryArgs, 'input'>>;
  reverseJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationReverseJournalEntryArgs, 'input'>>;
  setLockDate?: Resolver<ResolversTypes['SetLockDatePayload'], ParentType, ContextType, RequireFields<MutationSetLockDateArgs, 'input'>>;
  updateAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationUpdateAccountArgs, 'input'>>;
  updateTaxRate?: Resolver<ResolversTypes['TaxRatePayload'], ParentType, ContextType, RequireFields<MutationUpdateTaxRateArgs, 'input'>>;
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
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accountBalance?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<QueryAccountBalanceArgs, 'accountId'>>;
  accountForRole?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountForRoleArgs, 'role'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, Partial<QueryAccountsArgs>>;
  generalLedger?: Resolver<ResolversTypes['GeneralLedgerConnection'], ParentType, ContextType, RequireFields<QueryGeneralLedgerArgs, 'accountId'>>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, Partial<QueryInvoicesArgs>>;
  journalEntries?: Resolver<ResolversTypes['JournalEntryConnection'], ParentType, ContextType, Partial<QueryJournalEntriesArgs>>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntryArgs, 'id'>>;
  journals?: Resolver<Array<ResolversTypes['Journal']>, ParentType, ContextType>;
  ledgerLock?: Resolver<ResolversTypes['LedgerLock'], ParentType, ContextType>;
  taxComputation?: Resolver<ResolversTypes['TaxComputation'], ParentType, ContextType, RequireFields<QueryTaxComputationArgs, 'amount' | 'taxRateId'>>;
  taxRate?: Resolver<Maybe<ResolversTypes['TaxRate']>, ParentType, ContextType, RequireFields<QueryTaxRateArgs, 'id'>>;
  taxRates?: Resolver<ResolversTypes['TaxRateConnection'], ParentType, ContextType, Partial<QueryTaxRatesArgs>>;
  trialBalance?: Resolver<ResolversTypes['TrialBalance'], ParentType, ContextType, Partial<QueryTrialBalanceArgs>>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType>;
}>;

export type SetLockDatePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SetLockDatePayload'] = ResolversParentTypes['SetLockDatePayload']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['LockDateChange']>, ParentType, ContextType>;
  ledgerLock?: Resolver<Maybe<ResolversTypes['LedgerLock']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  invoicePosted?: SubscriptionResolver<ResolversTypes['Invoice'], "invoicePosted", ParentType, ContextType>;
}>;

export type TaxComputationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TaxComputation'] = ResolversParentTypes['TaxComputation']> = ResolversObject<{
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type TaxRateResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TaxRate'] = ResolversParentTypes['TaxRate']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaxRateConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TaxRateConnection'] = ResolversParentTypes['TaxRateConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaxRateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaxRateEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TaxRateEdge'] = ResolversParentTypes['TaxRateEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaxRate'], ParentType, ContextType>;
}>;

export type TaxRatePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TaxRatePayload'] = ResolversParentTypes['TaxRatePayload']> = ResolversObject<{
  taxRate?: Resolver<Maybe<ResolversTypes['TaxRate']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type TrialBalanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TrialBalance'] = ResolversParentTypes['TrialBalance']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['TrialBalanceRow']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['TrialBalanceTotal']>, ParentType, ContextType>;
}>;

export type TrialBalanceRowResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TrialBalanceRow'] = ResolversParentTypes['TrialBalanceRow']> = ResolversObject<{
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type TrialBalanceTotalResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['TrialBalanceTotal'] = ResolversParentTypes['TrialBalanceTotal']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  credit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  debit?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CreateInvoicePayload?: CreateInvoicePayloadResolvers<ContextType>;
  DeleteJournalEntryPayload?: DeleteJournalEntryPayloadResolvers<ContextType>;
  DeleteTaxRatePayload?: DeleteTaxRatePayloadResolvers<ContextType>;
  GeneralLedgerConnection?: GeneralLedgerConnectionResolvers<ContextType>;
  GeneralLedgerEdge?: GeneralLedgerEdgeResolvers<ContextType>;
  GeneralLedgerLine?: GeneralLedgerLineResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  Journal?: JournalResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalEntryConnection?: JournalEntryConnectionResolvers<ContextType>;
  JournalEntryEdge?: JournalEntryEdgeResolvers<ContextType>;
  JournalEntryPayload?: JournalEntryPayloadResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LedgerLock?: LedgerLockResolvers<ContextType>;
  LedgerSource?: LedgerSourceResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  LockDateChange?: LockDateChangeResolvers<ContextType>;
  LockDateChangeConnection?: LockDateChangeConnectionResolvers<ContextType>;
  LockDateChangeEdge?: LockDateChangeEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PostInvoicePayload?: PostInvoicePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SetLockDatePayload?: SetLockDatePayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TaxComputation?: TaxComputationResolvers<ContextType>;
  TaxRate?: TaxRateResolvers<ContextType>;
  TaxRateConnection?: TaxRateConnectionResolvers<ContextType>;
  TaxRateEdge?: TaxRateEdgeResolvers<ContextType>;
  TaxRatePayload?: TaxRatePayloadResolvers<ContextType>;
  TrialBalance?: TrialBalanceResolvers<ContextType>;
  TrialBalanceRow?: TrialBalanceRowResolvers<ContextType>;
  TrialBalanceTotal?: TrialBalanceTotalResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
