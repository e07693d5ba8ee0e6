import { defineModule } from '@nexora/kit';
import { ADJUST_PERMISSION } from './stock-reversal.service';
import { stockResolvers } from './stock.resolvers';

/**
 * Stock moves (receipts, deliveries, transfers, adjustments, reversals) and the quantity on hand per
 * product and location they add up to. Every move serializes on its product's row (stock-lock.ts),
 * announces `erp.stock.moved` and posts its valuation entry to the ledger (stock-valuation-entry.ts).
 */
export default defineModule({
  name: 'stock',
  resolvers: stockResolvers,
  mappers: {
    StockMove: './stock-move.types#StockMoveRow',
    StockOnHand: './on-hand.service#OnHandModel',
    LocationStock: './on-hand.service#LocationStockModel',
    StockDiscrepancy: './stock-verify.service#StockDiscrepancyModel',
    StockVerification: './stock-verify.service#StockVerificationModel',
  },
  permissions: [
    {
      name: 'erp.stock:read',
      description: 'See warehouses, locations, quantities on hand, stock moves and reorder suggestions',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.stock:move',
      description: 'Record receipts, deliveries and transfers, and reverse them',
      grantedTo: ['admin', 'member'],
    },
    {
      name: ADJUST_PERMISSION,
      description:
        'Adjust stock after a count or a loss (write-offs change the stock value), and reverse adjustments',
      grantedTo: ['admin'],
    },
  ],
});
