/** Row shapes of the deal module's tables, as its SQL selects them (aliased to these names). */

export type DealStatus = 'OPEN' | 'WON' | 'LOST';

export interface DealRow {
  id: string;
  tenantId: string;
  title: string;
  /** numeric(14,2) as text, e.g. "1234.50"; null when the deal has no amount yet. */
  amount: string | null;
  currency: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  expectedCloseDate: string | null;
  pipelineId: string;
  stageId: string;
  position: number;
  status: DealStatus;
  lostReasonId: string | null;
  ownerId: string | null;
  companyId: string | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StageChangeRow {
  id: string;
  dealId: string;
  fromStageId: string | null;
  toStageId: string;
  changedBy: string | null;
  changedAt: Date;
}

/** One stage of `pipelineBoard`, before its fields resolve. */
export interface BoardStageRow {
  stageId: string;
  deals: DealRow[];
  dealCount: number;
  totals: Array<{ amount: string; currency: string }>;
}

export interface BoardRow {
  pipelineId: string;
  stages: BoardStageRow[];
}

export const DEAL_COLUMNS = `id, tenant_id as "tenantId", title, amount::text as amount, currency,
  expected_close_date::text as "expectedCloseDate", pipeline_id as "pipelineId", stage_id as "stageId",
  position, status, lost_reason_id as "lostReasonId", owner_id as "ownerId", company_id as "companyId",
  closed_at as "closedAt", created_at as "createdAt", updated_at as "updatedAt"`;

/** A user as crm knows it: only its id (identity resolves everything else). */
export interface UserReference {
  __typename?: 'User';
  id: string;
}
