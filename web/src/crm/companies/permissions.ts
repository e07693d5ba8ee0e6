import { loadSession } from '../../session';

/**
 * Whether the signed-in role holds `permission` in the current tenant, as its access token says (the
 * snapshot the API enforces; Shell shows screens by the same list). Screens use it to leave out
 * sections and actions the role cannot use instead of showing them and failing with FORBIDDEN.
 */
export function useCan(permission: string): boolean {
  return loadSession()?.permissions.includes(permission) ?? false;
}
