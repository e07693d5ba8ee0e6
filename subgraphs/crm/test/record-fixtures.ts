import type { RunningSubgraph, SubgraphTestHarness } from '@nexora/kit';

/**
 * Runs a create mutation (`mutation ($input: ...) { createX(input: $input) { x { id } ... } }`) for
 * `tenantId` and returns the created record's id, failing the test on any refusal.
 */
export async function createRecord(
  harness: SubgraphTestHarness,
  crm: RunningSubgraph,
  tenantId: string,
  query: string,
  input: object,
): Promise<string> {
  const result = await harness.call<Record<string, Record<string, { id: string }>>>(
    crm,
    { tenantId },
    query,
    { input },
  );
  const payload = Object.values(result.body.data ?? {})[0];
  const record =
    payload && Object.values(payload).find((value) => value && typeof value === 'object' && 'id' in value);
  if (!record) throw new Error(`create failed: ${JSON.stringify(result.body)}`);
  return record.id;
}
