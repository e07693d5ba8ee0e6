import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { assertAllowed, graphqlError, httpStatusFor, type ErrorCode } from '@nexora/kit';
import type { AccessRuleMap } from './access-rules';
import type { GatewayContext } from './gateway-context';
import { RequestedFieldsCache } from './requested-fields-cache';

/** The kit's refusal, carrying the HTTP status Apollo Server should answer with (401 or 403). */
function withHttpStatus(error: GraphQLError): GraphQLError {
  const code = (error.extensions.code ?? 'FORBIDDEN') as ErrorCode;
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { status: httpStatusFor(code) } },
  });
}

/**
 * Refuses an operation before it is planned when any field it requests demands more than the
 * caller has (@tenantScoped: a tenant; @requiresPermission: that permission). Fields without a
 * directive are public, and fields the operation does not request do not count. The subgraphs
 * enforce the same directives again; this check spares them the work and answers with 401/403.
 */
export function accessControlPlugin(
  currentRules: () => AccessRuleMap | null,
  fieldsCache = new RequestedFieldsCache(),
): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, source, document, operation, request, contextValue }) {
          const rules = currentRules();
          if (!rules) {
            // Fail closed: without rules the gateway cannot tell public fields from protected ones.
            throw graphqlError('INTERNAL_SERVER_ERROR', 'Access rules are not loaded.');
          }
          // Apollo Server refuses a document without a matching operation before this hook.
          if (!operation) return;
          // Which fields the operation requests is cached; whether this caller may have them is not.
          for (const { parentType, fieldName } of fieldsCache.fieldsOf(
            schema,
            source,
            document,
            operation,
            request.variables ?? {},
          )) {
            const rule = rules.ruleFor(schema, parentType, fieldName);
            try {
              assertAllowed(rule, contextValue.caller, `${parentType.name}.${fieldName}`);
            } catch (error) {
              if (error instanceof GraphQLError) throw withHttpStatus(error);
              throw error;
            }
          }
        },
      };
    },
  };
}
