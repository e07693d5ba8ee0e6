import type { Resolvers } from '../../__generated__/resolvers-types';
import { createStockLocation, deleteStockLocation, updateStockLocation } from './location.service';
import { defaultLocationLoader, warehouseByIdLoader } from './warehouse.loaders';
import { findLocation, findWarehouse, listLocations, listWarehouses } from './warehouse-list.service';
import { createWarehouse, deleteWarehouse, updateWarehouse } from './warehouse.service';

export const warehouseResolvers: Resolvers = {
  Query: {
    warehouses: (_root, args, ctx) => listWarehouses(ctx, args),
    warehouse: (_root, { id }, ctx) => findWarehouse(ctx, id),
    stockLocation: (_root, { id }, ctx) => findLocation(ctx, id),
  },
  Mutation: {
    createWarehouse: (_root, { input }, ctx) => createWarehouse(ctx, input),
    updateWarehouse: (_root, { input }, ctx) => updateWarehouse(ctx, input),
    deleteWarehouse: (_root, { input }, ctx) => deleteWarehouse(ctx, input),
    createStockLocation: (_root, { input }, ctx) => createStockLocation(ctx, input),
    updateStockLocation: (_root, { input }, ctx) => updateStockLocation(ctx, input),
    deleteStockLocation: (_root, { input }, ctx) => deleteStockLocation(ctx, input),
  },
  Warehouse: {
    defaultLocation: async (warehouse, _args, ctx) => {
      const location = await defaultLocationLoader(ctx).load(warehouse.id);
      if (!location) throw new Error(`Warehouse ${warehouse.id} has no default location`);
      return location;
    },
    locations: (warehouse, args, ctx) => listLocations(ctx, warehouse, args),
    createdAt: (warehouse) => warehouse.createdAt.toISOString(),
    updatedAt: (warehouse) => warehouse.updatedAt.toISOString(),
  },
  StockLocation: {
    warehouse: async (location, _args, ctx) => {
      const warehouse = await warehouseByIdLoader(ctx).load(location.warehouseId);
      if (!warehouse) throw new Error(`Location ${location.id} has no warehouse`);
      return warehouse;
    },
    fullCode: async (location, _args, ctx) => {
      const warehouse = await warehouseByIdLoader(ctx).load(location.warehouseId);
      return `${warehouse?.code ?? '?'}/${location.code}`;
    },
    createdAt: (location) => location.createdAt.toISOString(),
  },
};
