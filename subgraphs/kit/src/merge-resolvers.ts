import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';

/** Two modules answer the same field (or the same scalar): one of them would be silently dropped. */
export class ResolverClashError extends Error {
  constructor(
    readonly coordinate: string,
    readonly owners: [string, string],
  ) {
    super(`Resolver clash: ${coordinate} is resolved by both "${owners[0]}" and "${owners[1]}"`);
    this.name = 'ResolverClashError';
  }
}

export interface NamedResolvers<TContext> {
  /** Who contributes these resolvers (a module name), for the clash message. */
  name: string;
  resolvers: GraphQLResolverMap<TContext>;
}

function isFieldMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

/**
 * Joins modules' resolver maps per type and field. Several modules may add fields to one type
 * (`Query`, `Mutation`, an entity); a field (or `__resolveReference`, or a scalar) answered by two
 * modules throws instead of letting the later one win.
 */
export function mergeResolvers<TContext>(
  parts: ReadonlyArray<NamedResolvers<TContext>>,
): GraphQLResolverMap<TContext> {
  const merged: Record<string, unknown> = {};
  const ownerOf = new Map<string, string>();
  const claim = (coordinate: string, owner: string) => {
    const previous = ownerOf.get(coordinate);
    if (previous !== undefined) throw new ResolverClashError(coordinate, [previous, owner]);
    ownerOf.set(coordinate, owner);
  };
  for (const { name, resolvers } of parts) {
    for (const [typeName, value] of Object.entries(resolvers)) {
      if (!isFieldMap(value)) {
        // A scalar or enum value map given as a whole: exactly one module may define it.
        claim(typeName, name);
        merged[typeName] = value;
        continue;
      }
      if (typeName in merged && !isFieldMap(merged[typeName])) claim(typeName, name);
      const fields = (merged[typeName] ?? {}) as Record<string, unknown>;
      for (const [fieldName, resolver] of Object.entries(value)) {
        claim(`${typeName}.${fieldName}`, name);
        fields[fieldName] = resolver;
      }
      merged[typeName] = fields;
    }
  }
  return merged as GraphQLResolverMap<TContext>;
}
