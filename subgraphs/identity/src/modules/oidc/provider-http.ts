/**
 * Every request to a sign-in provider (discovery, JWKS, token, UserInfo, GitHub's API) must answer
 * within this time: a slow provider costs the person a clear OIDC_PROVIDER_UNAVAILABLE, never a
 * request hanging until the gateway gives up.
 */
export const PROVIDER_TIMEOUT_MS = 5_000;

/**
 * A request to a provider bounded by PROVIDER_TIMEOUT_MS (the body too: the signal stays attached
 * while it is read), refusing redirects (an endpoint that moves is a configuration to fix, not one to
 * follow with our credentials). Null when the provider cannot be reached in time.
 */
export async function fetchFromProvider(url: string, init: RequestInit = {}): Promise<Response | null> {
  try {
    return await fetch(url, {
      ...init,
      redirect: 'error',
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
    });
  } catch {
    return null;
  }
}

/** The JSON body of a provider's answer; null when it is not JSON or does not arrive in time. */
export async function jsonOf(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}
