import type { SubgraphContext } from '@nexora/kit';
import type { StockMoveRow } from './stock-move.types';

/**
 * THE place where a stock move will post its valuation entry to the ledger, called once for every
 * move, in the move's transaction, after the move is written (so a refused entry — e.g. a locked
 * period — will roll the move back with it). Not wired yet: the accounting module is being built
 * alongside. When it is, this posts, by account role (modules/account), with `move.valueChange`
 * as the amount:
 *
 * - RECEIPT: debit INVENTORY, credit GOODS_RECEIVED_NOT_BILLED;
 * - DELIVERY: debit COST_OF_GOODS_SOLD, credit INVENTORY;
 * - ADJUSTMENT: INVENTORY against STOCK_ADJUSTMENT, the side given by the sign;
 * - TRANSFER: nothing (the value stays in INVENTORY);
 * - a reversal: the opposite of its move's entry (its `valueChange` already has the opposite sign).
 */
export async function postStockValuationEntry(_ctx: SubgraphContext, _move: StockMoveRow): Promise<void> {
  // Intentionally empty until the ledger is wired (issue 10).
}
