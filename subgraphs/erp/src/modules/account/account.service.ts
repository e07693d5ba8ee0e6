import {
  type Connection,
  notFound,
  pageSize,
  parseId,
  planKeyset,
  searchPattern,
  type SortColumn,
  type SubgraphContext,
  tenantOf,
  toConnection,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { accountByIdLoader } from './account.loaders';
import { ACCOUNT_COLUMNS, type AccountRole, type AccountRow, type AccountType } from './account.types';
import { checkAccountCode, checkAccountName } from './account.validation';
import { accountHasLines, findAccountByRole } from './account.lookup';
import { checkParent } from './account-parent';
import { ensureRequestLedger } from './ledger-setup';

export interface AccountPayload {
  account: AccountRow | null;
  userErrors: UserError[];
}

/** The chart is read in code order; codes compare byte-wise (the column is `collate "C"`). */
const BY_CODE: Record<'CODE', SortColumn> = {
  CODE: { expression: 'code', cursorText: 'code', cast: 'text' },
};

export async function listAccounts(
  ctx: SubgraphContext,
  args: {
    first?: number | null;
    after?: string | null;
    type?: AccountType | null;
    active?: boolean | null;
    search?: string | null;
  },
): Promise<Connection<AccountRow>> {
  const tenantId = tenantOf(ctx);
  const size = pageSize(args.first);
  const pattern = searchPattern(args.search);
  await ensureRequestLedger(ctx);
  const params: unknown[] = [tenantId];
  let filter = 'tenant_id = $1';
  if (args.type) {
    params.push(args.type);
    filter += ` and type = $${params.length}`;
  }
  if (args.active !== null && args.active !== undefined) {
    params.push(args.active);
    filter += ` and active = $${params.length}`;
  }
  if (pattern) {
    params.push(pattern);
    filter += ` and (code ilike $${params.length} escape '\\' or name ilike $${params.length} escape '\\')`;
  }
  const countParams = [...params];
  const plan = planKeyset(BY_CODE, { field: 'CODE' }, args.after, params);
  params.push(size + 1);
  return ctx.db.run(async (manager) => {
    const rows: Array<AccountRow & { sortKey: string }> = await manager.query(
      `select ${ACCOUNT_COLUMNS}, ${plan.cursorSelect} as "sortKey" from erp.accounts
       where ${plan.where(filter)} order by ${plan.orderBy} limit $${params.length}`,
      params,
    );
    const [{ count }]: Array<{ count: number }> = await manager.query(
      `select count(*)::int as count from erp.accounts where ${filter}`,
      countParams,
    );
    return toConnection(rows, size, count, plan.positionOf, plan.hadCursor);
  });
}

export function findAccount(ctx: SubgraphContext, id: string): Promise<AccountRow | null> {
  return accountByIdLoader(ctx).load(parseId(id, 'id'));
}

export function accountForRole(ctx: SubgraphContext, role: AccountRole): Promise<AccountRow | null> {
  return ctx.db.run((manager) => findAccountByRole(manager, ctx, role));
}

/** Creates an account of the tenant's chart; the code must be free. */
export async function createAccount(
  ctx: SubgraphContext,
  input: { code: string; name: string; type: AccountType; parentId?: string | null },
): Promise<AccountPayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const code = checkAccountCode(input.code, ['input', 'code'], errors);
  const name = checkAccountName(input.name, ['input', 'name'], errors);
  await ensureRequestLedger(ctx);
  return ctx.db.run(async (manager) => {
    const parentId = input.parentId
      ? await checkParent(manager, tenantId, input.parentId, { type: input.type, childId: null }, errors)
      : null;
    if (errors.length > 0 || !code || !name) return { account: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: AccountRow[] = await manager.query(
        `insert into erp.accounts (tenant_id, code, name, type, parent_id) values ($1, $2, $3, $4, $5)
         returning ${ACCOUNT_COLUMNS}`,
        [tenantId, code, name, input.type, parentId],
      );
      return row;
    });
    if (!written.ok) return { account: null, userErrors: [codeTaken(code)] };
    return { account: written.value, userErrors: [] };
  });
}

