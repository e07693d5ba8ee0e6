import { createContext, useContext } from 'react';
import type { Session } from './session';

/** The signed-in session, provided by the app to every screen. */
export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session | null {
  return useContext(SessionContext);
}

/**
 * What the signed-in role may do in the current tenant, as its session says (the snapshot its access
 * token carries, which the API enforces; the shell shows screens by the same list). Screens leave out
 * sections and actions the role cannot use instead of offering them and failing with FORBIDDEN; the
 * API still decides.
 */
export function usePermissions(): (permission: string) => boolean {
  const permissions = useSession()?.permissions ?? [];
  return (permission) => permissions.includes(permission);
}

export function useCan(permission: string): boolean {
  return usePermissions()(permission);
}
