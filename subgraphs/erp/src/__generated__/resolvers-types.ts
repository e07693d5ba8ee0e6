import { GraphQLResolveInfo } from 'graphql';
import { AccountRow } from '../modules/account/account.types';
import { CreditNoteRow } from '../modules/credit-note/credit-note.types';
import { CustomerReference } from '../modules/customer/customer.models';
import { DepartmentRow } from '../modules/department/department.types';
import { EmployeeRow, UserReference } from '../modules/employee/employee.types';
import { LedgerLockModel, LockDateChangeRow } from '../modules/fiscal-period/lock-date.types';
import { InvoiceEntity } from '../modules/invoice/invoice.entity';
import { JournalRow, JournalEntryRow, JournalLineRow } from '../modules/journal-entry/journal-entry.types';
import { LeaveTypeRow, LeaveAllocationRow, LeaveRequestRow, LeaveBalanceFigures } from '../modules/leave/leave.types';
import { TrialBalanceModel, TrialBalanceRowModel, GeneralLedgerModel, GeneralLedgerLineRow } from '../modules/ledger-report/ledger-report.types';
import { PaymentRow } from '../modules/payment/payment.types';
import { ProductRow } from '../modules/product/product.types';
import { PurchaseOrderRow, PurchaseOrderLineRow } from '../modules/purchase-order/purchase-order.types';
import { ReceivablesAgeingModel, AgeingBucketsModel } from '../modules/receivables/receivables.service';
import { ReorderRuleRow, ReorderSuggestionModel } from '../modules/reorder/reorder.types';
import { StockMoveRow } from '../modules/stock/stock-move.types';
import { OnHandModel, LocationStockModel } from '../modules/stock/on-hand.service';
import { StockDiscrepancyModel, StockVerificationModel } from '../modules/stock/stock-verify.service';
import { SupplierBillRow, SupplierBillLineRow } from '../modules/supplier-bill/supplier-bill.types';
import { TaxRateRow } from '../modules/tax/tax.types';
import { StockValuationModel, ProductValuationModel } from '../modules/valuation/valuation.types';
import { WarehouseRow, LocationRow } from '../modules/warehouse/warehouse.types';
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
 * The CRM company (owned by crm); erp adds the invoices billed to it. erp keeps a replica of the tenant's
 * companies, fed by crm's events (created, updated, imported, merged), and documents may only name a
 * company of that replica.
 */
export type Company = {
  __typename?: 'Company';
  /**
   * Whether invoices may name this company: erp has heard of it from crm (a company created a moment ago
   * may take a second to appear) and it was not merged into another. Null, with a FORBIDDEN error at its
   * path, for a role without `erp.invoice:read`.
   */
  billable?: Maybe<Scalars['Boolean']['output']>;
  /** The company's id, as issued by crm. */
  id: Scalars['ID']['output'];
  /**
   * Invoices billed to this company, newest first. `first` is 1–100 (default 20). Null, with a
   * FORBIDDEN error at its path, for a role without `erp.invoice:read` (the rest of the company is
   * still answered).
   */
  invoices?: Maybe<InvoiceConnection>;
  /**
   * What the company owes: the residuals (total − payments − credit notes) of its posted invoices, one
   * entry per currency with something open (ordered by currency code), empty when nothing is owed.
   * Amounts in different currencies are never added together. Null, with a FORBIDDEN error at its path,
   * for a role without `erp.invoice:read`.
   */
  openBalance?: Maybe<Array<Money>>;
  /**
   * Purchase orders from this supplier, newest first. `first` is 1–100 (default 20). Null, with a
   * FORBIDDEN error at its path, for a role without `erp.purchase:read`.
   */
  purchaseOrders?: Maybe<PurchaseOrderConnection>;
};


/**
 * The CRM company (owned by crm); erp adds the invoices billed to it. erp keeps a replica of the tenant's
 * companies, fed by crm's events (created, updated, imported, merged), and documents may only name a
 * company of that replica.
 */
export type CompanyInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The CRM company (owned by crm); erp adds the invoices billed to it. erp keeps a replica of the tenant's
 * companies, fed by crm's events (created, updated, imported, merged), and documents may only name a
 * company of that replica.
 */
