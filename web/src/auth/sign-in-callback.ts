/**
 * The page a sign-in provider sends the browser back to. An OAuth redirect URI cannot carry a `#`
 * fragment, so it is a path of its own (the gateway, and Vite's dev server, answer it with the app),
 * and it must be on identity's OIDC_REDIRECT_URIS exactly as `signInRedirectUri` builds it.
 */
export const SIGN_IN_CALLBACK_PATH = '/sign-in/callback';

/** The redirect URI of this app, for `startOidcLogin` and again for `completeOidcLogin`. */
export function signInRedirectUri(): string {
  return `${location.origin}${SIGN_IN_CALLBACK_PATH}`;
}

/**
 * What the provider appended to the callback: the code and state to complete the sign-in with, or
 * its refusal (`error`, e.g. `access_denied` when the person cancelled, and its description).
 */
export type SignInCallback =
  | { kind: 'grant'; code: string; state: string }
  | { kind: 'refused'; error: string; description: string | null };

/** The callback in `url`, or null when the page is not the callback. */
export function signInCallbackOf(url: URL): SignInCallback | null {
  if (url.pathname !== SIGN_IN_CALLBACK_PATH) return null;
  const params = url.searchParams;
  const code = params.get('code');
  const state = params.get('state');
  const error = params.get('error');
  if (!error && code && state) return { kind: 'grant', code, state };
  return {
    kind: 'refused',
    // A callback without either (typed or cut short) is a refusal too: there is nothing to complete.
    error: error ?? 'incomplete',
    description: params.get('error_description'),
  };
}

let taken: SignInCallback | null | undefined;

/**
 * The callback this page load was opened with, read once: the address is replaced by `/#/` right
 * away, so the single-use code never stays in the address bar or the history, and a reload (or React's
 * development double render) cannot complete it twice. Later calls answer the same.
 */
export function takeSignInCallback(): SignInCallback | null {
  if (taken === undefined) {
    taken = signInCallbackOf(new URL(location.href));
    if (taken) history.replaceState(null, '', '/#/');
  }
  return taken;
}
