import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The permission catalogue: every `domain.resource:verb` a role can grant, and what each built-in
 * role holds. Modules declare their permissions (`modules/<name>/<name>.module.ts`); `npm run
 * compose` writes them to schema/permissions.json, which every service reads here, so identity
 * knows crm's permissions without loading crm.
 */
export const PERMISSION_CATALOGUE_PATH = path.resolve(__dirname, '../../../schema/permissions.json');

export type Permission = string;

export type BuiltInRole = 'owner' | 'admin' | 'member' | 'viewer';

export interface PermissionEntry {
  name: Permission;
  subgraph: string;
  description: string;
}

interface CatalogueFile {
  permissions: PermissionEntry[];
  builtInRoles: Record<BuiltInRole, Permission[]>;
}

function readCatalogue(): CatalogueFile {
  let text: string;
  try {
    text = readFileSync(PERMISSION_CATALOGUE_PATH, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Fail closed, but leave `npm run compose` able to write the file: no role holds anything.
    console.error(
      `${PERMISSION_CATALOGUE_PATH} is missing: no permission is granted (run \`npm run compose\`)`,
    );
    return { permissions: [], builtInRoles: { owner: [], admin: [], member: [], viewer: [] } };
  }
  const parsed = JSON.parse(text) as CatalogueFile;
  if (!Array.isArray(parsed.permissions) || typeof parsed.builtInRoles !== 'object') {
    throw new Error(`${PERMISSION_CATALOGUE_PATH} is not a permission catalogue (run \`npm run compose\`)`);
  }
  return parsed;
}

const catalogue = readCatalogue();

/** Every permission, with the subgraph that declares it and what it allows. */
export const PERMISSION_ENTRIES: readonly PermissionEntry[] = Object.freeze(catalogue.permissions);

export const PERMISSIONS: readonly Permission[] = Object.freeze(
  catalogue.permissions.map((entry) => entry.name),
);

export const BUILT_IN_ROLES: Readonly<Record<BuiltInRole, readonly Permission[]>> = Object.freeze({
  owner: Object.freeze([...catalogue.builtInRoles.owner]),
  admin: Object.freeze([...catalogue.builtInRoles.admin]),
  member: Object.freeze([...catalogue.builtInRoles.member]),
  viewer: Object.freeze([...catalogue.builtInRoles.viewer]),
});

const KNOWN = new Set(PERMISSIONS);

export function isPermission(value: string): value is Permission {
  return KNOWN.has(value);
}
