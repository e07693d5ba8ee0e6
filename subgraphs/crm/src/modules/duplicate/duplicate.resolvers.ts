import type { Resolvers } from '../../__generated__/resolvers-types';
import type { CompanyEntity } from '../company/company.entity';
import type { PersonEntity } from '../person/person.entity';
import { candidateCompanies, candidatePeople, duplicateCandidates } from './candidates.service';
import { mergeCompanies, mergePeople } from './merge.service';

export const duplicateResolvers: Resolvers = {
  Query: {
    duplicateCandidates: (_root, { entity, first }, ctx) => duplicateCandidates(ctx, entity, first),
  },
  Mutation: {
    mergeCompanies: (_root, { input }, ctx) => mergeCompanies(ctx, input),
    mergePeople: (_root, { input }, ctx) => mergePeople(ctx, input),
  },
  DuplicateCandidate: {
    // A record merged or deleted since the pair was found is simply left out.
    companies: async (candidate, _args, ctx) =>
      (await candidateCompanies(ctx, candidate)).filter((row): row is CompanyEntity => isRecord(row)),
    people: async (candidate, _args, ctx) =>
      (await candidatePeople(ctx, candidate)).filter((row): row is PersonEntity => isRecord(row)),
  },
};

function isRecord(row: unknown): boolean {
  return row !== null && !(row instanceof Error);
}
