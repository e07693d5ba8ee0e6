import {
  badUserInput,
  type Connection,
  decodeCursor,
  emitEvent,
  forbidden,
  isUuid,
  type KeysetPosition,
  notFound,
  pageSize,
  parseId,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import { customerRefusal } from '../customer/customer-replica';
import { INVOICE_COLUMNS, type InvoiceEntity, type InvoiceStatus } from './invoice.entity';
import { invoiceByIdLoader, linesByInvoiceLoader } from './invoice.loaders';
import { postDraftInvoice } from './invoice-posting';
import { insertInvoiceLines, invoiceLines, keepIf, lockInvoice } from './invoice-store';
import { applyLineTaxes } from './invoice-tax';
import { checkNewInvoice, type InvoiceDraftInput } from './invoice.validation';
import { formatQuantity } from './money';
import { centsText, storedCents } from '../journal-entry/ledger-amount';

export interface InvoicePayload {
  invoice: InvoiceEntity | null;
  userErrors: UserError[];
}

export interface NewInvoiceInput extends InvoiceDraftInput {
  customerId: string;
  post?: boolean | null;
}

export interface UpdateInvoiceInput extends Partial<Omit<InvoiceDraftInput, 'lines'>> {
  id: string;
  customerId?: string | null;
  lines?: InvoiceDraftInput['lines'] | null;
}

/** Posting is its own permission: who prepares drafts need not be who issues them. */
export const POST_PERMISSION = 'erp.invoice:post';

/** `INV-000042`: six digits keep early numbers sortable as text; later ones simply grow longer. */
export function formatInvoiceNumber(sequence: string | number): string {
  return `INV-${String(sequence).padStart(6, '0')}`;
}

/** Invoice lists sort newest first by (sequence, id); the cursor carries the sequence. */
export function invoicePosition(invoice: InvoiceEntity): KeysetPosition {
  return { key: invoice.sequence, id: invoice.id };
}

/** Decodes an invoice-list cursor, rejecting anything that would make Postgres fail a cast. */
export function decodeInvoiceCursor(after: string | null | undefined): KeysetPosition | null {
  const position = decodeCursor(after);
  if (position && (!/^[1-9][0-9]{0,17}$/.test(position.key) || !isUuid(position.id))) {
    throw badUserInput('"after" is not a cursor returned by this list.', 'after');
  }
  return position;
}

export async function findInvoice(ctx: SubgraphContext, id: string): Promise<InvoiceEntity | null> {
  return invoiceByIdLoader(ctx).load(parseId(id, 'id'));
}

export async function listInvoices(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null; status?: InvoiceStatus | null },
): Promise<Connection<InvoiceEntity>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const position = decodeInvoiceCursor(args.after);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (args.status) {
    params.push(args.status);
    filter += ` and status = $${params.length}`;
  }
  const countParams = [...params];
  let pageFilter = filter;
  if (position) {
    params.push(position.key, position.id);
    pageFilter += ` and (sequence, id) < ($${params.length - 1}::bigint, $${params.length}::uuid)`;
  }
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: InvoiceEntity[] = await manager.query(
      `select ${INVOICE_COLUMNS} from erp.invoices where ${pageFilter}
       order by sequence desc, id desc limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.invoices where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, invoicePosition, position !== null);
  });
}

/**
 * Validates the input, then, in the request's transaction, checks the customer (erp's replica of
 * crm: known, of this tenant, not merged away) and the tax rates, allocates the tenant's next
 * number, writes the invoice and its lines and posts it if asked. Any refusal, the ledger's too
 * (a locked period), leaves no trace and returns the number to the counter.
 */
export async function createInvoice(ctx: SubgraphContext, input: NewInvoiceInput): Promise<InvoicePayload> {
  const tenantId = tenantOf(ctx);
  const customerId = parseId(input.customerId, 'input.customerId');
  if (input.post) assertMayPost(ctx);
  const checked = checkNewInvoice(input);
  if (!checked.ok) return { invoice: null, userErrors: checked.errors };
  const { currency, invoiceDate, terms, dueDate } = checked.value;

  return ctx.db.run(async (manager) => {
    const refusal = await customerRefusal(manager, tenantId, customerId, ['input', 'customerId']);
    if (refusal) return { invoice: null, userErrors: [refusal] };
    const taxed = await applyLineTaxes(manager, tenantId, currency, checked.value.lines);
    if (!taxed.ok) return { invoice: null, userErrors: taxed.errors };
    const { total, taxTotal, lines } = taxed.value;

    // Seeded outside the savepoint: a refusal rolling the savepoint back must not take the chart along.
    if (input.post) await ensureLedgerSetup(manager, ctx);
    const result = await keepIf(manager, async () => {
      const sequence = await allocateInvoiceSequence(manager, tenantId);
      const [draft]: InvoiceEntity[] = await manager.query(
        `insert into erp.invoices (tenant_id, sequence, number, customer_id, currency, total, tax_total,
           invoice_date, payment_terms, payment_term_days, due_date)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${INVOICE_COLUMNS}`,
        [
          tenantId,
          sequence,
          formatInvoiceNumber(sequence),
          customerId,
          currency,
          total,
          taxTotal,
          invoiceDate,
          terms.terms,
          terms.days,
          dueDate,
        ],
      );
      const storedLines = await insertInvoiceLines(manager, tenantId, draft.id, lines);
      if (!input.post) return { keep: true, value: { draft, posted: null, storedLines, userErrors: [] } };
      const posting = await postDraftInvoice(manager, ctx, draft, storedLines, ['input', 'invoiceDate']);
      return {
        keep: posting.invoice !== null,
        value: { draft, posted: posting.invoice, storedLines, userErrors: posting.userErrors },
      };
    });
    if (result.userErrors.length > 0) return { invoice: null, userErrors: result.userErrors };
    linesByInvoiceLoader(ctx).prime(result.draft.id, result.storedLines);
    await emitEvent(ctx, 'erp.invoice.created', invoiceEventPayload(result.draft));
    if (!result.posted) return { invoice: result.draft, userErrors: [] };
    // Created as a draft, then posted: consumers of either fact see it, in that order.
    await emitEvent(ctx, 'erp.invoice.posted', invoiceEventPayload(result.posted));
    return { invoice: result.posted, userErrors: [] };
  });
}

/**
 * Changes a DRAFT: any of its customer, currency, date, terms and (replaced as a whole) lines; what
 * is not given stays, and the whole draft is checked again as `createInvoice` checks a new one.
 * A posted invoice is refused with INVOICE_POSTED (its row and lines are immutable in the database
 * too); an id that matches no invoice of the tenant is NOT_FOUND.
 */
export async function updateInvoice(
  ctx: SubgraphContext,
  input: UpdateInvoiceInput,
): Promise<InvoicePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const customerId = input.customerId == null ? null : parseId(input.customerId, 'input.customerId');
  return ctx.db.run(async (manager) => {
    const draft = await lockInvoice(manager, tenantId, id);
    if (!draft) throw notFound('Invoice', id);
    if (draft.status !== 'DRAFT') return { invoice: null, userErrors: [postedRefusal(draft)] };
    const stored = input.lines ? null : await invoiceLines(manager, tenantId, id);
    const termsGiven = input.paymentTerms != null || input.paymentTermDays != null;
    const checked = checkNewInvoice({
      currency: input.currency ?? draft.currency,
      invoiceDate: input.invoiceDate ?? draft.invoiceDate,
      paymentTerms: termsGiven
        ? input.paymentTerms
        : draft.paymentTerms === 'CUSTOM'
          ? null
          : draft.paymentTerms,
      paymentTermDays: termsGiven
        ? input.paymentTermDays
        : draft.paymentTerms === 'CUSTOM'
          ? draft.paymentTermDays
          : null,
      lines:
        input.lines ??
        (stored ?? []).map((line) => ({
          description: line.description,
          quantity: formatQuantity(line.quantity),
          unitPrice: line.unitPrice,
          taxRateId: line.taxRateId,
        })),
    });
    if (!checked.ok) return { invoice: null, userErrors: checked.errors };
    const { currency, invoiceDate, terms, dueDate } = checked.value;
    const customer = customerId ?? draft.customerId;
    const refusal = await customerRefusal(manager, tenantId, customer, ['input', 'customerId']);
    if (refusal) return { invoice: null, userErrors: [refusal] };
    const taxed = await applyLineTaxes(manager, tenantId, currency, checked.value.lines);
    if (!taxed.ok) return { invoice: null, userErrors: taxed.errors };
    const [rows]: [InvoiceEntity[], number] = await manager.query(
      `update erp.invoices set customer_id = $3, currency = $4, total = $5, tax_total = $6, invoice_date = $7,
         payment_terms = $8, payment_term_days = $9, due_date = $10
       where tenant_id = $1 and id = $2 returning ${INVOICE_COLUMNS}`,
      [
        tenantId,
        id,
        customer,
        currency,
        taxed.value.total,
        taxed.value.taxTotal,
        invoiceDate,
        terms.terms,
        terms.days,
        dueDate,
      ],
    );
    await manager.query(`delete from erp.invoice_lines where tenant_id = $1 and invoice_id = $2`, [
      tenantId,
      id,
    ]);
    const storedLines = await insertInvoiceLines(manager, tenantId, id, taxed.value.lines);
    invoiceByIdLoader(ctx).clear(id).prime(id, rows[0]);
    linesByInvoiceLoader(ctx).clear(id).prime(id, storedLines);
    await emitEvent(ctx, 'erp.invoice.updated', invoiceEventPayload(rows[0]));
    return { invoice: rows[0], userErrors: [] };
  });
}

/**
 * Posts a DRAFT: books its journal entry (Dr receivable, Cr sales per line, Cr tax per rate) dated
 * its invoice date and stamps `issuedAt`, in one transaction. NOT_FOUND for an unknown id; a
 * userError if it is already posted or its date falls in a locked period (nothing is written).
 */
export async function postInvoice(ctx: SubgraphContext, input: { id: string }): Promise<InvoicePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const draft = await lockInvoice(manager, tenantId, id);
    if (!draft) throw notFound('Invoice', id);
    if (draft.status !== 'DRAFT') {
      return {
        invoice: null,
        userErrors: [
          userError('ALREADY_POSTED', `Invoice ${draft.number} is already posted.`, ['input', 'id']),
        ],
      };
    }
    const lines = await invoiceLines(manager, tenantId, id);
    const posting = await postDraftInvoice(manager, ctx, draft, lines, ['input', 'id']);
    if (!posting.invoice) return posting;
    invoiceByIdLoader(ctx).clear(id).prime(id, posting.invoice);
    await emitEvent(ctx, 'erp.invoice.posted', invoiceEventPayload(posting.invoice));
    return posting;
  });
}

/** INVOICE_POSTED: a posted document is changed only by payments and credit notes. */
export function postedRefusal(invoice: InvoiceEntity): UserError {
  return userError(
    'INVOICE_POSTED',
    `Invoice ${invoice.number} is posted and can no longer be edited; issue a credit note to correct it.`,
    ['input', 'id'],
  );
}

function assertMayPost(ctx: SubgraphContext): void {
  if (!ctx.caller.permissions.includes(POST_PERMISSION)) {
    throw forbidden(`Posting an invoice needs the ${POST_PERMISSION} permission.`);
  }
}

/** What `erp.invoice.*` events carry; amounts stay decimal strings (money never becomes a float). */
export function invoiceEventPayload(invoice: InvoiceEntity) {
  const { id, number, customerId, total, currency, status, invoiceDate, dueDate } = invoice;
  const residual = residualOf(invoice);
  return { id, number, customerId, total, currency, status, invoiceDate, dueDate, residual };
}

/** total − payments − credit notes, as numeric(14,2) text. */
export function residualOf(invoice: Pick<InvoiceEntity, 'total' | 'amountPaid' | 'amountCredited'>): string {
  return centsText(
    storedCents(invoice.total) - storedCents(invoice.amountPaid) - storedCents(invoice.amountCredited),
  );
}

/**
 * The tenant's next invoice sequence. The upsert takes the counter row's lock until the request's
 * transaction ends, so concurrent creations queue here and each gets its own number; a rollback
 * also rolls the counter back, keeping numbers gap-free.
 */
async function allocateInvoiceSequence(manager: EntityManager, tenantId: string): Promise<string> {
  const [{ lastNumber }]: Array<{ lastNumber: string }> = await manager.query(
    `insert into erp.invoice_counters as counter (tenant_id, last_number) values ($1, 1)
     on conflict (tenant_id) do update set last_number = counter.last_number + 1
     returning last_number as "lastNumber"`,
    [tenantId],
  );
  return lastNumber;
}
