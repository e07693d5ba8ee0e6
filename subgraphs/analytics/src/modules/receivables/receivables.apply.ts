import { type DomainEvent, isUuid } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { MetricName } from '../metric/metric.service';

/** What erp's `erp.invoice.posted` and `erp.invoice.paid` carry (erp `invoiceEventPayload`). */
interface PostedInvoice {
  id: string;
  number: string | null;
  customerId: string;
  total: string;
  currency: string;
  status: string;
  invoiceDate: string;
  dueDate: string;
}

/** What `erp.payment.recorded` and `erp.credit-note.created` carry: one settlement of an invoice. */
interface Settlement {
  id: string;
  invoiceId: string;
  amount: string;
  date: string;
}

const SETTLEMENT_KINDS: Record<string, 'PAYMENT' | 'CREDIT_NOTE'> = {
  'erp.payment.recorded': 'PAYMENT',
  'erp.credit-note.created': 'CREDIT_NOTE',
};

/** The erp events the receivables read model follows (merges are followed by the read-model module). */
export const RECEIVABLE_EVENTS = ['erp.invoice.posted', 'erp.invoice.paid', ...Object.keys(SETTLEMENT_KINDS)];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

function isPostedInvoice(payload: unknown): payload is PostedInvoice {
  const invoice = payload as Partial<PostedInvoice> | null;
  return (
    typeof invoice?.id === 'string' &&
    isUuid(invoice.id) &&
    typeof invoice.customerId === 'string' &&
    isUuid(invoice.customerId) &&
    typeof invoice.total === 'string' &&
    AMOUNT.test(invoice.total) &&
    typeof invoice.currency === 'string' &&
    invoice.status !== 'DRAFT' &&
    typeof invoice.invoiceDate === 'string' &&
    ISO_DATE.test(invoice.invoiceDate) &&
    typeof invoice.dueDate === 'string' &&
    ISO_DATE.test(invoice.dueDate)
  );
}

function isSettlement(payload: unknown): payload is Settlement {
  const settlement = payload as Partial<Settlement> | null;
  return (
    typeof settlement?.id === 'string' &&
    isUuid(settlement.id) &&
    typeof settlement.invoiceId === 'string' &&
    isUuid(settlement.invoiceId) &&
    typeof settlement.amount === 'string' &&
    AMOUNT.test(settlement.amount) &&
    typeof settlement.date === 'string' &&
    ISO_DATE.test(settlement.date)
  );
}

/** Today's date in UTC, as erp's `receivablesAgeing` defaults `asOf` to. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

/**
 * An invoice's facts as of its posting never change in erp (only its settlement does), so the first
 * of its posted/paid events to arrive writes them and the others change nothing: a `paid` arriving
 * before its `posted` is as good. Its residual is counted from the settlements, never from the
 * event. The overdue KPI moves only when the invoice is already past due.
 */
async function applyPostedInvoice(manager: EntityManager, tenantId: string, invoice: PostedInvoice) {
  const inserted: unknown[] = await manager.query(
    `insert into analytics.receivables (tenant_id, invoice_id, number, customer_id, currency, total, invoice_date, due_date)
     values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (tenant_id, invoice_id) do nothing returning invoice_id`,
    [
      tenantId,
      invoice.id,
      typeof invoice.number === 'string' ? invoice.number : null,
      invoice.customerId,
      invoice.currency,
      invoice.total,
      invoice.invoiceDate,
      invoice.dueDate,
    ],
  );
  const applied = inserted.length > 0;
  return { applied, overdue: applied && invoice.dueDate <= todayUtc() };
}

/**
 * A payment or credit note, once per erp id, whether or not its invoice has arrived yet (it counts
 * from the moment the invoice does). The overdue KPI moves when it settles part of an invoice that
 * is known, past due, and settled by today.
 */
async function applySettlement(
  manager: EntityManager,
  tenantId: string,
  kind: 'PAYMENT' | 'CREDIT_NOTE',
  settlement: Settlement,
) {
  const inserted: unknown[] = await manager.query(
    `insert into analytics.receivable_settlements (tenant_id, settlement_id, invoice_id, kind, amount, settled_on)
     values ($1, $2, $3, $4, $5, $6) on conflict (tenant_id, settlement_id) do nothing returning settlement_id`,
    [tenantId, settlement.id, settlement.invoiceId, kind, settlement.amount, settlement.date],
  );
  if (inserted.length === 0) return { applied: false, overdue: false };
  const today = todayUtc();
  const overdue: unknown[] = await manager.query(
    `select 1 from analytics.receivables where tenant_id = $1 and invoice_id = $2 and due_date <= $3::date`,
    [tenantId, settlement.invoiceId, today],
  );
  return { applied: true, overdue: overdue.length > 0 && settlement.date <= today };
}

/**
 * Applies one of erp's receivable events; returns the KPIs it changed: RECEIVABLES (what is open)
 * whenever it was new, OVERDUE_RECEIVABLES when it touched an invoice already past due.
 * Payloads without the fields the ageing needs (published before erp carried due dates) are skipped.
 */
export async function applyReceivableEvent(
  manager: EntityManager,
  event: DomainEvent,
): Promise<MetricName[]> {
  const kind = SETTLEMENT_KINDS[event.type];
  let outcome = { applied: false, overdue: false };
  if (kind) {
    if (isSettlement(event.payload))
      outcome = await applySettlement(manager, event.tenantId, kind, event.payload);
  } else if (isPostedInvoice(event.payload)) {
    outcome = await applyPostedInvoice(manager, event.tenantId, event.payload);
  }
  const changed: MetricName[] = [];
  if (outcome.applied) changed.push('RECEIVABLES');
  if (outcome.overdue) changed.push('OVERDUE_RECEIVABLES');
  return changed;
}
