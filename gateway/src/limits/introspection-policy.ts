import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlError } from '@nexora/kit';
import type { GatewayContext } from '../gateway-context';
import { measureOperation } from './operation-measure';

/**
 * Who may introspect the schema: everyone (`true`), nobody (`false`, Apollo Server then refuses
 * `__schema`/`__type` at validation) or, by default, signed-in callers only. Typed-query tooling
 * works from the committed schema/api.graphql or with a developer's token; an anonymous stranger
 * has no use for the whole schema and it is the largest answer the gateway can give for free.
 */
export type IntrospectionPolicy = boolean | 'authenticated';

export function introspectionPolicyPlugin(policy: IntrospectionPolicy): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      if (policy !== 'authenticated') return {};
      return {
        async didResolveOperation({ schema, document, operation, contextValue }) {
          if (!operation || contextValue.caller.userId !== null) return;
          const { introspectionFields } = measureOperation(schema, document, operation);
          if (introspectionFields === 0) return;
          throw graphqlError(
            'UNAUTHENTICATED',
            'Schema introspection needs a signed-in caller; sign in, or generate clients from schema/api.graphql.',
            { http: { status: 401 } },
          );
        },
      };
    },
  };
}
