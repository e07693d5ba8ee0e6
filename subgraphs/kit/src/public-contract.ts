import {
  buildASTSchema,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
  printSchema,
  validateSchema,
  type DefinitionNode,
  type DirectiveNode,
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

/** The tag that puts a field (or a whole type) in the partner graph: `@tag(name: "public")`. */
export const PUBLIC_TAG = 'public';

const PARTNER_QUERY_DESCRIPTION =
  'The partner graph, read-only: data of the API key’s tenant, as far as the key’s scopes allow.';

/** Where `@tag(name: ...)` appears in the supergraph: whole types, and `Type.field` coordinates. */
interface TaggedElements {
  types: Set<string>;
  fields: Set<string>;
}

function hasTag(directives: readonly DirectiveNode[] | undefined, tag: string): boolean {
  return (directives ?? []).some(
    (directive) =>
      directive.name.value === 'tag' &&
      directive.arguments?.some(
        (argument) =>
          argument.name.value === 'name' &&
          argument.value.kind === Kind.STRING &&
          argument.value.value === tag,
      ),
  );
}

/**
 * Composition keeps `@tag` in the supergraph (a core feature) but the API schema drops it, so the
 * tags are read from the supergraph SDL and applied to the API schema by name.
 */
function taggedElements(supergraphSdl: string, tag: string): TaggedElements {
  const tagged: TaggedElements = { types: new Set(), fields: new Set() };
  for (const definition of parse(supergraphSdl).definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    if (hasTag(definition.directives, tag)) tagged.types.add(typeName);
    if (!('fields' in definition)) continue;
    for (const field of definition.fields ?? []) {
      if (hasTag(field.directives, tag)) tagged.fields.add(`${typeName}.${field.name.value}`);
    }
  }
  return tagged;
}

/**
 * The contract's elements: the fields of object and interface types that are tagged (or whose type
 * is), and every type reachable from the root types through those fields and their arguments. An
 * input type comes whole; a union or interface brings the members that have tagged fields.
 */
class ContractWalk {
  readonly reachable = new Set<string>();
  private readonly queue: GraphQLNamedType[] = [];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly tagged: TaggedElements,
  ) {}

  includes(typeName: string, fieldName: string): boolean {
    return this.tagged.types.has(typeName) || this.tagged.fields.has(`${typeName}.${fieldName}`);
  }

  includedFields(type: GraphQLNamedType): Array<GraphQLField<unknown, unknown>> {
    if (!isObjectType(type) && !isInterfaceType(type)) return [];
    return Object.values(type.getFields()).filter((field) => this.includes(type.name, field.name));
  }

  walk(): void {
    for (const root of [
      this.schema.getQueryType(),
      this.schema.getMutationType(),
      this.schema.getSubscriptionType(),
    ]) {
      if (root && this.includedFields(root).length > 0) this.reach(root, null);
    }
    for (let type = this.queue.shift(); type; type = this.queue.shift()) this.visit(type);
  }

  private reach(type: GraphQLNamedType, via: string | null): void {
    if (this.reachable.has(type.name)) return;
    if ((isObjectType(type) || isInterfaceType(type)) && this.includedFields(type).length === 0) {
      throw new Error(
        `${via ?? type.name} is public but its type ${type.name} has no public field: tag some of its fields (or the type) with @tag(name: "${PUBLIC_TAG}").`,
      );
    }
    this.reachable.add(type.name);
    this.queue.push(type);
  }

  private visit(type: GraphQLNamedType): void {
    for (const field of this.includedFields(type)) {
      const coordinate = `${type.name}.${field.name}`;
      this.reach(getNamedType(field.type), coordinate);
      for (const argument of field.args) this.reach(getNamedType(argument.type), coordinate);
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) this.reach(getNamedType(field.type), type.name);
    }
    if (isUnionType(type) || isInterfaceType(type)) {
      for (const member of this.schema.getPossibleTypes(type)) {
        if (this.includedFields(member).length > 0) this.reach(member, type.name);
      }
    }
  }
}

/** The API schema's SDL cut down to the walk's types and fields. */
function filteredDocument(apiSchema: GraphQLSchema, walk: ContractWalk): DocumentNode {
  const document = parse(printSchema(apiSchema));
  const definitions: DefinitionNode[] = [];
  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_DEFINITION: {
        if (!walk.reachable.has(definition.name.value)) break;
        const typeName = definition.name.value;
        definitions.push({
          ...definition,
          // The API's Query describes the whole platform (sign-up, sessions); partners read this instead.
          ...(typeName === apiSchema.getQueryType()?.name
            ? { description: { kind: Kind.STRING, value: PARTNER_QUERY_DESCRIPTION, block: true } }
            : {}),
          interfaces: definition.interfaces?.filter((named) => walk.reachable.has(named.name.value)),
          fields: definition.fields?.filter((field) => walk.includes(typeName, field.name.value)),
        });
        break;
      }
      case Kind.UNION_TYPE_DEFINITION:
        if (walk.reachable.has(definition.name.value)) {
          definitions.push({
            ...definition,
            types: definition.types?.filter((named) => walk.reachable.has(named.name.value)),
          });
        }
        break;
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
        if (walk.reachable.has(definition.name.value)) definitions.push(definition);
        break;
      case Kind.SCHEMA_DEFINITION: {
        const operationTypes = definition.operationTypes.filter((operation) =>
          walk.reachable.has(operation.type.name.value),
        );
        definitions.push({ ...definition, operationTypes });
        break;
      }
      default:
        definitions.push(definition);
    }
  }
  return { ...document, definitions };
}

/**
 * The partner contract (issue 9): the API schema restricted to the elements tagged
 * `@tag(name: "public")` in the subgraphs' SDL and the types only they reach. A field is in the
 * contract when it, or its whole type, is tagged; types, arguments and input types come with the
 * fields that use them. `npm run compose` prints it to schema/public.graphql, and the gateway
 * derives the same schema from the supergraph it serves for `/public/graphql`. Throws when the
 * tags do not make a valid schema (e.g. a public field whose type has no public field).
 */
export function publicContractSchema(
  apiSchema: GraphQLSchema,
  supergraphSdl: string,
  tag: string = PUBLIC_TAG,
): GraphQLSchema {
  const walk = new ContractWalk(apiSchema, taggedElements(supergraphSdl, tag));
  walk.walk();
  if (!apiSchema.getQueryType() || !walk.reachable.has(apiSchema.getQueryType()!.name)) {
    throw new Error(`No Query field is tagged @tag(name: "${tag}"): the partner graph would be empty.`);
  }
  const contract = buildASTSchema(filteredDocument(apiSchema, walk), { assumeValidSDL: true });
  const problems = validateSchema(contract);
  if (problems.length > 0) {
    throw new Error(
      `The @tag(name: "${tag}") elements do not form a valid schema:\n${problems.map((problem) => `  - ${problem.message}`).join('\n')}`,
    );
  }
  return contract;
}
