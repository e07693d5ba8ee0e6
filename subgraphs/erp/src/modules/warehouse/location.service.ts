import {
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { locationByIdLoader } from './warehouse.loaders';
import { LOCATION_COLUMNS, type LocationRow } from './warehouse.types';
import { locationUsage } from './warehouse-usage';
import { checkCode, checkName } from './warehouse.validation';
import type { DeletePayload } from './warehouse.service';

export interface LocationPayload {
  location: LocationRow | null;
  userErrors: UserError[];
}

function duplicateCode(code: string): UserError {
  return userError('DUPLICATE_CODE', `Another location of this warehouse already has the code ${code}.`, [
    'input',
    'code',
  ]);
}

/** Adds a location to a warehouse of the tenant. */
export async function createStockLocation(
  ctx: SubgraphContext,
  input: { warehouseId: string; code: string; name: string },
): Promise<LocationPayload> {
  const tenantId = tenantOf(ctx);
  const warehouseId = parseId(input.warehouseId, 'input.warehouseId');
  const errors: UserError[] = [];
  const code = checkCode(input.code, ['input', 'code'], errors);
  const name = checkName(input.name, 'location', ['input', 'name'], errors);
  return ctx.db.run(async (manager) => {
    const [warehouse]: Array<{ id: string }> = await manager.query(
      `select id from erp.warehouses where tenant_id = $1 and id = $2 for share`,
      [tenantId, warehouseId],
    );
    if (!warehouse) {
      errors.push(
        userError('WAREHOUSE_NOT_FOUND', 'No warehouse of this tenant has that id.', [
          'input',
          'warehouseId',
        ]),
      );
    }
    if (!code || !name || errors.length > 0) return { location: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: LocationRow[] = await manager.query(
        `insert into erp.stock_locations (tenant_id, warehouse_id, code, name) values ($1, $2, $3, $4)
         returning ${LOCATION_COLUMNS}`,
        [tenantId, warehouseId, code, name],
      );
      return row;
    });
    if (!written.ok) return { location: null, userErrors: [duplicateCode(code)] };
    locationByIdLoader(ctx).prime(written.value.id, written.value);
    return { location: written.value, userErrors: [] };
  });
}

/** Renames, re-codes, deactivates or reactivates a location; the default location stays active. */
export async function updateStockLocation(
  ctx: SubgraphContext,
  input: { id: string; code?: string | null; name?: string | null; active?: boolean | null },
): Promise<LocationPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const current = await lockLocation(manager, tenantId, id);
    const errors: UserError[] = [];
    const code = input.code == null ? current.code : checkCode(input.code, ['input', 'code'], errors);
    const name =
      input.name == null ? current.name : checkName(input.name, 'location', ['input', 'name'], errors);
    const active = input.active ?? current.active;
    if (!active && current.isDefault) {
      errors.push(defaultLocationError('deactivated', ['input', 'active']));
    } else if (current.active && !active && (await locationUsage(manager, tenantId, id)).holdsStock) {
      errors.push(
        userError(
          'LOCATION_NOT_EMPTY',
          `Location ${current.code} still holds stock; move or deliver it first.`,
          ['input', 'active'],
        ),
      );
    }
    if (!code || !name || errors.length > 0) return { location: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [rows]: [LocationRow[], number] = await manager.query(
        `update erp.stock_locations set code = $3, name = $4, active = $5, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${LOCATION_COLUMNS}`,
        [tenantId, id, code, name, active],
      );
      return rows[0];
    });
    if (!written.ok) return { location: null, userErrors: [duplicateCode(code)] };
    locationByIdLoader(ctx).clear(id).prime(id, written.value);
    return { location: written.value, userErrors: [] };
  });
}

/** Deletes a location that is not a default one and that no move ever named. */
export async function deleteStockLocation(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<DeletePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const current = await lockLocation(manager, tenantId, id);
    if (current.isDefault) {
      return { deletedId: null, userErrors: [defaultLocationError('deleted', ['input', 'id'])] };
    }
    if ((await locationUsage(manager, tenantId, id)).hasMoves) {
      return {
        deletedId: null,
        userErrors: [
          userError(
            'LOCATION_IN_USE',
            `Stock moves name location ${current.code}, and they are kept forever; deactivate it instead.`,
            ['input', 'id'],
          ),
        ],
      };
    }
    await manager.query(`delete from erp.stock_locations where tenant_id = $1 and id = $2`, [tenantId, id]);
    locationByIdLoader(ctx).clear(id);
    return { deletedId: id, userErrors: [] };
  });
}

async function lockLocation(manager: EntityManager, tenantId: string, id: string): Promise<LocationRow> {
  const [current]: LocationRow[] = await manager.query(
    `select ${LOCATION_COLUMNS} from erp.stock_locations where tenant_id = $1 and id = $2 for update`,
    [tenantId, id],
  );
  if (!current) throw notFound('Location', id);
  return current;
}

function defaultLocationError(what: 'deleted' | 'deactivated', field: string[]): UserError {
  return userError(
    'DEFAULT_LOCATION',
    `A warehouse's default location cannot be ${what}; it is where stock goes when no other is named.`,
    field,
  );
}
