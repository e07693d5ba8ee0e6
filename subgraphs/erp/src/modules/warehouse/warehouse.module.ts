import { defineModule } from '@nexora/kit';
import { warehouseResolvers } from './warehouse.resolvers';

/**
 * Warehouses and their locations. Reading them is part of `erp.stock:read` (declared by the stock
 * module); shaping them (codes, negative-stock policy, deletion) is an administrator's job.
 */
export default defineModule({
  name: 'warehouse',
  resolvers: warehouseResolvers,
  mappers: {
    Warehouse: './warehouse.types#WarehouseRow',
    StockLocation: './warehouse.types#LocationRow',
  },
  permissions: [
    {
      name: 'erp.warehouse:write',
      description: 'Create, change and delete warehouses and their locations, and allow negative stock',
      grantedTo: ['admin'],
    },
  ],
});
