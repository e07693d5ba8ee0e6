import {
  type Connection,
  isUuid,
  lowerTextSort,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
  isForeignKeyViolation,
  writeUnlessTaken,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { findAccountByRole } from '../account/account.lookup';
import { ACCOUNT_COLUMNS, type AccountRow } from '../account/account.types';
import { ensureRequestLedger } from '../account/ledger-setup';
import { TAX_RATE_COLUMNS, type TaxRateRow } from './tax.types';
import { checkTaxName, checkTaxRate } from './tax.validation';

export interface TaxRatePayload {
  taxRate: TaxRateRow | null;
  userErrors: UserError[];
}

const BY_NAME: Record<'NAME', SortColumn> = { NAME: lowerTextSort('name') };

export async function listTaxRates(
  ctx: SubgraphContext,
  args: { first?: number | null; after?: string | null; active?: boolean | null },
): Promise<Connection<TaxRateRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (args.active != null) {
    params.push(args.active);
    filter += ` and active = $${params.length}`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_NAME, { field: 'NAME' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<TaxRateRow & { sortKey: string }> = await manager.query(
      `select ${TAX_RATE_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.tax_rates
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.tax_rates where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export async function findTaxRate(ctx: SubgraphContext, id: string): Promise<TaxRateRow | null> {
  const rows: TaxRateRow[] = await ctx.db.run((manager) =>
    manager.query(`select ${TAX_RATE_COLUMNS} from erp.tax_rates where tenant_id = $1 and id = $2`, [
      tenantOf(ctx),
      parseId(id, 'id'),
    ]),
  );
  return rows[0] ?? null;
}

/** Creates a tax rate; it books to the tax payable account unless `accountId` names another. */
export async function createTaxRate(
  ctx: SubgraphContext,
  input: { name: string; rate: string; inclusive?: boolean | null; accountId?: string | null },
): Promise<TaxRatePayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const name = checkTaxName(input.name, errors);
  const rate = checkTaxRate(input.rate, errors);
  await ensureRequestLedger(ctx);
  return ctx.db.run(async (manager) => {
    const account =
      input.accountId == null
        ? await findAccountByRole(manager, ctx, 'TAX_PAYABLE')
        : await checkTaxAccount(manager, tenantId, input.accountId, errors);
    if (errors.length > 0 || !name || !rate || !account) return { taxRate: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: TaxRateRow[] = await manager.query(
        `insert into erp.tax_rates (tenant_id, name, rate, inclusive, account_id) values ($1, $2, $3, $4, $5)
         returning ${TAX_RATE_COLUMNS}`,
        [tenantId, name, rate, input.inclusive === true, account.id],
      );
      return row;
    });
    return written.ok
      ? { taxRate: written.value, userErrors: [] }
      : { taxRate: null, userErrors: [nameTaken(name)] };
  });
}

export interface UpdateTaxRateInput {
  id: string;
  name?: string | null;
  rate?: string | null;
  inclusive?: boolean | null;
  accountId?: string | null;
  active?: boolean | null;
}

/** Changes a tax rate; omitted fields stay unchanged. NOT_FOUND for an unknown id. */
export async function updateTaxRate(
  ctx: SubgraphContext,
  input: UpdateTaxRateInput,
): Promise<TaxRatePayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  const errors: UserError[] = [];
  const name = input.name == null ? undefined : checkTaxName(input.name, errors);
  const rate = input.rate == null ? undefined : checkTaxRate(input.rate, errors);
  return ctx.db.run(async (manager) => {
    const [current]: TaxRateRow[] = await manager.query(
      `select ${TAX_RATE_COLUMNS} from erp.tax_rates where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Tax rate', id);
    const account =
      input.accountId == null ? null : await checkTaxAccount(manager, tenantId, input.accountId, errors);
    if (errors.length > 0 || name === null || rate === null) return { taxRate: null, userErrors: errors };
    const next = {
      name: name ?? current.name,
      rate: rate ?? current.rate,
      inclusive: input.inclusive ?? current.inclusive,
      accountId: account?.id ?? current.accountId,
      active: input.active ?? current.active,
    };
    const written = await writeUnlessTaken(manager, async () => {
      const [rows]: [TaxRateRow[], number] = await manager.query(
        `update erp.tax_rates set name = $3, rate = $4, inclusive = $5, account_id = $6, active = $7, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${TAX_RATE_COLUMNS}`,
        [tenantId, id, next.name, next.rate, next.inclusive, next.accountId, next.active],
      );
      return rows[0];
    });
    return written.ok
      ? { taxRate: written.value, userErrors: [] }
      : { taxRate: null, userErrors: [nameTaken(next.name)] };
  });
}

/** Deletes a tax rate no document uses (deactivate it instead once one does). NOT_FOUND for an unknown id. */
export async function deleteTaxRate(
  ctx: SubgraphContext,
  input: { id: string },
): Promise<{ deletedId: string | null; userErrors: UserError[] }> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const deleted = await writeUnlessTaken(
      manager,
      async () => {
        const [, count]: [unknown, number] = await manager.query(
          `delete from erp.tax_rates where tenant_id = $1 and id = $2`,
          [tenantId, id],
        );
        return count;
      },
      isForeignKeyViolation,
    );
    if (!deleted.ok) {
      return {
        deletedId: null,
        userErrors: [
          userError('TAX_RATE_IN_USE', 'Documents use this tax rate; deactivate it instead.', [
            'input',
            'id',
          ]),
        ],
      };
    }
    if (deleted.value === 0) throw notFound('Tax rate', id);
    return { deletedId: id, userErrors: [] };
  });
}

/** The account a tax books to: an active account of the tenant. */
async function checkTaxAccount(
  manager: EntityManager,
  tenantId: string,
  rawId: string,
  errors: UserError[],
): Promise<AccountRow | null> {
  const field = ['input', 'accountId'];
  const rows: AccountRow[] = isUuid(rawId)
    ? await manager.query(`select ${ACCOUNT_COLUMNS} from erp.accounts where tenant_id = $1 and id = $2`, [
        tenantId,
        rawId.toLowerCase(),
      ])
    : [];
  const account = rows[0];
  if (!account) {
    errors.push(userError('ACCOUNT_UNKNOWN', 'No such account in this chart of accounts.', field));
    return null;
  }
  if (!account.active) {
    errors.push(userError('ACCOUNT_INACTIVE', `Account ${account.code} is inactive.`, field));
    return null;
  }
  return account;
}

function nameTaken(name: string): UserError {
  return userError('NAME_TAKEN', `Another tax rate is already called "${name}".`, ['input', 'name']);
}
