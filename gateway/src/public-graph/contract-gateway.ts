import type { ApolloGateway } from '@apollo/gateway';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { publicContractSchema, type Logger } from '@nexora/kit';
import {
  execute,
  Kind,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../gateway-context';

/** What Apollo Server needs of a gateway (`@apollo/server-gateway-interface`). */
export type GatewayInterface = ApolloServerOptionsWithGateway<GatewayContext>['gateway'];
type SchemaListener = Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0];
type LoadResult = Awaited<ReturnType<GatewayInterface['load']>>;
type GatewayExecutor = NonNullable<LoadResult['executor']>;

/** Root field names of `operation`, fragments included (they may only spread on the root type here). */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return names;
}

/**
 * The partner graph's "gateway" for Apollo Server: the contract (`publicContractSchema`, the same
 * derivation `npm run compose` prints to schema/public.graphql) as the schema operations are
 * validated against, so a field outside it fails validation (GRAPHQL_VALIDATION_FAILED) before any
 * plan exists; and, for execution, the main @apollo/gateway (a valid contract operation is a valid
 * API operation: same plan, same signed fetches). Introspection is the one exception: the main
 * gateway would answer it from the whole API schema, so operations asking only for `__` fields
 * are answered here, from the contract.
 */
export interface ContractGateway extends GatewayInterface {
  /** Why there is no contract to serve (no `@tag(public)` Query field, invalid tags), or null. */
  problem(): string | null;
}

export function contractGateway(main: ApolloGateway, logger: Logger): ContractGateway {
  let current: { contract: GraphQLSchema; coreSupergraphSdl: string } | null = null;
  let problem: string | null = null;
  const listeners = new Set<SchemaListener>();
  main.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
    try {
      current = { contract: publicContractSchema(apiSchema, coreSupergraphSdl), coreSupergraphSdl };
      problem = null;
    } catch (error) {
      // Keep serving the previous contract (if any) rather than a wrong one.
      problem = (error as Error).message;
      if (current) logger.error({ err: error }, 'the new supergraph’s public tags do not form a contract');
      return;
    }
    for (const listener of listeners) listener({ apiSchema: current.contract, coreSupergraphSdl });
  });

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, request } = requestContext;
    const introspectionOnly =
      current !== null &&
      operation !== undefined &&
      rootFieldNames(document, operation).every((name) => name.startsWith('__'));
    if (!introspectionOnly || !current) return main.executor(requestContext);
    return execute({
      schema: current.contract,
      document,
      operationName: request.operationName,
      variableValues: request.variables,
    });
  };

  return {
    problem: () => (current ? null : (problem ?? 'the main gateway has not loaded a supergraph yet')),
    onSchemaLoadOrUpdate: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // The main gateway has loaded by now (its Apollo Server starts first).
    load: async () => {
      if (!current) {
        throw new Error(
          `The partner graph has no contract: ${problem ?? 'the main gateway has not loaded a supergraph yet'}`,
        );
      }
      const loaded = current;
      for (const listener of listeners)
        listener({ apiSchema: loaded.contract, coreSupergraphSdl: loaded.coreSupergraphSdl });
      return { executor };
    },
    // The main gateway is stopped by its own server.
    stop: async () => {
      listeners.clear();
    },
  };
}
