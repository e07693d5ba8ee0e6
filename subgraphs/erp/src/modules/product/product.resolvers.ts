import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid } from '@nexora/kit';
import { toMoney } from '../invoice/money';
import { productByIdLoader } from './product.loaders';
import { findProduct, listProducts } from './product-list.service';
import { createProduct, updateProduct } from './product.service';

export const productResolvers: Resolvers = {
  Query: {
    products: (_root, args, ctx) => listProducts(ctx, args),
    product: (_root, { id }, ctx) => findProduct(ctx, id),
  },
  Mutation: {
    createProduct: (_root, { input }, ctx) => createProduct(ctx, input),
    updateProduct: (_root, { input }, ctx) => updateProduct(ctx, input),
  },
  Product: {
    // A reference that is not a UUID cannot name a product: null, like any unknown id.
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? productByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    costPrice: (product) => toMoney(product.costPrice, product.currency),
    salePrice: (product) => toMoney(product.salePrice, product.currency),
    createdAt: (product) => product.createdAt.toISOString(),
    updatedAt: (product) => product.updatedAt.toISOString(),
  },
};
