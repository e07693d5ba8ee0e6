import {
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
} from 'graphql';
import { mergeRules, NO_RULE, readAccessRule, TENANCY_LINK_URL, type AccessRule } from '@nexora/kit';

type TypeSystemNode = Extract<
  DefinitionNode,
  {
    kind:
      | Kind.OBJECT_TYPE_DEFINITION
      | Kind.OBJECT_TYPE_EXTENSION
      | Kind.INTERFACE_TYPE_DEFINITION
      | Kind.INTERFACE_TYPE_EXTENSION;
  }
>;

const TYPE_KINDS = new Set<Kind>([
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_EXTENSION,
]);

/** The rule a caller must meet in every one of `rules` (what any runtime branch demands at least). */
function commonRule(rules: AccessRule[]): AccessRule {
  if (rules.length === 0) return NO_RULE;
  return {
    tenant: rules.every((rule) => rule.tenant),
    permissions: rules[0].permissions.filter((permission) =>
      rules.every((rule) => rule.permissions.includes(permission)),
    ),
  };
}

/**
 * The kit (and this map) recognise the directives by their own names. A subgraph importing them
 * under another name (`as:`) would silently turn protected data public, so refuse such a supergraph.
 */
function assertCanonicalTenancyImport(directives: readonly ConstDirectiveNode[] | undefined): boolean {
  const link = directives?.find(
    (directive) =>
      directive.name.value === 'link' &&
      directive.arguments?.some(
        (arg) =>
          arg.name.value === 'url' &&
          arg.value.kind === Kind.STRING &&
          arg.value.value.startsWith(TENANCY_LINK_URL.replace(/v[\d.]+$/, '')),
      ),
  );
  if (!link) return false;
  const renamed = link.arguments?.some(
    (arg) =>
      arg.name.value === 'as' ||
      (arg.name.value === 'import' &&
        arg.value.kind === Kind.LIST &&
        arg.value.values.some(
          (value) => value.kind === Kind.OBJECT && value.fields.some((field) => field.name.value === 'as'),
        )),
  );
  if (renamed)
    throw new Error(
      'The supergraph imports the tenancy directives under other names; import them as @tenantScoped and @requiresPermission.',
    );
  return true;
}

/**
 * @tenantScoped / @requiresPermission as composed into the supergraph. @apollo/gateway strips
 * composed directives from the API schema it executes against, so the rules are read from the raw
 * supergraph SDL instead and looked up by type and field name.
 */
export class AccessRuleMap {
  private constructor(
    private readonly typeRules: ReadonlyMap<string, AccessRule>,
    private readonly fieldRules: ReadonlyMap<string, AccessRule>,
    /** False when no subgraph shares the tenancy directives: every field is then public at the gateway. */
    readonly linksTenancy: boolean,
  ) {}

  static fromSupergraph(supergraphSdl: string): AccessRuleMap {
    const document = parse(supergraphSdl);
    const typeRules = new Map<string, AccessRule>();
    const fieldRules = new Map<string, AccessRule>();
    let linksTenancy = false;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) {
        linksTenancy = assertCanonicalTenancyImport(definition.directives) || linksTenancy;
      }
      if (!TYPE_KINDS.has(definition.kind)) continue;
      const type = definition as TypeSystemNode;
      const name = type.name.value;
      typeRules.set(name, mergeRules(typeRules.get(name) ?? NO_RULE, readAccessRule(type.directives)));
      for (const field of type.fields ?? []) {
        const key = `${name}.${field.name.value}`;
        fieldRules.set(key, mergeRules(fieldRules.get(key) ?? NO_RULE, readAccessRule(field.directives)));
      }
    }
    return new AccessRuleMap(typeRules, fieldRules, linksTenancy);
  }

  private objectFieldRule(typeName: string, fieldName: string): AccessRule {
    return mergeRules(
      this.typeRules.get(typeName) ?? NO_RULE,
      this.fieldRules.get(`${typeName}.${fieldName}`) ?? NO_RULE,
    );
  }

  /**
   * What selecting `fieldName` on `parentType` demands. On an interface the concrete type is only
   * known at run time, so the gateway demands what every implementation demands; the subgraph
   * enforces the rest per object.
   */
  ruleFor(schema: GraphQLSchema, parentType: GraphQLCompositeType, fieldName: string): AccessRule {
    if (isObjectType(parentType)) return this.objectFieldRule(parentType.name, fieldName);
    if (isInterfaceType(parentType)) {
      const implementations = schema
        .getPossibleTypes(parentType)
        .map((type) => this.objectFieldRule(type.name, fieldName));
      return mergeRules(this.objectFieldRule(parentType.name, fieldName), commonRule(implementations));
    }
    // A union selects nothing but __typename directly; its members' fields come through fragments.
    return NO_RULE;
  }
}
