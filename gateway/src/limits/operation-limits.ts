import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import { measureOperation, type OperationMeasure } from './operation-measure';

export interface OperationLimits {
  /** Lexical tokens per document, enforced by the parser before anything else looks at it. */
  maxTokens: number;
  /** Deepest field nesting allowed (`{ a { b } }` is 2). */
  maxDepth: number;
  /** Aliased fields allowed per operation; aliases are how one request asks for the same work many times. */
  maxAliases: number;
  /** Field selections per operation, counted with every fragment spread expanded where it is used. */
  maxFields: number;
  /** Fields selected on the root type of a query or subscription. */
  maxRootFields: number;
  /** Fields selected on the mutation type: each is a separate write (or sign-in attempt). */
  maxMutationRootFields: number;
  /** `__schema` selections per operation: one answers every question a client can ask of the schema. */
  maxSchemaFields: number;
  /** The estimated cost (values resolved, lists weighted by their page size) an operation may have. */
  maxCost: number;
  /** The size assumed for a list no argument bounds (introspection lists, `Invoice.lines`...). */
  defaultListSize: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 3_000,
  // The standard introspection query nests 15 deep (TypeRef's ofType chain); cost bounds the rest.
  maxDepth: 15,
  maxAliases: 30,
  maxFields: 1_000,
  maxRootFields: 20,
  maxMutationRootFields: 5,
  maxSchemaFields: 1,
  // A page of 100 invoices with lines and customers costs ~5,000; the standard introspection
  // query ~34,000 on today’s schema; three nested 100-item lists ~5,000,000.
  maxCost: 100_000,
  defaultListSize: 10,
};

/** What exceeded, for `extensions.limit`: clients and logs branch on it, people read the message. */
export type LimitName = 'depth' | 'aliases' | 'fields' | 'rootFields' | 'schemaFields' | 'cost';

export interface LimitProblem {
  limit: LimitName;
  maximum: number;
  message: string;
}

/** The shape limits `measure` passes, in the order the message lists them. */
export function shapeProblems(measure: OperationMeasure, isMutation: boolean, limits: OperationLimits) {
  const problems: LimitProblem[] = [];
  const stopped = measure.stoppedAt;
  if (stopped === 'depth' || measure.depth > limits.maxDepth)
    problems.push({
      limit: 'depth',
      maximum: limits.maxDepth,
      message: `nests fields deeper than ${limits.maxDepth} levels`,
    });
  if (stopped === 'aliases' || measure.aliases > limits.maxAliases)
    problems.push({
      limit: 'aliases',
      maximum: limits.maxAliases,
      message: `uses more than ${limits.maxAliases} aliases`,
    });
  if (stopped === 'fields' || measure.fields > limits.maxFields)
    problems.push({
      limit: 'fields',
      maximum: limits.maxFields,
      message: `selects more than ${limits.maxFields} fields`,
    });
  const maxRoot = isMutation ? limits.maxMutationRootFields : limits.maxRootFields;
  if (measure.rootFields > maxRoot)
    problems.push({
      limit: 'rootFields',
      maximum: maxRoot,
      message: `selects more than ${maxRoot} root ${isMutation ? 'mutation ' : ''}fields`,
    });
  if (measure.schemaFields > limits.maxSchemaFields)
    problems.push({
      limit: 'schemaFields',
      maximum: limits.maxSchemaFields,
      message: `selects __schema more than ${limits.maxSchemaFields === 1 ? 'once' : `${limits.maxSchemaFields} times`}`,
    });
  return problems;
}

/**
 * Refuses operations whose shape alone makes them expensive, before any subgraph is called. Without
 * it a 100 KB document of aliased list fields keeps every subgraph and Postgres busy for seconds.
 * Counting expands fragments where they are spread (so hiding repetition in fragments does not
 * help) but computes each fragment once, so the check itself costs time linear in the document.
 * Apollo Server caches validated documents, so a document is measured here once. The cost, which
 * depends on variables, is checked per request by `operationCostPlugin`.
 */
export function operationLimitsRule(limits: OperationLimits): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const measure = measureOperation(context.getSchema(), context.getDocument(), operation, {
        defaultListSize: limits.defaultListSize,
        stopAt: { depth: limits.maxDepth, aliases: limits.maxAliases, fields: limits.maxFields },
      });
      const problems = shapeProblems(measure, operation.operation === 'mutation', limits);
      if (problems.length === 0) return;
      const name = operation.name ? `Operation "${operation.name.value}"` : 'The operation';
      context.reportError(
        new GraphQLError(
          `${name} ${problems.map((problem) => problem.message).join(' and ')}; split it into smaller requests.`,
          {
            nodes: [operation],
            extensions: { limit: problems[0].limit, maximum: problems[0].maximum },
          },
        ),
      );
    },
  });
}
