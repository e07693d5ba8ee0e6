import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLSchema,
} from 'graphql';

const average = (counts: number[]) =>
  counts.length === 0 ? 1 : Math.max(1, Math.ceil(counts.reduce((sum, n) => sum + n, 0) / counts.length));

const cache = new WeakMap<GraphQLSchema, ReadonlyMap<string, number>>();

/**
 * How long each introspection list of this schema is, as `Type.field` → size: the number of types
 * and directives, and the average number of fields, arguments, enum values... per type. Introspection
 * is answered from the schema in memory, so its size is known exactly in total and on average per
 * element; a generic default list size would overestimate the standard introspection query ~10×.
 */
export function introspectionListSizes(schema: GraphQLSchema): ReadonlyMap<string, number> {
  const known = cache.get(schema);
  if (known) return known;
  const types = Object.values(schema.getTypeMap());
  const withFields = types.filter((type) => isObjectType(type) || isInterfaceType(type));
  const fields = withFields.flatMap((type) => Object.values(type.getFields()));
  const directives = schema.getDirectives();
  const sizes = new Map<string, number>([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', average(withFields.map((type) => Object.keys(type.getFields()).length))],
    ['__Type.interfaces', average(withFields.map((type) => type.getInterfaces().length))],
    [
      '__Type.possibleTypes',
      average(
        types
          .filter((type) => isInterfaceType(type) || isUnionType(type))
          .map((type) => schema.getPossibleTypes(type).length),
      ),
    ],
    ['__Type.enumValues', average(types.filter(isEnumType).map((type) => type.getValues().length))],
    [
      '__Type.inputFields',
      average(types.filter(isInputObjectType).map((type) => Object.keys(type.getFields()).length)),
    ],
    ['__Field.args', average(fields.map((field) => field.args.length))],
    ['__Directive.args', average(directives.map((directive) => directive.args.length))],
  ]);
  cache.set(schema, sizes);
  return sizes;
}
