import type { SubgraphContext, UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { type AccountRole, type LedgerLineRequest, postLedgerEntry } from '../journal-entry/ledger.api';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { todayUtc } from '../journal-entry/ledger-date';
import type { StockMoveRow, StockMoveType } from './stock-move.types';

/** The ledger's source type of a valuation entry: one entry per stock move, at most. */
export const STOCK_MOVE_SOURCE = 'STOCK_MOVE';

/**
 * What a move's value is booked against, INVENTORY being the other side: a receipt puts goods into
 * stock against the liability of goods received but not billed yet (the supplier bill clears it), a
 * delivery takes them out to the cost of goods sold, an adjustment (a count, a loss) books against
 * the inventory adjustments account. Transfers move no value: the stock stays in INVENTORY.
 */
const COUNTERPART: Record<Exclude<StockMoveType, 'TRANSFER'>, AccountRole> = {
  RECEIPT: 'GOODS_RECEIVED_NOT_BILLED',
  DELIVERY: 'COST_OF_GOODS_SOLD',
  ADJUSTMENT: 'STOCK_ADJUSTMENT',
};

/**
 * Posts a stock move's valuation entry to the ledger, in the move's transaction, after the move is
 * written, with `move.valueChange` as the amount, dated today (UTC, the day the move is recorded):
 *
 * - RECEIPT: debit INVENTORY, credit GOODS_RECEIVED_NOT_BILLED;
 * - DELIVERY: debit COST_OF_GOODS_SOLD, credit INVENTORY (its value change is negative);
 * - ADJUSTMENT: INVENTORY against STOCK_ADJUSTMENT, the side given by the sign;
 * - TRANSFER, and any move of value 0 (a receipt at cost 0): no entry;
 * - a reversal: the opposite of its move's entry (its `valueChange` already has the opposite sign).
 *
 * So the INVENTORY account's balance is always the sum of the products' stock values, per currency.
 * Returns the ledger's refusal (PERIOD_LOCKED when today is on or before the lock date, an account
 * made inactive) for the caller to roll the move back with; an empty list when booked. The caller
 * seeds the tenant's ledger (`ensureLedgerSetup`) before its savepoint.
 */
export async function postStockValuationEntry(
  manager: EntityManager,
  ctx: SubgraphContext,
  move: StockMoveRow,
  currency: string,
): Promise<UserError[]> {
  if (move.type === 'TRANSFER') return [];
  const cents = storedCents(move.valueChange);
  if (cents === 0n) return [];
  const counterpart = COUNTERPART[move.type];
  const amount = centsText(cents < 0n ? -cents : cents);
  const description = move.reference ?? move.reason ?? null;
  const [debit, credit]: AccountRole[] = cents > 0n ? ['INVENTORY', counterpart] : [counterpart, 'INVENTORY'];
  const lines: LedgerLineRequest[] = [
    { account: debit, debit: amount, description },
    { account: credit, credit: amount, description },
  ];
  const booked = await postLedgerEntry(manager, ctx, {
    journal: 'GENERAL',
    date: todayUtc(),
    reference: `Stock ${move.type.toLowerCase()}${move.reversesMoveId ? ' reversal' : ''}`,
    memo: description,
    currency,
    source: { type: STOCK_MOVE_SOURCE, id: move.id },
    lines,
  });
  // The move's input has no date: the refusal concerns the move as a whole.
  return booked.userErrors.map((error) => ({ ...error, field: null }));
}
