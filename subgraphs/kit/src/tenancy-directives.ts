import {
  defaultFieldResolver,
  type ConstDirectiveNode,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  isObjectType,
  Kind,
} from 'graphql';
import type { SubgraphContext } from './context';
import { forbidden, unauthenticated } from './errors';
import type { CallerContext } from './signed-context';

/** What a schema element demands of its caller, read from @tenantScoped / @requiresPermission. */
export interface AccessRule {
  tenant: boolean;
  permissions: string[];
}

const NO_RULE: AccessRule = { tenant: false, permissions: [] };

export function readAccessRule(directives: readonly ConstDirectiveNode[] | undefined): AccessRule {
  const rule: AccessRule = { tenant: false, permissions: [] };
  for (const directive of directives ?? []) {
    if (directive.name.value === 'tenantScoped') rule.tenant = true;
    if (directive.name.value === 'requiresPermission') {
      const argument = directive.arguments?.find((arg) => arg.name.value === 'permission');
      if (argument?.value.kind !== Kind.STRING)
        throw new Error('@requiresPermission needs a permission string');
      rule.tenant = true;
      rule.permissions.push(argument.value.value);
    }
  }
  return rule;
}

export function mergeRules(...rules: AccessRule[]): AccessRule {
  return {
    tenant: rules.some((rule) => rule.tenant),
    permissions: [...new Set(rules.flatMap((rule) => rule.permissions))],
  };
}

export function isRestricted(rule: AccessRule): boolean {
  return rule.tenant || rule.permissions.length > 0;
}

/** Throws the GraphQL error a caller gets for failing `rule`; fails closed on a missing tenant. */
export function assertAllowed(
  rule: AccessRule,
  caller: Pick<CallerContext, 'tenantId' | 'userId' | 'permissions'> | undefined,
  what: string,
): void {
  if (!isRestricted(rule)) return;
  if (!caller?.userId && !caller?.tenantId) throw unauthenticated();
  if (!caller.tenantId) throw forbidden(`${what} needs a current tenant; sign in to a tenant first.`);
  for (const permission of rule.permissions) {
    if (!caller.permissions.includes(permission)) {
      throw forbidden(`${what} requires the "${permission}" permission.`);
    }
  }
}

function typeRule(type: GraphQLObjectType): AccessRule {
  const nodes = [type.astNode, ...type.extensionASTNodes];
  return mergeRules(...nodes.map((node) => readAccessRule(node?.directives)));
}

type ReferenceResolver = (reference: object, context: SubgraphContext, info: unknown) => unknown;

interface SubgraphTypeExtensions {
  apollo?: { subgraph?: { resolveReference?: ReferenceResolver } };
}

/**
 * Wraps every field resolver and every entity reference resolver whose type or field carries a
 * tenancy directive, so the subgraph enforces the rules itself even when called directly with a
 * valid signature (defence in depth behind the gateway's own check).
 */
export function enforceTenancyDirectives(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const ruleOfType = typeRule(type);
    for (const field of Object.values(type.getFields())) {
      const rule = mergeRules(ruleOfType, readAccessRule(field.astNode?.directives));
      if (!isRestricted(rule)) continue;
      const resolve: GraphQLFieldResolver<unknown, SubgraphContext> = field.resolve ?? defaultFieldResolver;
      const label = `${type.name}.${field.name}`;
      field.resolve = (source, args, context, info) => {
        assertAllowed(rule, context?.caller, label);
        return resolve(source, args, context, info);
      };
    }
    if (isRestricted(ruleOfType)) wrapReferenceResolver(type, ruleOfType);
  }
  return schema;
}

function wrapReferenceResolver(type: GraphQLObjectType, rule: AccessRule): void {
  const extensions = type.extensions as SubgraphTypeExtensions;
  const original = extensions.apollo?.subgraph?.resolveReference;
  const guarded: ReferenceResolver = (reference, context, info) => {
    assertAllowed(rule, context?.caller, type.name);
    return original ? original(reference, context, info) : reference;
  };
  // GraphQL types freeze `extensions` shallowly; the nested apollo.subgraph object is ours to extend.
  const apollo = extensions.apollo ?? {};
  const subgraph = apollo.subgraph ?? {};
  subgraph.resolveReference = guarded;
  if (!extensions.apollo || !apollo.subgraph) {
    (type as { extensions: SubgraphTypeExtensions }).extensions = {
      ...extensions,
      apollo: { ...apollo, subgraph },
    };
  }
}

export { NO_RULE };