export type CompanyPurchaseOrdersArgs = {
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
  /** Sets a location's quantity to what was counted, or changes it by a difference, with a reason; valued at the average cost. */
  adjustStock: StockMovePayload;
  /**
   * Approves a requested leave, checking the allocation again under the employee's lock (approved days
   * never exceed the allocation, even under concurrent approvals). Your own request needs
   * `erp.leave:admin`. NOT_FOUND for an unknown id.
   */
  approveLeaveRequest: LeaveRequestPayload;
  /**
   * Cancels a leave: your own while it is requested; any requested or approved one with
   * `erp.leave:approve`. NOT_FOUND for an unknown id.
   */
  cancelLeaveRequest: LeaveRequestPayload;
  /** Cancels a DRAFT, or a CONFIRMED order of which nothing was received. Unknown id: NOT_FOUND. */
  cancelPurchaseOrder: PurchaseOrderPayload;
  /** DRAFT → CONFIRMED: what was ordered is fixed from now on and goods may be received. Unknown id: NOT_FOUND. */
  confirmPurchaseOrder: PurchaseOrderPayload;
  /** Adds an account to the tenant's chart. */
  createAccount: AccountPayload;
  /**
   * Issues a credit note against a posted invoice for part or all of its residual, with its journal
   * entry, in one transaction; the invoice becomes PAID when nothing is left. An unknown invoice id is
   * NOT_FOUND.
   */
  createCreditNote: CreateCreditNotePayload;
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
  /** Grants an employee days of a leave type for a period. */
  createLeaveAllocation: LeaveAllocationPayload;
  /** Adds a leave type. */
  createLeaveType: LeaveTypePayload;
  /** Adds a product to the tenant's catalogue. */
  createProduct: ProductPayload;
  /** Creates a DRAFT purchase order with the tenant's next number. Refused with nothing written, the number included. */
  createPurchaseOrder: PurchaseOrderPayload;
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
  /** Deletes an empty department. NOT_FOUND for an unknown id. */
  deleteDepartment: DeleteDepartmentPayload;
  /** Deletes a draft entry. NOT_FOUND for an unknown id. */
  deleteJournalEntry: DeleteJournalEntryPayload;
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
  /** Refuses a requested leave. NOT_FOUND for an unknown id. */
  refuseLeaveRequest: LeaveRequestPayload;
  /**
   * Files a leave request. Refused when it overlaps another requested or approved leave of the
   * employee, or (for a type that needs an allocation) exceeds what remains: allocated − approved − pending.
   */
  requestLeave: LeaveRequestPayload;
  /** Reverses a posted entry with a new posted entry of swapped sides, linked to it. NOT_FOUND for an unknown id. */
  reverseJournalEntry: JournalEntryPayload;
  /**
   * Records the reversal of a move (same product and quantity, the other way round, the mirror value).
   * A move is reversed at most once; reversing an adjustment also needs `erp.stock:adjust`. NOT_FOUND
   * for an id that names no move of the tenant.
   */
  reverseStockMove: StockMovePayload;
  /** Moves the lock date forwards (closing periods) or backwards (reopening them); every move is recorded. */
  setLockDate: SetLockDatePayload;
  /** Creates or replaces the reorder rule of a product for a warehouse. */
  setReorderRule: ReorderRulePayload;
  /** Moves goods between two locations; the stock value is unchanged. */
  transferStock: StockMovePayload;
  /** Renames, re-parents, deactivates or reactivates an account (code and type only while unused). NOT_FOUND for an unknown id. */
  updateAccount: AccountPayload;
  /** Renames a department, moves it in the tree or changes its manager. NOT_FOUND for an unknown id. */
  updateDepartment: DepartmentPayload;
  /** Changes an employee. NOT_FOUND for an unknown id. */
  updateEmployee: EmployeePayload;
  /**
   * Changes a DRAFT invoice (a posted one is refused with INVOICE_POSTED; the database refuses it too).
   * An id that matches no invoice of the tenant is a NOT_FOUND error.
   */
  updateInvoice: UpdateInvoicePayload;
  /** Changes an allocation's days or note. NOT_FOUND for an unknown id. */
  updateLeaveAllocation: LeaveAllocationPayload;
  /** Renames a leave type or changes whether it needs an allocation. NOT_FOUND for an unknown id. */
  updateLeaveType: LeaveTypePayload;
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
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationApproveLeaveRequestArgs = {
  input: LeaveDecisionInput;
};


export type MutationCancelLeaveRequestArgs = {
  input: LeaveDecisionInput;
};


export type MutationCancelPurchaseOrderArgs = {
  input: PurchaseOrderIdInput;
};


export type MutationConfirmPurchaseOrderArgs = {
  input: PurchaseOrderIdInput;
};


export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


export type MutationCreateCreditNoteArgs = {
  input: CreateCreditNoteInput;
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


export type MutationCreateLeaveAllocationArgs = {
  input: CreateLeaveAllocationInput;
};


export type MutationCreateLeaveTypeArgs = {
  input: CreateLeaveTypeInput;
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationCreatePurchaseOrderArgs = {
  input: CreatePurchaseOrderInput;
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


export type MutationDeleteDepartmentArgs = {
  input: DeleteDepartmentInput;
};


export type MutationDeleteJournalEntryArgs = {
  input: JournalEntryIdInput;
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


export type MutationRefuseLeaveRequestArgs = {
  input: LeaveDecisionInput;
};


export type MutationRequestLeaveArgs = {
  input: RequestLeaveInput;
};


export type MutationReverseJournalEntryArgs = {
  input: ReverseJournalEntryInput;
};


export type MutationReverseStockMoveArgs = {
  input: ReverseStockMoveInput;
};


export type MutationSetLockDateArgs = {
  input: SetLockDateInput;
};


export type MutationSetReorderRuleArgs = {
  input: SetReorderRuleInput;
};


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
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


export type MutationUpdateLeaveAllocationArgs = {
  input: UpdateLeaveAllocationInput;
};


export type MutationUpdateLeaveTypeArgs = {
  input: UpdateLeaveTypeInput;
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

/**
 * Something the tenant buys, stocks or sells. Other subgraphs may extend it (`@key(fields: "id")`).
 * Its `id` needs only a tenant; its data fields need `erp.product:read`, also when the product is
 * reached through another subgraph. Cost and sale price are in the product's own `currency`.
 */
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
  /** Stable identifier (UUID). */
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


/**
 * Something the tenant buys, stocks or sells. Other subgraphs may extend it (`@key(fields: "id")`).
 * Its `id` needs only a tenant; its data fields need `erp.product:read`, also when the product is
 * reached through another subgraph. Cost and sale price are in the product's own `currency`.
 */
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
  /** A department of the tenant by id; null when there is none. A malformed id is BAD_USER_INPUT. */
  department?: Maybe<Department>;
  /** The tenant's departments by name, optionally those whose name contains `search`. `first` is 1–100 (default 20). */
  departments: DepartmentConnection;
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


export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryEmployeeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEmployeesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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


export type QueryLeaveAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  leaveTypeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryLeaveBalanceArgs = {
  employeeId: Scalars['ID']['input'];
  leaveTypeId: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLeaveRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeaveRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  employeeId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LeaveStatus>;
};


export type QueryLeaveTypeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeaveTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProductArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ProductOrder>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProductsToReorderArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPurchaseOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPurchaseOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<PurchaseOrderStatus>;
};


export type QueryReceivablesAgeingArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStockLocationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockMoveArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockMovesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMoveFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockOnHandArgs = {
  locationId?: InputMaybe<Scalars['ID']['input']>;
  productId: Scalars['ID']['input'];
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStockValuationArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupplierBillArgs = {
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


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehousesArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
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
  /** Each invoice of the current tenant as payments or credit notes settle it completely. */
  invoicePaid: Invoice;
  /** Each invoice of the current tenant as it is posted (created as posted, or posted later). */
  invoicePosted: Invoice;
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

/** A NEXORA user (owned by identity); erp adds the employee record linked to it. */
export type User = {
  __typename?: 'User';
  /** The employee of the current tenant linked to this user; null when there is none. */
  employee?: Maybe<Employee>;
  /** The user's id, as issued by identity. */
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
  Product: Product;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Company:
    ( { __typename: 'Company' }
    & GraphQLRecursivePick<FederationTypes['Company'], {"id":true}> );
  Invoice:
    ( { __typename: 'Invoice' }
    & GraphQLRecursivePick<FederationTypes['Invoice'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
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
  AdjustStockInput: AdjustStockInput;
  AgeingBuckets: ResolverTypeWrapper<AgeingBucketsModel>;
  Company: ResolverTypeWrapper<CustomerReference>;
  CreateAccountInput: CreateAccountInput;
  CreateCreditNoteInput: CreateCreditNoteInput;
  CreateCreditNotePayload: ResolverTypeWrapper<Omit<CreateCreditNotePayload, 'creditNote' | 'invoice'> & { creditNote?: Maybe<ResolversTypes['CreditNote']>, invoice?: Maybe<ResolversTypes['Invoice']> }>;
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateInvoicePayload: ResolverTypeWrapper<Omit<CreateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  CreateJournalEntryInput: CreateJournalEntryInput;
  CreateLeaveAllocationInput: CreateLeaveAllocationInput;
  CreateLeaveTypeInput: CreateLeaveTypeInput;
  CreateProductInput: CreateProductInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateStockLocationInput: CreateStockLocationInput;
  CreateSupplierBillInput: CreateSupplierBillInput;
  CreateSupplierBillPayload: ResolverTypeWrapper<Omit<CreateSupplierBillPayload, 'supplierBill'> & { supplierBill?: Maybe<ResolversTypes['SupplierBill']> }>;
  CreateTaxRateInput: CreateTaxRateInput;
  CreateWarehouseInput: CreateWarehouseInput;
  CreditNote: ResolverTypeWrapper<CreditNoteRow>;
  DeleteDepartmentInput: DeleteDepartmentInput;
  DeleteDepartmentPayload: ResolverTypeWrapper<DeleteDepartmentPayload>;
  DeleteJournalEntryPayload: ResolverTypeWrapper<DeleteJournalEntryPayload>;
  DeleteReorderRuleInput: DeleteReorderRuleInput;
  DeleteReorderRulePayload: ResolverTypeWrapper<DeleteReorderRulePayload>;
  DeleteStockLocationInput: DeleteStockLocationInput;
  DeleteStockLocationPayload: ResolverTypeWrapper<DeleteStockLocationPayload>;
  DeleteTaxRateInput: DeleteTaxRateInput;
  DeleteTaxRatePayload: ResolverTypeWrapper<DeleteTaxRatePayload>;
  DeleteWarehouseInput: DeleteWarehouseInput;
  DeleteWarehousePayload: ResolverTypeWrapper<DeleteWarehousePayload>;
  DeliverStockInput: DeliverStockInput;
  Department: ResolverTypeWrapper<DepartmentRow>;
  DepartmentConnection: ResolverTypeWrapper<Omit<DepartmentConnection, 'edges'> & { edges: Array<ResolversTypes['DepartmentEdge']> }>;
  DepartmentEdge: ResolverTypeWrapper<Omit<DepartmentEdge, 'node'> & { node: ResolversTypes['Department'] }>;
  DepartmentPayload: ResolverTypeWrapper<Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  Employee: ResolverTypeWrapper<EmployeeRow>;
  EmployeeConnection: ResolverTypeWrapper<Omit<EmployeeConnection, 'edges'> & { edges: Array<ResolversTypes['EmployeeEdge']> }>;
  EmployeeEdge: ResolverTypeWrapper<Omit<EmployeeEdge, 'node'> & { node: ResolversTypes['Employee'] }>;
  EmployeePayload: ResolverTypeWrapper<Omit<EmployeePayload, 'employee'> & { employee?: Maybe<ResolversTypes['Employee']> }>;
  GeneralLedgerConnection: ResolverTypeWrapper<GeneralLedgerModel>;
  GeneralLedgerEdge: ResolverTypeWrapper<Omit<GeneralLedgerEdge, 'node'> & { node: ResolversTypes['GeneralLedgerLine'] }>;
  GeneralLedgerLine: ResolverTypeWrapper<GeneralLedgerLineRow>;
  Invoice: ResolverTypeWrapper<InvoiceEntity>;
  InvoiceConnection: ResolverTypeWrapper<Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['InvoiceEdge']> }>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  InvoiceLine: ResolverTypeWrapper<InvoiceLine>;
  InvoiceLineInput: InvoiceLineInput;
  InvoiceLineTax: ResolverTypeWrapper<InvoiceLineTax>;
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
  LeaveAllocation: ResolverTypeWrapper<LeaveAllocationRow>;
  LeaveAllocationConnection: ResolverTypeWrapper<Omit<LeaveAllocationConnection, 'edges'> & { edges: Array<ResolversTypes['LeaveAllocationEdge']> }>;
  LeaveAllocationEdge: ResolverTypeWrapper<Omit<LeaveAllocationEdge, 'node'> & { node: ResolversTypes['LeaveAllocation'] }>;
  LeaveAllocationPayload: ResolverTypeWrapper<Omit<LeaveAllocationPayload, 'allocation'> & { allocation?: Maybe<ResolversTypes['LeaveAllocation']> }>;
  LeaveBalance: ResolverTypeWrapper<LeaveBalanceFigures>;
  LeaveDecisionInput: LeaveDecisionInput;
  LeaveRequest: ResolverTypeWrapper<LeaveRequestRow>;
  LeaveRequestConnection: ResolverTypeWrapper<Omit<LeaveRequestConnection, 'edges'> & { edges: Array<ResolversTypes['LeaveRequestEdge']> }>;
  LeaveRequestEdge: ResolverTypeWrapper<Omit<LeaveRequestEdge, 'node'> & { node: ResolversTypes['LeaveRequest'] }>;
  LeaveRequestPayload: ResolverTypeWrapper<Omit<LeaveRequestPayload, 'request'> & { request?: Maybe<ResolversTypes['LeaveRequest']> }>;
  LeaveStatus: LeaveStatus;
  LeaveType: ResolverTypeWrapper<LeaveTypeRow>;
  LeaveTypeConnection: ResolverTypeWrapper<Omit<LeaveTypeConnection, 'edges'> & { edges: Array<ResolversTypes['LeaveTypeEdge']> }>;
  LeaveTypeEdge: ResolverTypeWrapper<Omit<LeaveTypeEdge, 'node'> & { node: ResolversTypes['LeaveType'] }>;
  LeaveTypePayload: ResolverTypeWrapper<Omit<LeaveTypePayload, 'leaveType'> & { leaveType?: Maybe<ResolversTypes['LeaveType']> }>;
  LeaveUnit: LeaveUnit;
  LedgerLock: ResolverTypeWrapper<LedgerLockModel>;
  LedgerProblem: LedgerProblem;
  LedgerSource: ResolverTypeWrapper<LedgerSource>;
  LedgerVerification: ResolverTypeWrapper<LedgerVerification>;
  LocationStock: ResolverTypeWrapper<LocationStockModel>;
  LockDateChange: ResolverTypeWrapper<LockDateChangeRow>;
  LockDateChangeConnection: ResolverTypeWrapper<Omit<LockDateChangeConnection, 'edges'> & { edges: Array<ResolversTypes['LockDateChangeEdge']> }>;
  LockDateChangeEdge: ResolverTypeWrapper<Omit<LockDateChangeEdge, 'node'> & { node: ResolversTypes['LockDateChange'] }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentRow>;
  PaymentMethod: PaymentMethod;
  PaymentTerms: PaymentTerms;
  PostInvoiceInput: PostInvoiceInput;
  PostInvoicePayload: ResolverTypeWrapper<Omit<PostInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFilter: ProductFilter;
  ProductOrder: ProductOrder;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProductValuation: ResolverTypeWrapper<ProductValuationModel>;
  ProductValuationConnection: ResolverTypeWrapper<Omit<ProductValuationConnection, 'edges'> & { edges: Array<ResolversTypes['ProductValuationEdge']> }>;
  ProductValuationEdge: ResolverTypeWrapper<Omit<ProductValuationEdge, 'node'> & { node: ResolversTypes['ProductValuation'] }>;
  PurchaseOrder: ResolverTypeWrapper<PurchaseOrderRow>;
  PurchaseOrderConnection: ResolverTypeWrapper<Omit<PurchaseOrderConnection, 'edges'> & { edges: Array<ResolversTypes['PurchaseOrderEdge']> }>;
  PurchaseOrderEdge: ResolverTypeWrapper<Omit<PurchaseOrderEdge, 'node'> & { node: ResolversTypes['PurchaseOrder'] }>;
  PurchaseOrderIdInput: PurchaseOrderIdInput;
  PurchaseOrderLine: ResolverTypeWrapper<PurchaseOrderLineRow>;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderPayload: ResolverTypeWrapper<Omit<PurchaseOrderPayload, 'purchaseOrder'> & { purchaseOrder?: Maybe<ResolversTypes['PurchaseOrder']> }>;
  PurchaseOrderStatus: PurchaseOrderStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiptLineInput: ReceiptLineInput;
  ReceivablesAgeing: ResolverTypeWrapper<ReceivablesAgeingModel>;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReceivePurchaseOrderPayload: ResolverTypeWrapper<Omit<ReceivePurchaseOrderPayload, 'moves' | 'purchaseOrder'> & { moves: Array<ResolversTypes['StockMove']>, purchaseOrder?: Maybe<ResolversTypes['PurchaseOrder']> }>;
  ReceiveStockInput: ReceiveStockInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: ResolverTypeWrapper<Omit<RecordPaymentPayload, 'invoice' | 'payment'> & { invoice?: Maybe<ResolversTypes['Invoice']>, payment?: Maybe<ResolversTypes['Payment']> }>;
  ReorderRule: ResolverTypeWrapper<ReorderRuleRow>;
  ReorderRulePayload: ResolverTypeWrapper<Omit<ReorderRulePayload, 'rule'> & { rule?: Maybe<ResolversTypes['ReorderRule']> }>;
  ReorderSuggestion: ResolverTypeWrapper<ReorderSuggestionModel>;
  ReorderSuggestionConnection: ResolverTypeWrapper<Omit<ReorderSuggestionConnection, 'edges'> & { edges: Array<ResolversTypes['ReorderSuggestionEdge']> }>;
  ReorderSuggestionEdge: ResolverTypeWrapper<Omit<ReorderSuggestionEdge, 'node'> & { node: ResolversTypes['ReorderSuggestion'] }>;
  RequestLeaveInput: RequestLeaveInput;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  ReverseStockMoveInput: ReverseStockMoveInput;
  SetLockDateInput: SetLockDateInput;
  SetLockDatePayload: ResolverTypeWrapper<Omit<SetLockDatePayload, 'change' | 'ledgerLock'> & { change?: Maybe<ResolversTypes['LockDateChange']>, ledgerLock?: Maybe<ResolversTypes['LedgerLock']> }>;
  SetReorderRuleInput: SetReorderRuleInput;
  StockDiscrepancy: ResolverTypeWrapper<StockDiscrepancyModel>;
  StockDiscrepancyKind: StockDiscrepancyKind;
  StockLocation: ResolverTypeWrapper<LocationRow>;
  StockLocationConnection: ResolverTypeWrapper<Omit<StockLocationConnection, 'edges'> & { edges: Array<ResolversTypes['StockLocationEdge']> }>;
  StockLocationEdge: ResolverTypeWrapper<Omit<StockLocationEdge, 'node'> & { node: ResolversTypes['StockLocation'] }>;
  StockLocationPayload: ResolverTypeWrapper<Omit<StockLocationPayload, 'location'> & { location?: Maybe<ResolversTypes['StockLocation']> }>;
  StockMove: ResolverTypeWrapper<StockMoveRow>;
  StockMoveConnection: ResolverTypeWrapper<Omit<StockMoveConnection, 'edges'> & { edges: Array<ResolversTypes['StockMoveEdge']> }>;
  StockMoveEdge: ResolverTypeWrapper<Omit<StockMoveEdge, 'node'> & { node: ResolversTypes['StockMove'] }>;
  StockMoveFilter: StockMoveFilter;
  StockMovePayload: ResolverTypeWrapper<Omit<StockMovePayload, 'move'> & { move?: Maybe<ResolversTypes['StockMove']> }>;
  StockMoveType: StockMoveType;
  StockOnHand: ResolverTypeWrapper<OnHandModel>;
  StockValuation: ResolverTypeWrapper<StockValuationModel>;
  StockVerification: ResolverTypeWrapper<StockVerificationModel>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupplierBill: ResolverTypeWrapper<SupplierBillRow>;
  SupplierBillLine: ResolverTypeWrapper<SupplierBillLineRow>;
  SupplierBillLineInput: SupplierBillLineInput;
  TaxComputation: ResolverTypeWrapper<TaxComputation>;
  TaxRate: ResolverTypeWrapper<TaxRateRow>;
  TaxRateConnection: ResolverTypeWrapper<Omit<TaxRateConnection, 'edges'> & { edges: Array<ResolversTypes['TaxRateEdge']> }>;
  TaxRateEdge: ResolverTypeWrapper<Omit<TaxRateEdge, 'node'> & { node: ResolversTypes['TaxRate'] }>;
  TaxRatePayload: ResolverTypeWrapper<Omit<TaxRatePayload, 'taxRate'> & { taxRate?: Maybe<ResolversTypes['TaxRate']> }>;
  TransferStockInput: TransferStockInput;
  TrialBalance: ResolverTypeWrapper<TrialBalanceModel>;
  TrialBalanceRow: ResolverTypeWrapper<TrialBalanceRowModel>;
  TrialBalanceTotal: ResolverTypeWrapper<TrialBalanceTotal>;
  UpdateAccountInput: UpdateAccountInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateInvoiceInput: UpdateInvoiceInput;
  UpdateInvoicePayload: ResolverTypeWrapper<Omit<UpdateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  UpdateLeaveAllocationInput: UpdateLeaveAllocationInput;
  UpdateLeaveTypeInput: UpdateLeaveTypeInput;
  UpdateProductInput: UpdateProductInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateStockLocationInput: UpdateStockLocationInput;
  UpdateTaxRateInput: UpdateTaxRateInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  User: ResolverTypeWrapper<UserReference>;
  UserError: ResolverTypeWrapper<UserError>;
  Warehouse: ResolverTypeWrapper<WarehouseRow>;
  WarehouseConnection: ResolverTypeWrapper<Omit<WarehouseConnection, 'edges'> & { edges: Array<ResolversTypes['WarehouseEdge']> }>;
  WarehouseEdge: ResolverTypeWrapper<Omit<WarehouseEdge, 'node'> & { node: ResolversTypes['Warehouse'] }>;
  WarehousePayload: ResolverTypeWrapper<Omit<WarehousePayload, 'warehouse'> & { warehouse?: Maybe<ResolversTypes['Warehouse']> }>;
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
  AdjustStockInput: AdjustStockInput;
  AgeingBuckets: AgeingBucketsModel;
  Company: CustomerReference;
  CreateAccountInput: CreateAccountInput;
  CreateCreditNoteInput: CreateCreditNoteInput;
  CreateCreditNotePayload: Omit<CreateCreditNotePayload, 'creditNote' | 'invoice'> & { creditNote?: Maybe<ResolversParentTypes['CreditNote']>, invoice?: Maybe<ResolversParentTypes['Invoice']> };
  CreateDepartmentInput: CreateDepartmentInput;
  CreateEmployeeInput: CreateEmployeeInput;
  CreateInvoiceInput: CreateInvoiceInput;
  CreateInvoicePayload: Omit<CreateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  CreateJournalEntryInput: CreateJournalEntryInput;
  CreateLeaveAllocationInput: CreateLeaveAllocationInput;
  CreateLeaveTypeInput: CreateLeaveTypeInput;
  CreateProductInput: CreateProductInput;
  CreatePurchaseOrderInput: CreatePurchaseOrderInput;
  CreateStockLocationInput: CreateStockLocationInput;
  CreateSupplierBillInput: CreateSupplierBillInput;
  CreateSupplierBillPayload: Omit<CreateSupplierBillPayload, 'supplierBill'> & { supplierBill?: Maybe<ResolversParentTypes['SupplierBill']> };
  CreateTaxRateInput: CreateTaxRateInput;
  CreateWarehouseInput: CreateWarehouseInput;
  CreditNote: CreditNoteRow;
  DeleteDepartmentInput: DeleteDepartmentInput;
  DeleteDepartmentPayload: DeleteDepartmentPayload;
  DeleteJournalEntryPayload: DeleteJournalEntryPayload;
  DeleteReorderRuleInput: DeleteReorderRuleInput;
  DeleteReorderRulePayload: DeleteReorderRulePayload;
  DeleteStockLocationInput: DeleteStockLocationInput;
  DeleteStockLocationPayload: DeleteStockLocationPayload;
  DeleteTaxRateInput: DeleteTaxRateInput;
  DeleteTaxRatePayload: DeleteTaxRatePayload;
  DeleteWarehouseInput: DeleteWarehouseInput;
  DeleteWarehousePayload: DeleteWarehousePayload;
  DeliverStockInput: DeliverStockInput;
  Department: DepartmentRow;
  DepartmentConnection: Omit<DepartmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DepartmentEdge']> };
  DepartmentEdge: Omit<DepartmentEdge, 'node'> & { node: ResolversParentTypes['Department'] };
  DepartmentPayload: Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  Employee: EmployeeRow;
  EmployeeConnection: Omit<EmployeeConnection, 'edges'> & { edges: Array<ResolversParentTypes['EmployeeEdge']> };
  EmployeeEdge: Omit<EmployeeEdge, 'node'> & { node: ResolversParentTypes['Employee'] };
  EmployeePayload: Omit<EmployeePayload, 'employee'> & { employee?: Maybe<ResolversParentTypes['Employee']> };
  GeneralLedgerConnection: GeneralLedgerModel;
  GeneralLedgerEdge: Omit<GeneralLedgerEdge, 'node'> & { node: ResolversParentTypes['GeneralLedgerLine'] };
  GeneralLedgerLine: GeneralLedgerLineRow;
  Invoice: InvoiceEntity;
  InvoiceConnection: Omit<InvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvoiceEdge']> };
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  InvoiceLine: InvoiceLine;
  InvoiceLineInput: InvoiceLineInput;
  InvoiceLineTax: InvoiceLineTax;
  Journal: JournalRow;
  JournalEntry: JournalEntryRow;
  JournalEntryConnection: Omit<JournalEntryConnection, 'edges'> & { edges: Array<ResolversParentTypes['JournalEntryEdge']> };
  JournalEntryEdge: Omit<JournalEntryEdge, 'node'> & { node: ResolversParentTypes['JournalEntry'] };
  JournalEntryIdInput: JournalEntryIdInput;
  JournalEntryPayload: Omit<JournalEntryPayload, 'entry'> & { entry?: Maybe<ResolversParentTypes['JournalEntry']> };
  JournalLine: JournalLineRow;
  JournalLineInput: JournalLineInput;
  LeaveAllocation: LeaveAllocationRow;
  LeaveAllocationConnection: Omit<LeaveAllocationConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeaveAllocationEdge']> };
  LeaveAllocationEdge: Omit<LeaveAllocationEdge, 'node'> & { node: ResolversParentTypes['LeaveAllocation'] };
  LeaveAllocationPayload: Omit<LeaveAllocationPayload, 'allocation'> & { allocation?: Maybe<ResolversParentTypes['LeaveAllocation']> };
  LeaveBalance: LeaveBalanceFigures;
  LeaveDecisionInput: LeaveDecisionInput;
  LeaveRequest: LeaveRequestRow;
  LeaveRequestConnection: Omit<LeaveRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeaveRequestEdge']> };
  LeaveRequestEdge: Omit<LeaveRequestEdge, 'node'> & { node: ResolversParentTypes['LeaveRequest'] };
  LeaveRequestPayload: Omit<LeaveRequestPayload, 'request'> & { request?: Maybe<ResolversParentTypes['LeaveRequest']> };
  LeaveType: LeaveTypeRow;
  LeaveTypeConnection: Omit<LeaveTypeConnection, 'edges'> & { edges: Array<ResolversParentTypes['LeaveTypeEdge']> };
  LeaveTypeEdge: Omit<LeaveTypeEdge, 'node'> & { node: ResolversParentTypes['LeaveType'] };
  LeaveTypePayload: Omit<LeaveTypePayload, 'leaveType'> & { leaveType?: Maybe<ResolversParentTypes['LeaveType']> };
  LedgerLock: LedgerLockModel;
  LedgerSource: LedgerSource;
  LedgerVerification: LedgerVerification;
  LocationStock: LocationStockModel;
  LockDateChange: LockDateChangeRow;
  LockDateChangeConnection: Omit<LockDateChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['LockDateChangeEdge']> };
  LockDateChangeEdge: Omit<LockDateChangeEdge, 'node'> & { node: ResolversParentTypes['LockDateChange'] };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Payment: PaymentRow;
  PostInvoiceInput: PostInvoiceInput;
  PostInvoicePayload: Omit<PostInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  Product: ProductRow;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFilter: ProductFilter;
  ProductPayload: Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  ProductValuation: ProductValuationModel;
  ProductValuationConnection: Omit<ProductValuationConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductValuationEdge']> };
  ProductValuationEdge: Omit<ProductValuationEdge, 'node'> & { node: ResolversParentTypes['ProductValuation'] };
  PurchaseOrder: PurchaseOrderRow;
  PurchaseOrderConnection: Omit<PurchaseOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['PurchaseOrderEdge']> };
  PurchaseOrderEdge: Omit<PurchaseOrderEdge, 'node'> & { node: ResolversParentTypes['PurchaseOrder'] };
  PurchaseOrderIdInput: PurchaseOrderIdInput;
  PurchaseOrderLine: PurchaseOrderLineRow;
  PurchaseOrderLineInput: PurchaseOrderLineInput;
  PurchaseOrderPayload: Omit<PurchaseOrderPayload, 'purchaseOrder'> & { purchaseOrder?: Maybe<ResolversParentTypes['PurchaseOrder']> };
  Query: Record<PropertyKey, never>;
  ReceiptLineInput: ReceiptLineInput;
  ReceivablesAgeing: ReceivablesAgeingModel;
  ReceivePurchaseOrderInput: ReceivePurchaseOrderInput;
  ReceivePurchaseOrderPayload: Omit<ReceivePurchaseOrderPayload, 'moves' | 'purchaseOrder'> & { moves: Array<ResolversParentTypes['StockMove']>, purchaseOrder?: Maybe<ResolversParentTypes['PurchaseOrder']> };
  ReceiveStockInput: ReceiveStockInput;
  RecordPaymentInput: RecordPaymentInput;
  RecordPaymentPayload: Omit<RecordPaymentPayload, 'invoice' | 'payment'> & { invoice?: Maybe<ResolversParentTypes['Invoice']>, payment?: Maybe<ResolversParentTypes['Payment']> };
  ReorderRule: ReorderRuleRow;
  ReorderRulePayload: Omit<ReorderRulePayload, 'rule'> & { rule?: Maybe<ResolversParentTypes['ReorderRule']> };
  ReorderSuggestion: ReorderSuggestionModel;
  ReorderSuggestionConnection: Omit<ReorderSuggestionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReorderSuggestionEdge']> };
  ReorderSuggestionEdge: Omit<ReorderSuggestionEdge, 'node'> & { node: ResolversParentTypes['ReorderSuggestion'] };
  RequestLeaveInput: RequestLeaveInput;
  ReverseJournalEntryInput: ReverseJournalEntryInput;
  ReverseStockMoveInput: ReverseStockMoveInput;
  SetLockDateInput: SetLockDateInput;
  SetLockDatePayload: Omit<SetLockDatePayload, 'change' | 'ledgerLock'> & { change?: Maybe<ResolversParentTypes['LockDateChange']>, ledgerLock?: Maybe<ResolversParentTypes['LedgerLock']> };
  SetReorderRuleInput: SetReorderRuleInput;
  StockDiscrepancy: StockDiscrepancyModel;
  StockLocation: LocationRow;
  StockLocationConnection: Omit<StockLocationConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockLocationEdge']> };
  StockLocationEdge: Omit<StockLocationEdge, 'node'> & { node: ResolversParentTypes['StockLocation'] };
  StockLocationPayload: Omit<StockLocationPayload, 'location'> & { location?: Maybe<ResolversParentTypes['StockLocation']> };
  StockMove: StockMoveRow;
  StockMoveConnection: Omit<StockMoveConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockMoveEdge']> };
  StockMoveEdge: Omit<StockMoveEdge, 'node'> & { node: ResolversParentTypes['StockMove'] };
  StockMoveFilter: StockMoveFilter;
  StockMovePayload: Omit<StockMovePayload, 'move'> & { move?: Maybe<ResolversParentTypes['StockMove']> };
  StockOnHand: OnHandModel;
  StockValuation: StockValuationModel;
  StockVerification: StockVerificationModel;
  Subscription: Record<PropertyKey, never>;
  SupplierBill: SupplierBillRow;
  SupplierBillLine: SupplierBillLineRow;
  SupplierBillLineInput: SupplierBillLineInput;
  TaxComputation: TaxComputation;
  TaxRate: TaxRateRow;
  TaxRateConnection: Omit<TaxRateConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaxRateEdge']> };
  TaxRateEdge: Omit<TaxRateEdge, 'node'> & { node: ResolversParentTypes['TaxRate'] };
  TaxRatePayload: Omit<TaxRatePayload, 'taxRate'> & { taxRate?: Maybe<ResolversParentTypes['TaxRate']> };
  TransferStockInput: TransferStockInput;
  TrialBalance: TrialBalanceModel;
  TrialBalanceRow: TrialBalanceRowModel;
  TrialBalanceTotal: TrialBalanceTotal;
  UpdateAccountInput: UpdateAccountInput;
  UpdateDepartmentInput: UpdateDepartmentInput;
  UpdateEmployeeInput: UpdateEmployeeInput;
  UpdateInvoiceInput: UpdateInvoiceInput;
  UpdateInvoicePayload: Omit<UpdateInvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  UpdateLeaveAllocationInput: UpdateLeaveAllocationInput;
  UpdateLeaveTypeInput: UpdateLeaveTypeInput;
  UpdateProductInput: UpdateProductInput;
  UpdatePurchaseOrderInput: UpdatePurchaseOrderInput;
  UpdateStockLocationInput: UpdateStockLocationInput;
  UpdateTaxRateInput: UpdateTaxRateInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  User: UserReference;
  UserError: UserError;
  Warehouse: WarehouseRow;
  WarehouseConnection: Omit<WarehouseConnection, 'edges'> & { edges: Array<ResolversParentTypes['WarehouseEdge']> };
  WarehouseEdge: Omit<WarehouseEdge, 'node'> & { node: ResolversParentTypes['Warehouse'] };
  WarehousePayload: Omit<WarehousePayload, 'warehouse'> & { warehouse?: Maybe<ResolversParentTypes['Warehouse']> };
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

export type AgeingBucketsResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['AgeingBuckets'] = ResolversParentTypes['AgeingBuckets']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType>;
  days0To30?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days31To60?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  days61To90?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  notDue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  over90?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type CompanyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company'], FederationReferenceType extends FederationReferenceTypes['Company'] = FederationReferenceTypes['Company']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Company']> | FederationReferenceType, FederationReferenceType, ContextType>;
  billable?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Maybe<ResolversTypes['InvoiceConnection']>, ParentType, ContextType, Partial<CompanyInvoicesArgs>>;
  openBalance?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  purchaseOrders?: Resolver<Maybe<ResolversTypes['PurchaseOrderConnection']>, ParentType, ContextType, Partial<CompanyPurchaseOrdersArgs>>;
}>;

export type CreateCreditNotePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateCreditNotePayload'] = ResolversParentTypes['CreateCreditNotePayload']> = ResolversObject<{
  creditNote?: Resolver<Maybe<ResolversTypes['CreditNote']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateInvoicePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateInvoicePayload'] = ResolversParentTypes['CreateInvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreateSupplierBillPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreateSupplierBillPayload'] = ResolversParentTypes['CreateSupplierBillPayload']> = ResolversObject<{
  supplierBill?: Resolver<Maybe<ResolversTypes['SupplierBill']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CreditNoteResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['CreditNote'] = ResolversParentTypes['CreditNote']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type DeleteDepartmentPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteDepartmentPayload'] = ResolversParentTypes['DeleteDepartmentPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteJournalEntryPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteJournalEntryPayload'] = ResolversParentTypes['DeleteJournalEntryPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteReorderRulePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteReorderRulePayload'] = ResolversParentTypes['DeleteReorderRulePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteStockLocationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteStockLocationPayload'] = ResolversParentTypes['DeleteStockLocationPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteTaxRatePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteTaxRatePayload'] = ResolversParentTypes['DeleteTaxRatePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteWarehousePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DeleteWarehousePayload'] = ResolversParentTypes['DeleteWarehousePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DepartmentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DepartmentConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DepartmentConnection'] = ResolversParentTypes['DepartmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DepartmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DepartmentEdge'] = ResolversParentTypes['DepartmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
}>;

export type DepartmentPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['DepartmentPayload'] = ResolversParentTypes['DepartmentPayload']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EmployeeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Employee'] = ResolversParentTypes['Employee']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hireDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  manager?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  workEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type EmployeeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmployeeConnection'] = ResolversParentTypes['EmployeeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['EmployeeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EmployeeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmployeeEdge'] = ResolversParentTypes['EmployeeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
}>;

export type EmployeePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['EmployeePayload'] = ResolversParentTypes['EmployeePayload']> = ResolversObject<{
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
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
  amountCredited?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountPaid?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditNotes?: Resolver<Array<ResolversTypes['CreditNote']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  journalEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paymentTermDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentTerms?: Resolver<ResolversTypes['PaymentTerms'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  residual?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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
  gross?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  net?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxRate?: Resolver<Maybe<ResolversTypes['InvoiceLineTax']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type InvoiceLineTaxResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['InvoiceLineTax'] = ResolversParentTypes['InvoiceLineTax']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type LeaveAllocationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveAllocation'] = ResolversParentTypes['LeaveAllocation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaveType?: Resolver<ResolversTypes['LeaveType'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeaveAllocationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveAllocationConnection'] = ResolversParentTypes['LeaveAllocationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeaveAllocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaveAllocationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveAllocationEdge'] = ResolversParentTypes['LeaveAllocationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeaveAllocation'], ParentType, ContextType>;
}>;

export type LeaveAllocationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveAllocationPayload'] = ResolversParentTypes['LeaveAllocationPayload']> = ResolversObject<{
  allocation?: Resolver<Maybe<ResolversTypes['LeaveAllocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LeaveBalanceResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveBalance'] = ResolversParentTypes['LeaveBalance']> = ResolversObject<{
  allocated?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  approved?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  leaveType?: Resolver<ResolversTypes['LeaveType'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pending?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresAllocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LeaveRequestResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveRequest'] = ResolversParentTypes['LeaveRequest']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  employee?: Resolver<ResolversTypes['Employee'], ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  halfDay?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaveType?: Resolver<ResolversTypes['LeaveType'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeaveStatus'], ParentType, ContextType>;
}>;

export type LeaveRequestConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveRequestConnection'] = ResolversParentTypes['LeaveRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeaveRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaveRequestEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveRequestEdge'] = ResolversParentTypes['LeaveRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeaveRequest'], ParentType, ContextType>;
}>;

export type LeaveRequestPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveRequestPayload'] = ResolversParentTypes['LeaveRequestPayload']> = ResolversObject<{
  request?: Resolver<Maybe<ResolversTypes['LeaveRequest']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LeaveTypeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveType'] = ResolversParentTypes['LeaveType']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requiresAllocation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['LeaveUnit'], ParentType, ContextType>;
}>;

export type LeaveTypeConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveTypeConnection'] = ResolversParentTypes['LeaveTypeConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['LeaveTypeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaveTypeEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveTypeEdge'] = ResolversParentTypes['LeaveTypeEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LeaveType'], ParentType, ContextType>;
}>;

export type LeaveTypePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LeaveTypePayload'] = ResolversParentTypes['LeaveTypePayload']> = ResolversObject<{
  leaveType?: Resolver<Maybe<ResolversTypes['LeaveType']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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

export type LocationStockResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['LocationStock'] = ResolversParentTypes['LocationStock']> = ResolversObject<{
  location?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
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
  adjustStock?: Resolver<ResolversTypes['StockMovePayload'], ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input'>>;
  approveLeaveRequest?: Resolver<ResolversTypes['LeaveRequestPayload'], ParentType, ContextType, RequireFields<MutationApproveLeaveRequestArgs, 'input'>>;
  cancelLeaveRequest?: Resolver<ResolversTypes['LeaveRequestPayload'], ParentType, ContextType, RequireFields<MutationCancelLeaveRequestArgs, 'input'>>;
  cancelPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationCancelPurchaseOrderArgs, 'input'>>;
  confirmPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationConfirmPurchaseOrderArgs, 'input'>>;
  createAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createCreditNote?: Resolver<ResolversTypes['CreateCreditNotePayload'], ParentType, ContextType, RequireFields<MutationCreateCreditNoteArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  createEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationCreateEmployeeArgs, 'input'>>;
  createInvoice?: Resolver<ResolversTypes['CreateInvoicePayload'], ParentType, ContextType, RequireFields<MutationCreateInvoiceArgs, 'input'>>;
  createJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationCreateJournalEntryArgs, 'input'>>;
  createLeaveAllocation?: Resolver<ResolversTypes['LeaveAllocationPayload'], ParentType, ContextType, RequireFields<MutationCreateLeaveAllocationArgs, 'input'>>;
  createLeaveType?: Resolver<ResolversTypes['LeaveTypePayload'], ParentType, ContextType, RequireFields<MutationCreateLeaveTypeArgs, 'input'>>;
  createProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  createPurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationCreatePurchaseOrderArgs, 'input'>>;
  createStockLocation?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationCreateStockLocationArgs, 'input'>>;
  createSupplierBill?: Resolver<ResolversTypes['CreateSupplierBillPayload'], ParentType, ContextType, RequireFields<MutationCreateSupplierBillArgs, 'input'>>;
  createTaxRate?: Resolver<ResolversTypes['TaxRatePayload'], ParentType, ContextType, RequireFields<MutationCreateTaxRateArgs, 'input'>>;
  createWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationCreateWarehouseArgs, 'input'>>;
  deleteDepartment?: Resolver<ResolversTypes['DeleteDepartmentPayload'], ParentType, ContextType, RequireFields<MutationDeleteDepartmentArgs, 'input'>>;
  deleteJournalEntry?: Resolver<ResolversTypes['DeleteJournalEntryPayload'], ParentType, ContextType, RequireFields<MutationDeleteJournalEntryArgs, 'input'>>;
  deleteReorderRule?: Resolver<ResolversTypes['DeleteReorderRulePayload'], ParentType, ContextType, RequireFields<MutationDeleteReorderRuleArgs, 'input'>>;
  deleteStockLocation?: Resolver<ResolversTypes['DeleteStockLocationPayload'], ParentType, ContextType, RequireFields<MutationDeleteStockLocationArgs, 'input'>>;
  deleteTaxRate?: Resolver<ResolversTypes['DeleteTaxRatePayload'], ParentType, ContextType, RequireFields<MutationDeleteTaxRateArgs, 'input'>>;
  deleteWarehouse?: Resolver<ResolversTypes['DeleteWarehousePayload'], ParentType, ContextType, RequireFields<MutationDeleteWarehouseArgs, 'input'>>;
  deliverStock?: Resolver<ResolversTypes['StockMovePayload'], ParentType, ContextType, RequireFields<MutationDeliverStockArgs, 'input'>>;
  postInvoice?: Resolver<ResolversTypes['PostInvoicePayload'], ParentType, ContextType, RequireFields<MutationPostInvoiceArgs, 'input'>>;
  postJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationPostJournalEntryArgs, 'input'>>;
  receivePurchaseOrder?: Resolver<ResolversTypes['ReceivePurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationReceivePurchaseOrderArgs, 'input'>>;
  receiveStock?: Resolver<ResolversTypes['StockMovePayload'], ParentType, ContextType, RequireFields<MutationReceiveStockArgs, 'input'>>;
  recordPayment?: Resolver<ResolversTypes['RecordPaymentPayload'], ParentType, ContextType, RequireFields<MutationRecordPaymentArgs, 'input'>>;
  refuseLeaveRequest?: Resolver<ResolversTypes['LeaveRequestPayload'], ParentType, ContextType, RequireFields<MutationRefuseLeaveRequestArgs, 'input'>>;
  requestLeave?: Resolver<ResolversTypes['LeaveRequestPayload'], ParentType, ContextType, RequireFields<MutationRequestLeaveArgs, 'input'>>;
  reverseJournalEntry?: Resolver<ResolversTypes['JournalEntryPayload'], ParentType, ContextType, RequireFields<MutationReverseJournalEntryArgs, 'input'>>;
  reverseStockMove?: Resolver<ResolversTypes['StockMovePayload'], ParentType, ContextType, RequireFields<MutationReverseStockMoveArgs, 'input'>>;
  setLockDate?: Resolver<ResolversTypes['SetLockDatePayload'], ParentType, ContextType, RequireFields<MutationSetLockDateArgs, 'input'>>;
  setReorderRule?: Resolver<ResolversTypes['ReorderRulePayload'], ParentType, ContextType, RequireFields<MutationSetReorderRuleArgs, 'input'>>;
  transferStock?: Resolver<ResolversTypes['StockMovePayload'], ParentType, ContextType, RequireFields<MutationTransferStockArgs, 'input'>>;
  updateAccount?: Resolver<ResolversTypes['AccountPayload'], ParentType, ContextType, RequireFields<MutationUpdateAccountArgs, 'input'>>;
  updateDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationUpdateDepartmentArgs, 'input'>>;
  updateEmployee?: Resolver<ResolversTypes['EmployeePayload'], ParentType, ContextType, RequireFields<MutationUpdateEmployeeArgs, 'input'>>;
  updateInvoice?: Resolver<ResolversTypes['UpdateInvoicePayload'], ParentType, ContextType, RequireFields<MutationUpdateInvoiceArgs, 'input'>>;
  updateLeaveAllocation?: Resolver<ResolversTypes['LeaveAllocationPayload'], ParentType, ContextType, RequireFields<MutationUpdateLeaveAllocationArgs, 'input'>>;
  updateLeaveType?: Resolver<ResolversTypes['LeaveTypePayload'], ParentType, ContextType, RequireFields<MutationUpdateLeaveTypeArgs, 'input'>>;
  updateProduct?: Resolver<ResolversTypes['ProductPayload'], ParentType, ContextType, RequireFields<MutationUpdateProductArgs, 'input'>>;
  updatePurchaseOrder?: Resolver<ResolversTypes['PurchaseOrderPayload'], ParentType, ContextType, RequireFields<MutationUpdatePurchaseOrderArgs, 'input'>>;
  updateStockLocation?: Resolver<ResolversTypes['StockLocationPayload'], ParentType, ContextType, RequireFields<MutationUpdateStockLocationArgs, 'input'>>;
  updateTaxRate?: Resolver<ResolversTypes['TaxRatePayload'], ParentType, ContextType, RequireFields<MutationUpdateTaxRateArgs, 'input'>>;
  updateWarehouse?: Resolver<ResolversTypes['WarehousePayload'], ParentType, ContextType, RequireFields<MutationUpdateWarehouseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethod'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PostInvoicePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PostInvoicePayload'] = ResolversParentTypes['PostInvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  averageCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  costPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onHand?: Resolver<Maybe<ResolversTypes['StockOnHand']>, ParentType, ContextType, Partial<ProductOnHandArgs>>;
  reorderRules?: Resolver<Maybe<Array<ResolversTypes['ReorderRule']>>, ParentType, ContextType>;
  salePrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stockValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = ResolversObject<{
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ProductValuationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductValuation'] = ResolversParentTypes['ProductValuation']> = ResolversObject<{
  averageCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ProductValuationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductValuationConnection'] = ResolversParentTypes['ProductValuationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductValuationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductValuationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ProductValuationEdge'] = ResolversParentTypes['ProductValuationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProductValuation'], ParentType, ContextType>;
}>;

export type PurchaseOrderResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PurchaseOrder'] = ResolversParentTypes['PurchaseOrder']> = ResolversObject<{
  bills?: Resolver<Array<ResolversTypes['SupplierBill']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confirmedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['PurchaseOrderLine']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PurchaseOrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PurchaseOrderConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PurchaseOrderConnection'] = ResolversParentTypes['PurchaseOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PurchaseOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PurchaseOrderEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PurchaseOrderEdge'] = ResolversParentTypes['PurchaseOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
}>;

export type PurchaseOrderLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PurchaseOrderLine'] = ResolversParentTypes['PurchaseOrderLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  billedQuantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedQuantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  taxRate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PurchaseOrderPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['PurchaseOrderPayload'] = ResolversParentTypes['PurchaseOrderPayload']> = ResolversObject<{
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountArgs, 'id'>>;
  accountBalance?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType, RequireFields<QueryAccountBalanceArgs, 'accountId'>>;
  accountForRole?: Resolver<Maybe<ResolversTypes['Account']>, ParentType, ContextType, RequireFields<QueryAccountForRoleArgs, 'role'>>;
  accounts?: Resolver<ResolversTypes['AccountConnection'], ParentType, ContextType, Partial<QueryAccountsArgs>>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<ResolversTypes['DepartmentConnection'], ParentType, ContextType, Partial<QueryDepartmentsArgs>>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType, RequireFields<QueryEmployeeArgs, 'id'>>;
  employees?: Resolver<ResolversTypes['EmployeeConnection'], ParentType, ContextType, Partial<QueryEmployeesArgs>>;
  generalLedger?: Resolver<ResolversTypes['GeneralLedgerConnection'], ParentType, ContextType, RequireFields<QueryGeneralLedgerArgs, 'accountId'>>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'id'>>;
  invoices?: Resolver<ResolversTypes['InvoiceConnection'], ParentType, ContextType, Partial<QueryInvoicesArgs>>;
  journalEntries?: Resolver<ResolversTypes['JournalEntryConnection'], ParentType, ContextType, Partial<QueryJournalEntriesArgs>>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType, RequireFields<QueryJournalEntryArgs, 'id'>>;
  journals?: Resolver<Array<ResolversTypes['Journal']>, ParentType, ContextType>;
  leaveAllocations?: Resolver<ResolversTypes['LeaveAllocationConnection'], ParentType, ContextType, Partial<QueryLeaveAllocationsArgs>>;
  leaveBalance?: Resolver<Maybe<ResolversTypes['LeaveBalance']>, ParentType, ContextType, RequireFields<QueryLeaveBalanceArgs, 'employeeId' | 'leaveTypeId'>>;
  leaveRequest?: Resolver<Maybe<ResolversTypes['LeaveRequest']>, ParentType, ContextType, RequireFields<QueryLeaveRequestArgs, 'id'>>;
  leaveRequests?: Resolver<ResolversTypes['LeaveRequestConnection'], ParentType, ContextType, Partial<QueryLeaveRequestsArgs>>;
  leaveType?: Resolver<Maybe<ResolversTypes['LeaveType']>, ParentType, ContextType, RequireFields<QueryLeaveTypeArgs, 'id'>>;
  leaveTypes?: Resolver<ResolversTypes['LeaveTypeConnection'], ParentType, ContextType, Partial<QueryLeaveTypesArgs>>;
  ledgerLock?: Resolver<ResolversTypes['LedgerLock'], ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, RequireFields<QueryProductArgs, 'id'>>;
  products?: Resolver<ResolversTypes['ProductConnection'], ParentType, ContextType, RequireFields<QueryProductsArgs, 'orderBy'>>;
  productsToReorder?: Resolver<ResolversTypes['ReorderSuggestionConnection'], ParentType, ContextType, Partial<QueryProductsToReorderArgs>>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType, RequireFields<QueryPurchaseOrderArgs, 'id'>>;
  purchaseOrders?: Resolver<ResolversTypes['PurchaseOrderConnection'], ParentType, ContextType, Partial<QueryPurchaseOrdersArgs>>;
  receivablesAgeing?: Resolver<ResolversTypes['ReceivablesAgeing'], ParentType, ContextType, Partial<QueryReceivablesAgeingArgs>>;
  stockLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType, RequireFields<QueryStockLocationArgs, 'id'>>;
  stockMove?: Resolver<Maybe<ResolversTypes['StockMove']>, ParentType, ContextType, RequireFields<QueryStockMoveArgs, 'id'>>;
  stockMoves?: Resolver<ResolversTypes['StockMoveConnection'], ParentType, ContextType, Partial<QueryStockMovesArgs>>;
  stockOnHand?: Resolver<ResolversTypes['StockOnHand'], ParentType, ContextType, RequireFields<QueryStockOnHandArgs, 'productId'>>;
  stockValuation?: Resolver<ResolversTypes['StockValuation'], ParentType, ContextType, Partial<QueryStockValuationArgs>>;
  supplierBill?: Resolver<Maybe<ResolversTypes['SupplierBill']>, ParentType, ContextType, RequireFields<QuerySupplierBillArgs, 'id'>>;
  taxComputation?: Resolver<ResolversTypes['TaxComputation'], ParentType, ContextType, RequireFields<QueryTaxComputationArgs, 'amount' | 'taxRateId'>>;
  taxRate?: Resolver<Maybe<ResolversTypes['TaxRate']>, ParentType, ContextType, RequireFields<QueryTaxRateArgs, 'id'>>;
  taxRates?: Resolver<ResolversTypes['TaxRateConnection'], ParentType, ContextType, Partial<QueryTaxRatesArgs>>;
  trialBalance?: Resolver<ResolversTypes['TrialBalance'], ParentType, ContextType, Partial<QueryTrialBalanceArgs>>;
  verifyLedger?: Resolver<ResolversTypes['LedgerVerification'], ParentType, ContextType>;
  verifyStock?: Resolver<ResolversTypes['StockVerification'], ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType, RequireFields<QueryWarehouseArgs, 'id'>>;
  warehouses?: Resolver<ResolversTypes['WarehouseConnection'], ParentType, ContextType, Partial<QueryWarehousesArgs>>;
}>;

export type ReceivablesAgeingResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReceivablesAgeing'] = ResolversParentTypes['ReceivablesAgeing']> = ResolversObject<{
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customers?: Resolver<Array<ResolversTypes['AgeingBuckets']>, ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['AgeingBuckets']>, ParentType, ContextType>;
}>;

export type ReceivePurchaseOrderPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReceivePurchaseOrderPayload'] = ResolversParentTypes['ReceivePurchaseOrderPayload']> = ResolversObject<{
  moves?: Resolver<Array<ResolversTypes['StockMove']>, ParentType, ContextType>;
  purchaseOrder?: Resolver<Maybe<ResolversTypes['PurchaseOrder']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RecordPaymentPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['RecordPaymentPayload'] = ResolversParentTypes['RecordPaymentPayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReorderRuleResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReorderRule'] = ResolversParentTypes['ReorderRule']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxQuantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  minQuantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type ReorderRulePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReorderRulePayload'] = ResolversParentTypes['ReorderRulePayload']> = ResolversObject<{
  rule?: Resolver<Maybe<ResolversTypes['ReorderRule']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ReorderSuggestionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReorderSuggestion'] = ResolversParentTypes['ReorderSuggestion']> = ResolversObject<{
  onHand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['ReorderRule'], ParentType, ContextType>;
  suggestedQuantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type ReorderSuggestionConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReorderSuggestionConnection'] = ResolversParentTypes['ReorderSuggestionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReorderSuggestionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReorderSuggestionEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['ReorderSuggestionEdge'] = ResolversParentTypes['ReorderSuggestionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ReorderSuggestion'], ParentType, ContextType>;
}>;

export type SetLockDatePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SetLockDatePayload'] = ResolversParentTypes['SetLockDatePayload']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['LockDateChange']>, ParentType, ContextType>;
  ledgerLock?: Resolver<Maybe<ResolversTypes['LedgerLock']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockDiscrepancyResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockDiscrepancy'] = ResolversParentTypes['StockDiscrepancy']> = ResolversObject<{
  fromMoves?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockDiscrepancyKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockLocationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockLocation'] = ResolversParentTypes['StockLocation']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDefault?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockLocationConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockLocationConnection'] = ResolversParentTypes['StockLocationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockLocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockLocationEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockLocationEdge'] = ResolversParentTypes['StockLocationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
}>;