export interface UpdateAccountInput {
  id: string;
  code?: string | null;
  name?: string | null;
  type?: AccountType | null;
  parentId?: string | null;
  active?: boolean | null;
}

/**
 * Changes an account. Name, parent and active may always change (an account holding a role stays
 * active: other modules post to it); code and type only while no journal line names the account
 * (the database refuses it too). An omitted field stays as it is; `parentId: null` detaches it.
 */
export async function updateAccount(
  ctx: SubgraphContext,
  input: UpdateAccountInput,
): Promise<AccountPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  await ensureRequestLedger(ctx);
  return ctx.db.run(async (manager) => {
    const [current]: AccountRow[] = await manager.query(
      `select ${ACCOUNT_COLUMNS} from erp.accounts where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Account', id);
    const errors: UserError[] = [];
    const next = await checkAccountChanges(manager, current, input, errors);
    if (!next) return { account: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      // Postgres answers UPDATE ... RETURNING with [rows, rowCount] through TypeORM.
      const [rows]: [AccountRow[], number] = await manager.query(
        `update erp.accounts set code = $3, name = $4, type = $5, parent_id = $6, active = $7, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${ACCOUNT_COLUMNS}`,
        [tenantId, id, next.code, next.name, next.type, next.parentId, next.active],
      );
      return rows[0];
    });
    if (!written.ok) return { account: null, userErrors: [codeTaken(next.code)] };
    accountByIdLoader(ctx).clear(id).prime(id, written.value);
    return { account: written.value, userErrors: [] };
  });
}

type AccountState = Pick<AccountRow, 'code' | 'name' | 'type' | 'parentId' | 'active'>;

/** The account as it would be after `input`, or null with the reasons in `errors`. */
async function checkAccountChanges(
  manager: EntityManager,
  current: AccountRow,
  input: UpdateAccountInput,
  errors: UserError[],
): Promise<AccountState | null> {
  const code = input.code == null ? current.code : checkAccountCode(input.code, ['input', 'code'], errors);
  const name = input.name == null ? current.name : checkAccountName(input.name, ['input', 'name'], errors);
  const type = input.type ?? current.type;
  const active = input.active ?? current.active;
  if (!active && current.role) {
    errors.push(
      userError(
        'ACCOUNT_HAS_ROLE',
        `Account ${current.code} is the ${current.role.toLowerCase().replace(/_/g, ' ')} account other documents post to; it stays active.`,
        ['input', 'active'],
      ),
    );
  }
  const identityChanges = (code !== null && code !== current.code) || type !== current.type;
  if (identityChanges && (await accountHasLines(manager, current.tenantId, current.id))) {
    const field = type !== current.type ? 'type' : 'code';
    errors.push(
      userError(
        'ACCOUNT_IN_USE',
        `Account ${current.code} has journal entries: its code and type can no longer change.`,
        ['input', field],
      ),
    );
  }
  const parentId =
    input.parentId === undefined
      ? current.parentId
      : input.parentId === null
        ? null
        : await checkParent(manager, current.tenantId, input.parentId, { type, childId: current.id }, errors);
  if (type !== current.type) await checkChildrenTypes(manager, current, type, errors);
  if (errors.length > 0 || code === null || name === null) return null;
  return { code, name, type, parentId, active };
}

/** Sub-accounts share their parent's type, so a parent's type cannot move away from its children's. */
async function checkChildrenTypes(
  manager: EntityManager,
  account: AccountRow,
  type: AccountType,
  errors: UserError[],
): Promise<void> {
  const rows: Array<{ count: number }> = await manager.query(
    `select count(*)::int as count from erp.accounts where tenant_id = $1 and parent_id = $2 and type <> $3`,
    [account.tenantId, account.id, type],
  );
  if (rows[0].count > 0) {
    errors.push(
      userError('PARENT_TYPE_MISMATCH', `Account ${account.code} has sub-accounts of another type.`, [
        'input',
        'type',
      ]),
    );
  }
}

function codeTaken(code: string): UserError {
  return userError('CODE_TAKEN', `Another account already has the code ${code}.`, ['input', 'code']);
}
