import {
  badUserInput,
  type Connection,
  decodeCursor,
  emitEvent,
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
import { INVOICE_COLUMNS, type InvoiceEntity, type InvoiceStatus } from './invoice.entity';
import { INVOICE_LINE_COLUMNS, type InvoiceLineEntity } from './invoice-line.entity';
import { invoiceByIdLoader, linesByInvoiceLoader } from './invoice.loaders';
import { checkNewInvoice, type InvoiceLineInput } from './invoice.validation';

export interface InvoicePayload {
  invoice: InvoiceEntity | null;
  userErrors: UserError[];
}

export interface NewInvoiceInput {
  customerId: string;
  currency?: string | null;
  lines: readonly InvoiceLineInput[];
  post?: boolean | null;
}

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
 * Validates everything first, then allocates the tenant's next number, writes the invoice and its
 * lines, and posts it if asked: all in the request's transaction, so a failure leaves no trace and
 * returns the number to the counter.
 */
export async function createInvoice(ctx: SubgraphContext, input: NewInvoiceInput): Promise<InvoicePayload> {
  const tenantId = tenantOf(ctx);
  const customerId = parseId(input.customerId, 'input.customerId');
  const checked = checkNewInvoice(input);
  if (!checked.ok) return { invoice: null, userErrors: checked.errors };
  const { currency, lines, total } = checked.value;

  return ctx.db.run(async (manager) => {
    const sequence = await allocateInvoiceSequence(manager, tenantId);
    const [invoice]: InvoiceEntity[] = await manager.query(
      `insert into erp.invoices (tenant_id, sequence, number, customer_id, currency, total)
       values ($1, $2, $3, $4, $5, $6) returning ${INVOICE_COLUMNS}`,
      [tenantId, sequence, formatInvoiceNumber(sequence), customerId, currency, total],
    );
    // One statement for all lines, whatever their number.
    const storedLines: InvoiceLineEntity[] = await manager.query(
      `insert into erp.invoice_lines (tenant_id, invoice_id, position, description, quantity, unit_price, amount)
       select $1, $2, line.position - 1, line.description, line.quantity, line.unit_price, line.amount
       from unnest($3::text[], $4::numeric[], $5::numeric[], $6::numeric[])
         with ordinality as line(description, quantity, unit_price, amount, position)
       order by line.position
       returning ${INVOICE_LINE_COLUMNS}`,
      [
        tenantId,
        invoice.id,
        lines.map((line) => line.description),
        lines.map((line) => line.quantity),
        lines.map((line) => line.unitPrice),
        lines.map((line) => line.amount),
      ],
    );
    linesByInvoiceLoader(ctx).prime(
      invoice.id,
      [...storedLines].sort((a, b) => a.position - b.position),
    );
    await emitEvent(ctx, 'erp.invoice.created', invoiceEventPayload(invoice));
    if (!input.post) return { invoice, userErrors: [] };
    const posted = await markPosted(manager, tenantId, invoice.id);
    // Created as a draft, then posted: consumers of either fact see it, in that order.
    if (posted) await emitEvent(ctx, 'erp.invoice.posted', invoiceEventPayload(posted));
    return { invoice: posted, userErrors: [] };
  });
}

/** Moves a draft to POSTED. NOT_FOUND for an unknown id; a userError if it is already posted. */
export async function postInvoice(ctx: SubgraphContext, input: { id: string }): Promise<InvoicePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const posted = await markPosted(manager, tenantId, id);
    if (posted) {
      await emitEvent(ctx, 'erp.invoice.posted', invoiceEventPayload(posted));
      return { invoice: posted, userErrors: [] };
    }
    const existing = await invoiceByIdLoader(ctx).load(id);
    if (!existing) throw notFound('Invoice', id);
    return {
      invoice: null,
      userErrors: [
        userError('ALREADY_POSTED', `Invoice ${existing.number} is already posted.`, ['input', 'id']),
      ],
    };
  });
}

/** What `erp.invoice.*` events carry; `total` stays a decimal string (money never becomes a float). */
function invoiceEventPayload(invoice: InvoiceEntity) {
  const { id, number, customerId, total, currency, status } = invoice;
  return { id, number, customerId, total, currency, status };
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

/** Posts a draft; null when there is no such draft (unknown, other tenant, or already posted). */
async function markPosted(
  manager: EntityManager,
  tenantId: string,
  id: string,
): Promise<InvoiceEntity | null> {
  // Postgres answers UPDATE ... RETURNING with [rows, rowCount] through TypeORM.
  const [rows]: [InvoiceEntity[], number] = await manager.query(
    `update erp.invoices set status = 'POSTED', issued_at = now()
     where tenant_id = $1 and id = $2 and status = 'DRAFT'
     returning ${INVOICE_COLUMNS}`,
    [tenantId, id],
  );
  return rows[0] ?? null;
}
