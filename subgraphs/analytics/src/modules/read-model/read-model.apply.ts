import { type DomainEvent, isUuid } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import type { MetricName } from '../metric/metric.service';
import { applyReceivableEvent, RECEIVABLE_EVENTS } from '../receivables/receivables.apply';
import { applyStockEvent, STOCK_EVENTS } from '../stock-value/stock-value.apply';

interface Money {
  amount: string;
  currency: string;
}

/** What crm's deal events carry (see crm `dealState`). */
interface DealState {
  id: string;
  pipelineId: string;
  stageId: string;
  status: 'OPEN' | 'WON' | 'LOST';
  amount: Money | null;
  winProbability: number;
  ownerId: string | null;
  companyId: string | null;
  createdAt: string;
  closedAt: string | null;
}

/** What erp's invoice events carry. */
interface InvoiceState {
  id: string;
  customerId: string;
  total: string;
  currency: string;
  status: string;
}

const DEAL_EVENTS = [
  'crm.deal.created',
  'crm.deal.updated',
  'crm.deal.moved',
  'crm.deal.won',
  'crm.deal.lost',
];
const DEAL_METRICS: MetricName[] = ['PIPELINE_VALUE', 'WEIGHTED_FORECAST', 'WIN_RATE', 'NEW_DEALS'];
const INVOICE_METRICS: MetricName[] = ['REVENUE', 'RECEIVABLES'];

/** The event types the read models follow. */
export const APPLIED_EVENTS = [
  ...new Set([
    ...DEAL_EVENTS,
    'crm.lead.created',
    'crm.company.merged',
    'erp.invoice.created',
    'erp.invoice.posted',
    ...RECEIVABLE_EVENTS,
    ...STOCK_EVENTS,
  ]),
];

/** Every tenant table the read models keep (what a rebuild empties before replaying). */
export const READ_MODEL_TABLES = [
  'deals',
  'invoices',
  'leads',
  'receivables',
  'receivable_settlements',
  'stock_moves',
];

function isDealState(payload: unknown): payload is DealState {
  const deal = payload as Partial<DealState> | null;
  return (
    typeof deal?.id === 'string' &&
    isUuid(deal.id) &&
    typeof deal.stageId === 'string' &&
    typeof deal.status === 'string' &&
    typeof deal.winProbability === 'number' &&
    typeof deal.createdAt === 'string'
  );
}

function isInvoiceState(payload: unknown): payload is InvoiceState {
  const invoice = payload as Partial<InvoiceState> | null;
  return (
    typeof invoice?.id === 'string' &&
    isUuid(invoice.id) &&
    typeof invoice.customerId === 'string' &&
    typeof invoice.total === 'string' &&
    typeof invoice.currency === 'string'
  );
}

/**
 * Applies one event to the tenant's read models and returns the metrics it may have changed. Each
 * row keeps the time of the event it reflects (`as_of`): an event older than the row's state (Redis
 * keeps order per event type only) changes nothing. Events without the fields a read model needs
 * (published before crm carried them) are skipped.
 */
export async function applyEvent(manager: EntityManager, event: DomainEvent): Promise<MetricName[]> {
  const changed = await applySalesEvent(manager, event);
  if (RECEIVABLE_EVENTS.includes(event.type)) changed.push(...(await applyReceivableEvent(manager, event)));
  if (STOCK_EVENTS.includes(event.type)) changed.push(...(await applyStockEvent(manager, event)));
  return [...new Set(changed)];
}

/** crm's deals, leads and merges, and erp's invoices as the sales KPIs (REVENUE, RECEIVABLES) see them. */
async function applySalesEvent(manager: EntityManager, event: DomainEvent): Promise<MetricName[]> {
  const { tenantId, payload, occurredAt } = event;
  if (DEAL_EVENTS.includes(event.type)) {
    if (!isDealState(payload)) return [];
    await manager.query(
      `insert into analytics.deals (tenant_id, deal_id, pipeline_id, stage_id, status, amount, currency,
         win_probability, owner_id, company_id, created_at, closed_at, as_of)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       on conflict (tenant_id, deal_id) do update set pipeline_id = excluded.pipeline_id,
         stage_id = excluded.stage_id, status = excluded.status, amount = excluded.amount,
         currency = excluded.currency, win_probability = excluded.win_probability, owner_id = excluded.owner_id,
         company_id = excluded.company_id, closed_at = excluded.closed_at, as_of = excluded.as_of
       where analytics.deals.as_of <= excluded.as_of`,
      [
        tenantId,
        payload.id,
        payload.pipelineId,
        payload.stageId,
        payload.status,
        payload.amount?.amount ?? null,
        payload.amount?.currency ?? null,
        payload.winProbability,
        payload.ownerId,
        payload.companyId,
        payload.createdAt,
        payload.closedAt,
        occurredAt,
      ],
    );
    return [...DEAL_METRICS];
  }
  if (event.type === 'crm.lead.created') {
    const id = (payload as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || !isUuid(id)) return [];
    await manager.query(
      `insert into analytics.leads (tenant_id, lead_id, created_at) values ($1, $2, $3) on conflict do nothing`,
      [tenantId, id, occurredAt],
    );
    return ['NEW_LEADS'];
  }
  if (event.type === 'crm.company.merged') {
    const merged = payload as { id?: unknown; mergedIds?: unknown } | null;
    if (typeof merged?.id !== 'string' || !Array.isArray(merged.mergedIds)) return [];
    const ids = merged.mergedIds.filter((id): id is string => typeof id === 'string' && isUuid(id));
    await manager.query(
      `update analytics.invoices set customer_id = $2 where tenant_id = $1 and customer_id = any($3::uuid[])`,
      [tenantId, merged.id, ids],
    );
    await manager.query(
      `update analytics.deals set company_id = $2 where tenant_id = $1 and company_id = any($3::uuid[])`,
      [tenantId, merged.id, ids],
    );
    await manager.query(
      `update analytics.receivables set customer_id = $2 where tenant_id = $1 and customer_id = any($3::uuid[])`,
      [tenantId, merged.id, ids],
    );
    return [];
  }
  if (event.type === 'erp.invoice.created' || event.type === 'erp.invoice.posted') {
    if (!isInvoiceState(payload)) return [];
    const posted = payload.status === 'POSTED' ? occurredAt : null;
    await manager.query(
      `insert into analytics.invoices (tenant_id, invoice_id, customer_id, total, currency, status, posted_at, as_of)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (tenant_id, invoice_id) do update set customer_id = excluded.customer_id, total = excluded.total,
         currency = excluded.currency,
         -- Posting is final in erp: a DRAFT event arriving after the POSTED one never undoes it.
         status = case when analytics.invoices.status = 'POSTED' then 'POSTED' else excluded.status end,
         posted_at = coalesce(analytics.invoices.posted_at, excluded.posted_at), as_of = excluded.as_of
       where analytics.invoices.as_of <= excluded.as_of`,
      [
        tenantId,
        payload.id,
        payload.customerId,
        payload.total,
        payload.currency,
        payload.status,
        posted,
        occurredAt,
      ],
    );
    return payload.status === 'POSTED' ? [...INVOICE_METRICS] : [];
  }
  return [];
}
