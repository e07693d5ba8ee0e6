import type { Resolvers } from '../../__generated__/resolvers-types';
import { isUuid, pageSize, planKeyset } from '@nexora/kit';
import { companyByIdLoader } from '../company/company.loaders';

import { PERSON_SORT } from './person-sort';
import { companyPeopleLoader, personByIdLoader } from './person.loaders';
import { createPerson, deletePerson, findPerson, listPeople, updatePerson } from './person.service';

export const personResolvers: Resolvers = {
  Query: {
    person: (_root, { id }, ctx) => findPerson(ctx, id),
    people: (_root, args, ctx) => listPeople(ctx, args),
  },
  Mutation: {
    createPerson: (_root, { input }, ctx) => createPerson(ctx, input),
    updatePerson: (_root, { input }, ctx) => updatePerson(ctx, input),
    deletePerson: (_root, { input }, ctx) => deletePerson(ctx, input),
  },
  Company: {
    people: (company, { first, after }, ctx) => {
      const size = pageSize(first);
      // Checked here, so a bad cursor is this field's BAD_USER_INPUT, not a failed batch.
      planKeyset(PERSON_SORT, { field: 'NAME' }, after, []);
      return companyPeopleLoader(ctx).load({ companyId: company.id, size, after: after ?? null });
    },
  },
  Person: {
    // A reference that is not a UUID cannot name a person: null, like any unknown id.
    __resolveReference: (reference, ctx) =>
      isUuid(reference.id) ? personByIdLoader(ctx).load(reference.id.toLowerCase()) : null,
    primaryEmail: (person) => person.emails[0] ?? null,
    company: (person, _args, ctx) =>
      person.companyId ? companyByIdLoader(ctx).load(person.companyId) : null,
    owner: (person) => (person.ownerId ? { __typename: 'User', id: person.ownerId } : null),
    createdAt: (person) => person.createdAt.toISOString(),
    updatedAt: (person) => person.updatedAt.toISOString(),
  },
};
