import {
  GraphQLError,
  Kind,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface OperationLimits {
  /** Deepest field nesting allowed (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Aliased fields allowed per operation; aliases are how one request asks for the same work many times. */
  maxAliases: number;
  /** Field selections per operation, counted with every fragment spread expanded where it is used. */
  maxFields: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 12, maxAliases: 30, maxFields: 1_000 };

interface Tally {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Refuses operations whose shape alone makes them expensive, before any subgraph is called. Without
 * it a 100 KB document of aliased list fields keeps every subgraph and Postgres busy for seconds.
 * Counting expands fragments where they are spread, so hiding the repetition in fragments does not help.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const tally: Tally = { depth: 0, aliases: 0, fields: 0 };
      const exceeded = () =>
        tally.depth > limits.maxDepth || tally.aliases > limits.maxAliases || tally.fields > limits.maxFields;
      const walk = (selectionSet: SelectionSetNode, depth: number, spreading: ReadonlySet<string>): void => {
        for (const selection of selectionSet.selections) {
          if (exceeded()) return;
          if (selection.kind === Kind.FIELD) {
            // Introspection is answered by the gateway from memory and is nested by nature (type refs).
            if (selection.name.value.startsWith('__')) continue;
            tally.fields += 1;
            if (selection.alias) tally.aliases += 1;
            tally.depth = Math.max(tally.depth, depth);
            if (selection.selectionSet) walk(selection.selectionSet, depth + 1, spreading);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            walk(selection.selectionSet, depth, spreading);
          } else {
            const name = selection.name.value;
            // A fragment cycle is reported by graphql-js's own NoFragmentCycles rule.
            if (spreading.has(name)) continue;
            const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
            if (fragment) walk(fragment.selectionSet, depth, new Set([...spreading, name]));
          }
        }
      };
      walk(operation.selectionSet, 1, new Set());
      const problems: string[] = [];
      if (tally.depth > limits.maxDepth) problems.push(`nests fields deeper than ${limits.maxDepth} levels`);
      if (tally.aliases > limits.maxAliases) problems.push(`uses more than ${limits.maxAliases} aliases`);
      if (tally.fields > limits.maxFields) problems.push(`selects more than ${limits.maxFields} fields`);
      if (problems.length > 0) {
        const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
        context.reportError(
          new GraphQLError(`${name} ${problems.join(' and ')}; split it into smaller requests.`, {
            nodes: [operation],
          }),
        );
      }
    },
  });
}
