import { visit, type DocumentNode, type StringValueNode } from 'graphql';
import type { GrantableRole, SubgraphModule } from '@nexora/kit';

/** schema/permissions.json: what the kit's permission checks and identity's roles read at run time. */
export interface PermissionCatalogue {
  permissions: Array<{ name: string; subgraph: string; description: string }>;
  builtInRoles: Record<'owner' | GrantableRole, string[]>;
}

const PERMISSION_NAME = /^([a-z][a-z0-9]*)\.[a-z][a-zA-Z0-9-]*:[a-z][a-zA-Z-]*$/;

/** Every `@requiresPermission(permission: "...")` value in a subgraph's SDL. */
export function requiredPermissions(typeDefs: DocumentNode): string[] {
  const found: string[] = [];
  visit(typeDefs, {
    Directive(directive) {
      if (directive.name.value !== 'requiresPermission') return;
      const argument = directive.arguments?.find((arg) => arg.name.value === 'permission');
      if (argument?.value.kind === 'StringValue') found.push((argument.value as StringValueNode).value);
    },
  });
  return found;
}

/**
 * The catalogue from the permissions the registered subgraphs' modules declare. Refuses a name not
 * shaped `<subgraph>.<resource>:<verb>` or not prefixed by its own subgraph, a name declared twice,
 * and an `@requiresPermission` naming a permission nobody declares (it could never be granted).
 */
export function buildPermissionCatalogue(subgraphs: readonly SubgraphModule[]): PermissionCatalogue {
  const problems: string[] = [];
  const permissions: PermissionCatalogue['permissions'] = [];
  const builtInRoles: PermissionCatalogue['builtInRoles'] = { owner: [], admin: [], member: [], viewer: [] };
  const declaredBy = new Map<string, string>();
  for (const subgraph of subgraphs) {
    for (const permission of subgraph.permissions ?? []) {
      const match = PERMISSION_NAME.exec(permission.name);
      if (!match) {
        problems.push(`${subgraph.name}: "${permission.name}" is not shaped <subgraph>.<resource>:<verb>`);
        continue;
      }
      if (match[1] !== subgraph.name) {
        problems.push(`${subgraph.name}: "${permission.name}" must start with "${subgraph.name}."`);
        continue;
      }
      const previous = declaredBy.get(permission.name);
      if (previous) {
        problems.push(`${subgraph.name}: "${permission.name}" is declared twice`);
        continue;
      }
      declaredBy.set(permission.name, subgraph.name);
      permissions.push({
        name: permission.name,
        subgraph: subgraph.name,
        description: permission.description,
      });
      builtInRoles.owner.push(permission.name);
      for (const role of new Set(permission.grantedTo)) builtInRoles[role].push(permission.name);
    }
  }
  for (const subgraph of subgraphs) {
    for (const required of new Set(requiredPermissions(subgraph.typeDefs))) {
      if (!declaredBy.has(required)) {
        problems.push(
          `${subgraph.name}: @requiresPermission(permission: "${required}") names a permission no module declares`,
        );
      }
    }
  }
  if (problems.length > 0) {
    throw new Error(`Permission catalogue:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return { permissions, builtInRoles };
}
