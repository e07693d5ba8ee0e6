import { defineModule } from '@nexora/kit';
import { supplierBillResolvers } from './supplier-bill.resolvers';

/**
 * Supplier bills matched to purchase order lines (ordered ≥ received ≥ billed), each posted to the
 * ledger as it is recorded: Dr goods received not billed, Dr tax receivable, Cr payable, with the
 * price difference to the inventory adjustments account.
 */
export default defineModule({
  name: 'supplier-bill',
  resolvers: supplierBillResolvers,
  mappers: {
    SupplierBill: './supplier-bill.types#SupplierBillRow',
    SupplierBillLine: './supplier-bill.types#SupplierBillLineRow',
  },
  permissions: [
    {
      name: 'erp.bill:write',
      description: 'Record and post supplier bills against received purchase orders',
      grantedTo: ['admin'],
    },
  ],
});
