import type { EntityManager } from 'typeorm';

/** The HR trees: departments under their parent, employees under their manager. */
export type HrTree =
  { table: 'erp.departments'; link: 'parent_id' } | { table: 'erp.employees'; link: 'manager_id' };

export const DEPARTMENT_TREE: HrTree = { table: 'erp.departments', link: 'parent_id' };
export const MANAGER_TREE: HrTree = { table: 'erp.employees', link: 'manager_id' };

/**
 * Where `parentId` may hang `childId` (null for a row not written yet): 'missing' when the tenant
 * has no such row, 'cycle' when the parent is the row itself or one of the rows below it (its chain
 * upwards reaches the child), otherwise 'ok'. The walk is bounded, so stored data can never loop it.
 */
export async function checkTreeLink(
  manager: EntityManager,
  tree: HrTree,
  tenantId: string,
  parentId: string,
  childId: string | null,
): Promise<'ok' | 'missing' | 'cycle'> {
  const chain: Array<{ id: string }> = await manager.query(
    `with recursive chain (id, up, depth) as (
       select id, ${tree.link}, 0 from ${tree.table} where tenant_id = $1 and id = $2
       union all
       select row.id, row.${tree.link}, chain.depth + 1 from ${tree.table} row
       join chain on row.tenant_id = $1 and row.id = chain.up
       where chain.depth < 200
     )
     select id from chain`,
    [tenantId, parentId],
  );
  if (chain.length === 0) return 'missing';
  if (childId && chain.some((row) => row.id === childId)) return 'cycle';
  return 'ok';
}
