/** The signed-in session, kept for the tab (sessionStorage): the access token and who it is for. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  email: string;
}

const KEY = 'nexora.session';

export function loadSession(): Session | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
