/** The subgraph a permission belongs to: the part before the first dot (`crm` in `crm.deal:read`). */
export function permissionSubgraph(permission: string): string {
  const dot = permission.indexOf('.');
  return dot > 0 ? permission.slice(0, dot) : permission;
}

/** Permissions grouped by subgraph, groups and members in the order first seen. */
export function groupBySubgraph(permissions: readonly string[]): Array<[string, string[]]> {
  const groups = new Map<string, string[]>();
  for (const permission of permissions) {
    const subgraph = permissionSubgraph(permission);
    const group = groups.get(subgraph) ?? [];
    if (!group.includes(permission)) group.push(permission);
    groups.set(subgraph, group);
  }
  return [...groups];
}

/**
 * The permission catalogue as the client can know it. The API has no query for the catalogue
 * itself, so it is the union of the tenant's roles' permissions; the built-in owner role holds every
 * permission, so the union is the whole catalogue.
 */
export function permissionCatalogue(roles: ReadonlyArray<{ permissions: readonly string[] }>): string[] {
  return [...new Set(roles.flatMap((role) => role.permissions))];
}
