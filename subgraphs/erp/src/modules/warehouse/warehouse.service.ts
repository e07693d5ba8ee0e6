import {
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import { defaultLocationLoader, warehouseByIdLoader } from './warehouse.loaders';
import {
  DEFAULT_LOCATION,
  LOCATION_COLUMNS,
  type LocationRow,
  WAREHOUSE_COLUMNS,
  type WarehouseRow,
} from './warehouse.types';
import { warehouseUsage } from './warehouse-usage';
import { checkCode, checkName } from './warehouse.validation';

export interface WarehousePayload {
  warehouse: WarehouseRow | null;
  userErrors: UserError[];
}

export interface DeletePayload {
  deletedId: string | null;
  userErrors: UserError[];
}

function duplicateCode(code: string): UserError {
  return userError('DUPLICATE_CODE', `Another warehouse already has the code ${code}.`, ['input', 'code']);
}

/** Creates a warehouse and its default location in one statement. */
export async function createWarehouse(
  ctx: SubgraphContext,
  input: { code: string; name: string; allowNegativeStock?: boolean | null },
): Promise<WarehousePayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const code = checkCode(input.code, ['input', 'code'], errors);
  const name = checkName(input.name, 'warehouse', ['input', 'name'], errors);
  if (!code || !name) return { warehouse: null, userErrors: errors };
  return ctx.db.run(async (manager) => {
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: Array<WarehouseRow & { location: LocationRow }> = await manager.query(
        `with warehouse as (
           insert into erp.warehouses (tenant_id, code, name, allow_negative_stock) values ($1, $2, $3, $4)
           returning ${WAREHOUSE_COLUMNS}
         ), location as (
           insert into erp.stock_locations (tenant_id, warehouse_id, code, name, is_default)
           select "tenantId", id, $5, $6, true from warehouse
           returning ${LOCATION_COLUMNS}
         )
         select warehouse.*, to_jsonb(location) as location from warehouse, location`,
        [
          tenantId,
          code,
          name,
          input.allowNegativeStock ?? false,
          DEFAULT_LOCATION.code,
          DEFAULT_LOCATION.name,
        ],
      );
      return row;
    });
    if (!written.ok) return { warehouse: null, userErrors: [duplicateCode(code)] };
    const { location, ...warehouse } = written.value;
    const defaultLocation = {
      ...location,
      createdAt: new Date(location.createdAt),
      updatedAt: new Date(location.updatedAt),
    };
    warehouseByIdLoader(ctx).prime(warehouse.id, warehouse);
    defaultLocationLoader(ctx).prime(warehouse.id, defaultLocation);
    return { warehouse, userErrors: [] };
  });
}

export interface UpdateWarehouseInput {
  id: string;
  code?: string | null;
  name?: string | null;
  allowNegativeStock?: boolean | null;
  active?: boolean | null;
}

/**
 * Changes a warehouse. The row is locked: moves share-lock their warehouses, so "does it hold
 * stock?" cannot change between the check and the deactivation.
 */
export async function updateWarehouse(
  ctx: SubgraphContext,
  input: UpdateWarehouseInput,
): Promise<WarehousePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const [current]: WarehouseRow[] = await manager.query(
      `select ${WAREHOUSE_COLUMNS} from erp.warehouses where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Warehouse', id);
    const errors: UserError[] = [];
    const code = input.code == null ? current.code : checkCode(input.code, ['input', 'code'], errors);
    const name =
      input.name == null ? current.name : checkName(input.name, 'warehouse', ['input', 'name'], errors);
    const active = input.active ?? current.active;
    if (current.active && !active && (await warehouseUsage(manager, tenantId, id)).holdsStock) {
      errors.push(
        userError(
          'WAREHOUSE_NOT_EMPTY',
          `Warehouse ${current.code} still holds stock; move or deliver it first.`,
          ['input', 'active'],
        ),
      );
    }
    if (!code || !name || errors.length > 0) return { warehouse: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [rows]: [WarehouseRow[], number] = await manager.query(
        `update erp.warehouses set code = $3, name = $4, allow_negative_stock = $5, active = $6, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${WAREHOUSE_COLUMNS}`,
        [tenantId, id, code, name, input.allowNegativeStock ?? current.allowNegativeStock, active],
      );
      return rows[0];
    });
    if (!written.ok) return { warehouse: null, userErrors: [duplicateCode(code)] };
    warehouseByIdLoader(ctx).clear(id).prime(id, written.value);
    return { warehouse: written.value, userErrors: [] };
  });
}

/** Deletes a warehouse (with its locations and reorder rules) that no move ever named. */
export async function deleteWarehouse(ctx: SubgraphContext, input: { id: string }): Promise<DeletePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const [current]: WarehouseRow[] = await manager.query(
      `select ${WAREHOUSE_COLUMNS} from erp.warehouses where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Warehouse', id);
    if ((await warehouseUsage(manager, tenantId, id)).hasMoves) {
      return {
        deletedId: null,
        userErrors: [
          userError(
            'WAREHOUSE_IN_USE',
            `Stock moves name warehouse ${current.code}, and they are kept forever; deactivate it instead.`,
            ['input', 'id'],
          ),
        ],
      };
    }
    await manager.query(`delete from erp.warehouses where tenant_id = $1 and id = $2`, [tenantId, id]);
    warehouseByIdLoader(ctx).clear(id);
    return { deletedId: id, userErrors: [] };
  });
}
