import { defineModule } from '@nexora/kit';
import { purchaseOrderResolvers } from './purchase-order.resolvers';

/**
 * Purchasing: purchase orders from suppliers (crm companies of erp's replica), numbered gap-free,
 * confirmed, then received line by line into stock through the stock module (each receipt a RECEIPT
 * move with its valuation entry) and announced as `erp.purchase.received`. Supplier bills matched to
 * the lines live in modules/supplier-bill.
 */
export default defineModule({
  name: 'purchase-order',
  resolvers: purchaseOrderResolvers,
  mappers: {
    PurchaseOrder: './purchase-order.types#PurchaseOrderRow',
    PurchaseOrderLine: './purchase-order.types#PurchaseOrderLineRow',
  },
  permissions: [
    {
      name: 'erp.purchase:read',
      description: 'See purchase orders, their lines, receipts and what was billed',
      grantedTo: ['admin', 'member', 'viewer'],
    },
    {
      name: 'erp.purchase:write',
      description: 'Create purchase orders and edit drafts',
      grantedTo: ['admin', 'member'],
    },
    {
      name: 'erp.purchase:confirm',
      description: 'Confirm purchase orders (commit to the supplier) and cancel them',
      grantedTo: ['admin'],
    },
    {
      name: 'erp.purchase:receive',
      description: 'Receive goods of confirmed purchase orders into stock',
      grantedTo: ['admin', 'member'],
    },
  ],
});
