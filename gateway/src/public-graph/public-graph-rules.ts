import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import { rootFieldNames } from './contract-gateway';

const SCHEMA_FIELDS = new Set(['__schema', '__type']);

function validationError(
  message: string,
  context: ValidationContext,
  node: Parameters<typeof rootFieldNames>[1],
) {
  context.reportError(
    new GraphQLError(message, { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
  );
}

/**
 * An operation of a kind the contract has no root type for (the partner graph is read-only: no
 * mutations, no subscriptions). graphql-js leaves this to execution; here it is a validation error,
 * like any other element outside the contract.
 */
export function contractOperationTypeRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      if (context.getSchema().getRootType(operation.operation)) return;
      validationError(
        `The partner graph has no ${operation.operation} operations; it is read-only.`,
        context,
        operation,
      );
    },
  };
}

/**
 * On the partner graph `__schema` and `__type` must be asked in an operation of their own: such an
 * operation is answered from the contract, while one that also reads data runs through the main
 * gateway, whose introspection would describe the whole API schema instead of the contract.
 */
export function introspectionApartRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const names = rootFieldNames(context.getDocument(), operation);
      if (!names.some((name) => SCHEMA_FIELDS.has(name))) return;
      if (names.every((name) => name.startsWith('__'))) return;
      validationError(
        'Ask for __schema or __type in an operation of its own, without data fields.',
        context,
        operation,
      );
    },
  };
}
