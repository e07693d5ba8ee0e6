import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import { removeForbiddenFields, type FieldCoordinate, type FieldRemoval } from './forbidden-field-removal';

/**
 * Remembers `removeForbiddenFields` per (schema, document text, operation, forbidden fields). The
 * forbidden fields are what the caller's permissions (and tenant) refuse among the fields the
 * operation requests, so the key stands for the (document, permission set) pair while callers with
 * different permissions but the same refusals share one entry. The rewrite does not depend on the
 * variables: @skip/@include are copied onto the markers and decided by execution. The schema is the
 * map's own key, so a supergraph update starts an empty cache.
 */
export class FieldRemovalCache {
  private readonly bySchema = new WeakMap<GraphQLSchema, LRUCache<string, FieldRemoval>>();

  constructor(
    private readonly maxEntries = 1_000,
    /** Longer documents are rewritten every time, so the cache holds at most ~maxEntries × this. */
    private readonly maxSourceLength = 16_384,
  ) {}

  removalFor(
    schema: GraphQLSchema,
    source: string,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    forbidden: ReadonlySet<FieldCoordinate>,
  ): FieldRemoval {
    if (source.length > this.maxSourceLength) {
      return removeForbiddenFields(schema, document, operation, forbidden);
    }
    let entries = this.bySchema.get(schema);
    if (!entries) {
      entries = new LRUCache<string, FieldRemoval>({ max: this.maxEntries });
      this.bySchema.set(schema, entries);
    }
    // Names and coordinates cannot contain a newline, so the three parts cannot run into each other.
    const key = `${operation.name?.value ?? ''}\n${[...forbidden].sort().join(',')}\n${source}`;
    let removal = entries.get(key);
    if (!removal) {
      removal = removeForbiddenFields(schema, document, operation, forbidden);
      entries.set(key, removal);
    }
    return removal;
  }
}
