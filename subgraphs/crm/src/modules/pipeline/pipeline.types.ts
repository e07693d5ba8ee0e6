/** Row shapes of the pipeline module's tables, as its SQL selects them (aliased to these names). */

export type StageKind = 'OPEN' | 'WON' | 'LOST';
export const STAGE_KINDS: readonly StageKind[] = ['OPEN', 'WON', 'LOST'];

export interface PipelineRow {
  id: string;
  tenantId: string;
  name: string;
  isDefault: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface StageRow {
  id: string;
  tenantId: string;
  pipelineId: string;
  name: string;
  position: number;
  winProbability: number;
  kind: StageKind;
}

export interface LostReasonRow {
  id: string;
  tenantId: string;
  name: string;
  position: number;
}

export const PIPELINE_COLUMNS = `id, tenant_id as "tenantId", name, is_default as "isDefault",
  created_at as "createdAt", updated_at as "updatedAt"`;

export const STAGE_COLUMNS = `id, tenant_id as "tenantId", pipeline_id as "pipelineId", name, position,
  win_probability as "winProbability", kind`;

export const LOST_REASON_COLUMNS = `id, tenant_id as "tenantId", name, position`;
