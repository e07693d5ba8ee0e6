/**
 * The signed-in session, kept for the tab (sessionStorage): the tokens, who they are for, the tenant
 * they work in and the permissions of their role there (which decide the screens shown).
 */
export interface Session {
  accessToken: string;
  refreshToken: string;
  email: string;
  tenantId: string;
  tenantName: string;
  permissions: string[];
}

const KEY = 'nexora.session';

export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Partial<Session>;
    // A session stored by an older build (no tenant) signs in again rather than guessing.
    if (!session.accessToken || !session.refreshToken || !session.tenantId) return null;
    return { permissions: [], email: '', tenantName: '', ...session } as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
