/**
 * The token of a link identity mails (`<WEB_APP_URL>/#/<route>?token=…`, see identity's email module),
 * if the hash is one to `route`; the accept-invitation link has its own (invitationTokenOf).
 */
export function linkTokenOf(
  hash: string,
  route: 'verify-email' | 'reset-password' | 'accept-invitation',
): string | null {
  const match = new RegExp(`^#/${route}\\?(.*)$`).exec(hash);
  return match ? new URLSearchParams(match[1]).get('token') : null;
}

/** Leaves a mailed link for the plain sign-in screen (the token is not kept in the address bar). */
export function leaveLink(): void {
  history.replaceState(null, '', '/');
}