export type StockLocationPayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockLocationPayload'] = ResolversParentTypes['StockLocationPayload']> = ResolversObject<{
  location?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockMoveResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockMove'] = ResolversParentTypes['StockMove']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  fromLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reversedBy?: Resolver<Maybe<ResolversTypes['StockMove']>, ParentType, ContextType>;
  reverses?: Resolver<Maybe<ResolversTypes['StockMove']>, ParentType, ContextType>;
  toLocation?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['StockMoveType'], ParentType, ContextType>;
  unitCost?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  valueChange?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type StockMoveConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockMoveConnection'] = ResolversParentTypes['StockMoveConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockMoveEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockMoveEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockMoveEdge'] = ResolversParentTypes['StockMoveEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockMove'], ParentType, ContextType>;
}>;

export type StockMovePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockMovePayload'] = ResolversParentTypes['StockMovePayload']> = ResolversObject<{
  move?: Resolver<Maybe<ResolversTypes['StockMove']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type StockOnHandResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockOnHand'] = ResolversParentTypes['StockOnHand']> = ResolversObject<{
  locations?: Resolver<Array<ResolversTypes['LocationStock']>, ParentType, ContextType>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StockValuationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockValuation'] = ResolversParentTypes['StockValuation']> = ResolversObject<{
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  products?: Resolver<ResolversTypes['ProductValuationConnection'], ParentType, ContextType, Partial<StockValuationProductsArgs>>;
  totals?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
}>;

