import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid } from '@nexora/kit';
import { companyByIdLoader } from './company.loaders';
import { createCompany, findCompany, listCompanies, updateCompany } from './company.service';

export const companyResolvers: Resolvers = {
  Query: {
    company: (_root, { id }, ctx) => findCompany(ctx, id),
    companies: (_root, args, ctx) => listCompanies(ctx, args),
  },
  Mutation: {
    createCompany: (_root, { input }, ctx) => createCompany(ctx, input),
    updateCompany: (_root, { input }, ctx) => updateCompany(ctx, input),
  },
  Company: {
    // A reference that is not a UUID cannot name a company: null, like any unknown id.
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? companyByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    owner: (company) => (company.ownerId ? { __typename: 'User', id: company.ownerId } : null),
    address: (company) => {
      const address = {
        street: company.addressStreet,
        city: company.addressCity,
        postalCode: company.addressPostalCode,
        region: company.addressRegion,
        country: company.addressCountry,
      };
      return Object.values(address).some((part) => part !== null) ? address : null;
    },
    createdAt: (company) => company.createdAt.toISOString(),
    updatedAt: (company) => company.updatedAt.toISOString(),
  },
};
