import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** A client registered at the test provider (oidc-provider's client metadata). */
export interface OidcTestClient {
  client_id: string;
  token_endpoint_auth_method: 'none' | 'client_secret_basic' | 'client_secret_post';
  client_secret?: string;
  redirect_uris: string[];
}

export interface OidcProviderProcess {
  /** The provider's issuer (`http://127.0.0.1:<port>`), as OIDC_PROVIDERS names it. */
  issuer: string;
  stop(): void;
}

/**
 * Starts the real local OpenID provider (oidc-test-provider.mjs) in a process of its own: it is ES
 * modules only, and jest runs our suites as CommonJS. Resolves once it prints its issuer (its first
 * stdout line); rejects if it exits before.
 */
export async function startOidcProvider(clients: OidcTestClient[]): Promise<OidcProviderProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, 'oidc-test-provider.mjs')], {
    env: { ...process.env, OIDC_TEST_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the OIDC provider exited with ${code}`)));
  });
  return {
    issuer: (JSON.parse(firstLine) as { issuer: string }).issuer,
    stop: () => {
      child.kill('SIGTERM');
    },
  };
}