export type StockVerificationResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['StockVerification'] = ResolversParentTypes['StockVerification']> = ResolversObject<{
  consistent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  discrepancies?: Resolver<Array<ResolversTypes['StockDiscrepancy']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  invoicePaid?: SubscriptionResolver<ResolversTypes['Invoice'], "invoicePaid", ParentType, ContextType>;
  invoicePosted?: SubscriptionResolver<ResolversTypes['Invoice'], "invoicePosted", ParentType, ContextType>;
}>;

export type SupplierBillResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SupplierBill'] = ResolversParentTypes['SupplierBill']> = ResolversObject<{
  billDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  journalEntry?: Resolver<Maybe<ResolversTypes['JournalEntry']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['SupplierBillLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priceDifference?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  purchaseOrder?: Resolver<ResolversTypes['PurchaseOrder'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  supplier?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  supplierReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type SupplierBillLineResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['SupplierBillLine'] = ResolversParentTypes['SupplierBillLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  purchaseOrderLine?: Resolver<ResolversTypes['PurchaseOrderLine'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receiptValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitCost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
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

export type UpdateInvoicePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UpdateInvoicePayload'] = ResolversParentTypes['UpdateInvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  employee?: Resolver<Maybe<ResolversTypes['Employee']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  allowNegativeStock?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultLocation?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<ResolversTypes['StockLocationConnection'], ParentType, ContextType, RequireFields<WarehouseLocationsArgs, 'includeInactive'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WarehouseConnectionResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WarehouseConnection'] = ResolversParentTypes['WarehouseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WarehouseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WarehouseEdgeResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WarehouseEdge'] = ResolversParentTypes['WarehouseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type WarehousePayloadResolvers<ContextType = SubgraphContext, ParentType extends ResolversParentTypes['WarehousePayload'] = ResolversParentTypes['WarehousePayload']> = ResolversObject<{
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SubgraphContext> = ResolversObject<{
  Account?: AccountResolvers<ContextType>;
  AccountConnection?: AccountConnectionResolvers<ContextType>;
  AccountEdge?: AccountEdgeResolvers<ContextType>;
  AccountPayload?: AccountPayloadResolvers<ContextType>;
  AgeingBuckets?: AgeingBucketsResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  CreateCreditNotePayload?: CreateCreditNotePayloadResolvers<ContextType>;
  CreateInvoicePayload?: CreateInvoicePayloadResolvers<ContextType>;
  CreateSupplierBillPayload?: CreateSupplierBillPayloadResolvers<ContextType>;
  CreditNote?: CreditNoteResolvers<ContextType>;
  DeleteDepartmentPayload?: DeleteDepartmentPayloadResolvers<ContextType>;
  DeleteJournalEntryPayload?: DeleteJournalEntryPayloadResolvers<ContextType>;
  DeleteReorderRulePayload?: DeleteReorderRulePayloadResolvers<ContextType>;
  DeleteStockLocationPayload?: DeleteStockLocationPayloadResolvers<ContextType>;
  DeleteTaxRatePayload?: DeleteTaxRatePayloadResolvers<ContextType>;
  DeleteWarehousePayload?: DeleteWarehousePayloadResolvers<ContextType>;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentConnection?: DepartmentConnectionResolvers<ContextType>;
  DepartmentEdge?: DepartmentEdgeResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  Employee?: EmployeeResolvers<ContextType>;
  EmployeeConnection?: EmployeeConnectionResolvers<ContextType>;
  EmployeeEdge?: EmployeeEdgeResolvers<ContextType>;
  EmployeePayload?: EmployeePayloadResolvers<ContextType>;
  GeneralLedgerConnection?: GeneralLedgerConnectionResolvers<ContextType>;
  GeneralLedgerEdge?: GeneralLedgerEdgeResolvers<ContextType>;
  GeneralLedgerLine?: GeneralLedgerLineResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoiceLineTax?: InvoiceLineTaxResolvers<ContextType>;
  Journal?: JournalResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalEntryConnection?: JournalEntryConnectionResolvers<ContextType>;
  JournalEntryEdge?: JournalEntryEdgeResolvers<ContextType>;
  JournalEntryPayload?: JournalEntryPayloadResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LeaveAllocation?: LeaveAllocationResolvers<ContextType>;
  LeaveAllocationConnection?: LeaveAllocationConnectionResolvers<ContextType>;
  LeaveAllocationEdge?: LeaveAllocationEdgeResolvers<ContextType>;
  LeaveAllocationPayload?: LeaveAllocationPayloadResolvers<ContextType>;
  LeaveBalance?: LeaveBalanceResolvers<ContextType>;
  LeaveRequest?: LeaveRequestResolvers<ContextType>;
  LeaveRequestConnection?: LeaveRequestConnectionResolvers<ContextType>;
  LeaveRequestEdge?: LeaveRequestEdgeResolvers<ContextType>;
  LeaveRequestPayload?: LeaveRequestPayloadResolvers<ContextType>;
  LeaveType?: LeaveTypeResolvers<ContextType>;
  LeaveTypeConnection?: LeaveTypeConnectionResolvers<ContextType>;
  LeaveTypeEdge?: LeaveTypeEdgeResolvers<ContextType>;
  LeaveTypePayload?: LeaveTypePayloadResolvers<ContextType>;
  LedgerLock?: LedgerLockResolvers<ContextType>;
  LedgerSource?: LedgerSourceResolvers<ContextType>;
  LedgerVerification?: LedgerVerificationResolvers<ContextType>;
  LocationStock?: LocationStockResolvers<ContextType>;
  LockDateChange?: LockDateChangeResolvers<ContextType>;
  LockDateChangeConnection?: LockDateChangeConnectionResolvers<ContextType>;
  LockDateChangeEdge?: LockDateChangeEdgeResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PostInvoicePayload?: PostInvoicePayloadResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  ProductValuation?: ProductValuationResolvers<ContextType>;
  ProductValuationConnection?: ProductValuationConnectionResolvers<ContextType>;
  ProductValuationEdge?: ProductValuationEdgeResolvers<ContextType>;
  PurchaseOrder?: PurchaseOrderResolvers<ContextType>;
  PurchaseOrderConnection?: PurchaseOrderConnectionResolvers<ContextType>;
  PurchaseOrderEdge?: PurchaseOrderEdgeResolvers<ContextType>;
  PurchaseOrderLine?: PurchaseOrderLineResolvers<ContextType>;
  PurchaseOrderPayload?: PurchaseOrderPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReceivablesAgeing?: ReceivablesAgeingResolvers<ContextType>;
  ReceivePurchaseOrderPayload?: ReceivePurchaseOrderPayloadResolvers<ContextType>;
  RecordPaymentPayload?: RecordPaymentPayloadResolvers<ContextType>;
  ReorderRule?: ReorderRuleResolvers<ContextType>;
  ReorderRulePayload?: ReorderRulePayloadResolvers<ContextType>;
  ReorderSuggestion?: ReorderSuggestionResolvers<ContextType>;
  ReorderSuggestionConnection?: ReorderSuggestionConnectionResolvers<ContextType>;
  ReorderSuggestionEdge?: ReorderSuggestionEdgeResolvers<ContextType>;
  SetLockDatePayload?: SetLockDatePayloadResolvers<ContextType>;
  StockDiscrepancy?: StockDiscrepancyResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  StockLocationConnection?: StockLocationConnectionResolvers<ContextType>;
  StockLocationEdge?: StockLocationEdgeResolvers<ContextType>;
  StockLocationPayload?: StockLocationPayloadResolvers<ContextType>;
  StockMove?: StockMoveResolvers<ContextType>;
  StockMoveConnection?: StockMoveConnectionResolvers<ContextType>;
  StockMoveEdge?: StockMoveEdgeResolvers<ContextType>;
  StockMovePayload?: StockMovePayloadResolvers<ContextType>;
  StockOnHand?: StockOnHandResolvers<ContextType>;
  StockValuation?: StockValuationResolvers<ContextType>;
  StockVerification?: StockVerificationResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupplierBill?: SupplierBillResolvers<ContextType>;
  SupplierBillLine?: SupplierBillLineResolvers<ContextType>;
  TaxComputation?: TaxComputationResolvers<ContextType>;
  TaxRate?: TaxRateResolvers<ContextType>;
  TaxRateConnection?: TaxRateConnectionResolvers<ContextType>;
  TaxRateEdge?: TaxRateEdgeResolvers<ContextType>;
  TaxRatePayload?: TaxRatePayloadResolvers<ContextType>;
  TrialBalance?: TrialBalanceResolvers<ContextType>;
  TrialBalanceRow?: TrialBalanceRowResolvers<ContextType>;
  TrialBalanceTotal?: TrialBalanceTotalResolvers<ContextType>;
  UpdateInvoicePayload?: UpdateInvoicePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WarehouseConnection?: WarehouseConnectionResolvers<ContextType>;
  WarehouseEdge?: WarehouseEdgeResolvers<ContextType>;
  WarehousePayload?: WarehousePayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SubgraphContext> = ResolversObject<{
  liveEvents?: LiveEventsDirectiveResolver<any, any, ContextType>;
  requiresPermission?: RequiresPermissionDirectiveResolver<any, any, ContextType>;
  tenantScoped?: TenantScopedDirectiveResolver<any, any, ContextType>;
}>;
