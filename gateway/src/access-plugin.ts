import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { graphqlError } from '@nexora/kit';
import type { AccessRuleMap } from './access-rules';
import {
  authorizationCaches,
  authorizeOperation,
  type AccessDecision,
} from './authorization/field-authorization';
import { completeWithRemovedFields } from './authorization/forbidden-field-results';
import type { GatewayContext } from './gateway-context';
import { RequestedFieldsCache } from './requested-fields-cache';

/**
 * What @apollo/gateway reads from the request context when it plans and executes (at call time):
 * the document it plans, and `queryHash`, which keys its query-plan cache. Apollo Server types them
 * read-only; the access check replaces them for an operation it has rewritten.
 */
interface PlannedRequest {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  queryHash: string;
}

/**
 * Authorization before fan-out, field by field (@tenantScoped: a tenant; @requiresPermission: that
 * permission; fields without a directive are public and fields the operation does not request do
 * not count). A field the caller may not have is removed from the operation before it is planned,
 * so its subgraph is never asked for it; the response carries the rest of the data, `null` in its
 * place and a FORBIDDEN error with its path. Some requests are still refused whole (401/403, see
 * `authorizeOperation`). The subgraphs enforce the same directives again.
 */
export function accessControlPlugin(
  currentRules: () => AccessRuleMap | null,
  fieldsCache = new RequestedFieldsCache(),
): ApolloServerPlugin<GatewayContext> {
  const caches = authorizationCaches(fieldsCache);
  return {
    async requestDidStart() {
      let partial: Extract<AccessDecision, { kind: 'partial' }> | null = null;
      return {
        async didResolveOperation(requestContext) {
          const { schema, source, document, operation, request, contextValue } = requestContext;
          const rules = currentRules();
          if (!rules) {
            // Fail closed: without rules the gateway cannot tell public fields from protected ones.
            throw graphqlError('INTERNAL_SERVER_ERROR', 'Access rules are not loaded.');
          }
          // Apollo Server refuses a document without a matching operation before this hook.
          if (!operation) return;
          const decision = authorizeOperation(
            { schema, source, document, operation, variables: request.variables ?? {} },
            rules,
            contextValue.caller,
            caches,
          );
          if (decision.kind === 'refused') throw decision.error;
          if (decision.kind === 'allowed') return;
          partial = decision;
          // Plan the rewritten operation, under a plan-cache key of its own (never the original's plan).
          const planned = requestContext as unknown as PlannedRequest;
          planned.document = decision.removal.document;
          planned.operation = decision.removal.operation;
          planned.queryHash = decision.removal.queryHash;
        },
        // Synchronous up to the end, so plugins after this one (the refused-request status, the log
        // record) see the completed result.
        async willSendResponse({ response }) {
          if (!partial || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const { data, errors } = completeWithRemovedFields(
            result.data,
            partial.removal.occurrences,
            partial.refusals,
          );
          const allErrors = [...errors, ...(result.errors ?? [])];
          response.body.singleResult = {
            ...result,
            data,
            errors: allErrors.length > 0 ? allErrors : undefined,
          };
        },
      };
    },
  };
}
