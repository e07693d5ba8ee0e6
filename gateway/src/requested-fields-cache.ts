import {
  getVariableValues,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { LRUCache } from 'lru-cache';
import { requestedFields, type RequestedField } from './requested-fields';

type Variables = Record<string, unknown>;

interface DocumentFields {
  /** The variables @skip/@include read anywhere in the document, sorted; usually none. */
  conditionVariables: readonly string[];
  /** The operation's requested fields, per combination of those variables' coerced values. */
  byConditions: Map<string, readonly RequestedField[]>;
}

// Boolean conditions give few combinations; a cap keeps a document with many of them bounded too.
const MAX_CONDITION_COMBINATIONS = 16;

/** Variables referenced inside @skip/@include arguments: the only way variables change the walk. */
export function conditionVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        visit(node, {
          Variable(variable) {
            names.add(variable.name.value);
          },
        });
      }
      return false;
    },
  });
  return [...names].sort();
}

function unique(fields: RequestedField[]): RequestedField[] {
  const seen = new Set<string>();
  return fields.filter(({ parentType, fieldName }) => {
    const coordinate = `${parentType.name}.${fieldName}`;
    if (seen.has(coordinate)) return false;
    seen.add(coordinate);
    return true;
  });
}

/**
 * Remembers `requestedFields` per (schema, document text, operation, values of the @skip/@include
 * variables): clients send the same few documents over and over, and walking them with TypeInfo
 * was a fixed cost on every request. Only WHICH fields an operation requests is cached; checking
 * them against the caller's tenant and permissions still happens on every request.
 *
 * The walk is a pure function of the schema, the document, the chosen operation and, through
 * @skip/@include only, of the coerced variables (or of their coercion failing, which makes every
 * condition count as selected). The key covers exactly those inputs, so a hit returns what the walk
 * would return. The schema is the map's own key (a supergraph update brings a new schema object and
 * an empty cache); the document is keyed by its text, from which Apollo Server parsed it.
 */
export class RequestedFieldsCache {
  private readonly bySchema = new WeakMap<GraphQLSchema, LRUCache<string, DocumentFields>>();

  constructor(
    private readonly maxDocuments = 1_000,
    /** Longer documents are walked every time, so the cache holds at most ~maxDocuments × this. */
    private readonly maxSourceLength = 16_384,
  ) {}

  fieldsOf(
    schema: GraphQLSchema,
    source: string,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variableInputs: Variables,
  ): readonly RequestedField[] {
    if (source.length > this.maxSourceLength) {
      return requestedFields(schema, document, operation, variableInputs);
    }
    let documents = this.bySchema.get(schema);
    if (!documents) {
      documents = new LRUCache<string, DocumentFields>({ max: this.maxDocuments });
      this.bySchema.set(schema, documents);
    }
    // A document has at most one anonymous operation, and names cannot contain a newline.
    const documentKey = `${operation.name?.value ?? ''}\n${source}`;
    let entry = documents.get(documentKey);
    if (!entry) {
      entry = { conditionVariables: conditionVariables(document), byConditions: new Map() };
      documents.set(documentKey, entry);
    }
    const conditionsKey = this.conditionsKey(schema, operation, entry.conditionVariables, variableInputs);
    let fields = entry.byConditions.get(conditionsKey);
    if (!fields) {
      fields = unique(requestedFields(schema, document, operation, variableInputs));
      if (entry.byConditions.size >= MAX_CONDITION_COMBINATIONS) entry.byConditions.clear();
      entry.byConditions.set(conditionsKey, fields);
    }
    return fields;
  }

  /** The coerced values the walk's @skip/@include evaluation will see, as a string. */
  private conditionsKey(
    schema: GraphQLSchema,
    operation: OperationDefinitionNode,
    names: readonly string[],
    inputs: Variables,
  ): string {
    if (names.length === 0) return '';
    const { coerced } = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
    // The walk treats uncoercible variables as unknown: every condition then counts as selected.
    if (!coerced) return '!';
    return names
      .map((name) => (Object.hasOwn(coerced, name) ? JSON.stringify(coerced[name]) : '-'))
      .join(',');
  }
}
