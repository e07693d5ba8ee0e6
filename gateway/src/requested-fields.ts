import {
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type FragmentSpreadNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type OperationDefinitionNode,
} from 'graphql';

export interface RequestedField {
  parentType: GraphQLCompositeType;
  fieldName: string;
}

type Variables = Record<string, unknown>;

export function coercedVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Variables,
): Variables | undefined {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  return result.coerced;
}

/** False only when @skip/@include certainly drop the selection; unknown values count as selected. */
export function isSelected(
  node: FieldNode | InlineFragmentNode | FragmentSpreadNode,
  variables: Variables | undefined,
): boolean {
  try {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    if (getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if === false) return false;
  } catch {
    // Fail closed: a condition the gateway cannot evaluate keeps the field in the check.
  }
  return true;
}

/**
 * Every field the operation can execute, with the type it is selected on: the operation's own
 * selections plus every fragment reachable from it (nested spreads included), leaving out what
 * @skip/@include remove and introspection meta fields. Fragments only another operation in the
 * document uses are not counted.
 */
export function requestedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variableInputs: Variables = {},
): RequestedField[] {
  const variables = coercedVariables(schema, operation, variableInputs);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fields: RequestedField[] = [];
  const pending: Array<OperationDefinitionNode | FragmentDefinitionNode> = [operation];
  const queued = new Set<string>();
  while (pending.length > 0) {
    const root = pending.pop() as OperationDefinitionNode | FragmentDefinitionNode;
    const typeInfo = new TypeInfo(schema);
    visit(
      root,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          if (!isSelected(node, variables)) return false;
          const parentType = typeInfo.getParentType();
          if (parentType && !node.name.value.startsWith('__'))
            fields.push({ parentType, fieldName: node.name.value });
          return undefined;
        },
        InlineFragment(node) {
          return isSelected(node, variables) ? undefined : false;
        },
        FragmentSpread(node) {
          if (!isSelected(node, variables)) return false;
          const name = node.name.value;
          const fragment = fragments.get(name);
          if (fragment && !queued.has(name)) {
            queued.add(name);
            pending.push(fragment);
          }
          return undefined;
        },
      }),
    );
  }
  return fields;
}
