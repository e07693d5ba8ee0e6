import { forbidden, tenantOf } from '@nexora/kit';
import type { Resolvers } from '../../__generated__/resolvers-types';
import { memberUserById } from '../user/user.loaders';
import { apiKeyPrefix } from './api-key.format';
import { apiKeyStatus, createApiKey, listApiKeys, revokeApiKey } from './api-key.service';
import { verifyApiKey } from './api-key.verification';

export const apiKeyResolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, args, ctx) => listApiKeys(ctx, tenantOf(ctx), args),
    _verifyApiKey: (_parent, { key }, ctx) => {
      // The gateway checks a key before it knows any tenant or user; a context carrying one is not that check.
      if (ctx.caller.tenantId || ctx.caller.userId) throw forbidden('Only the gateway verifies API keys.');
      return verifyApiKey(ctx, key);
    },
  },
  Mutation: {
    createApiKey: (_parent, { input }, ctx) => createApiKey(ctx, tenantOf(ctx), input),
    revokeApiKey: (_parent, { input }, ctx) => revokeApiKey(ctx, tenantOf(ctx), input),
  },
  ApiKey: {
    prefix: (key) => apiKeyPrefix(key.publicId),
    status: (key) => apiKeyStatus(key),
    limits: (key) => ({ requestsPerMinute: key.requestsPerMinute, costPerMinute: key.costPerMinute }),
    // Null once the creator has left the tenant: the loader only resolves members of the caller's tenant.
    createdBy: (key, _args, ctx) => (key.createdBy ? memberUserById(ctx).load(key.createdBy) : null),
    createdAt: (key) => key.createdAt.toISOString(),
    lastUsedAt: (key) => key.lastUsedAt?.toISOString() ?? null,
    expiresAt: (key) => key.expiresAt?.toISOString() ?? null,
    revokedAt: (key) => key.revokedAt?.toISOString() ?? null,
  },
};
