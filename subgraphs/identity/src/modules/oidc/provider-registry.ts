import { identityRuntime } from '../../identity-runtime';
import { gitHubProvider } from './github-provider';
import type { SignInProviderConfig } from './oidc.config';
import { openIdProvider } from './openid-provider';
import type { SignInProvider } from './sign-in-provider';

/** The configured provider (OIDC_PROVIDERS) with this id. */
export function findProviderConfig(id: string): SignInProviderConfig | undefined {
  return identityRuntime().config.OIDC_PROVIDERS.find((provider) => provider.id === id);
}

/** The provider of its kind; null when it cannot be reached to learn its endpoints. */
export function signInProviderOf(config: SignInProviderConfig): Promise<SignInProvider | null> {
  switch (config.kind) {
    case 'oidc':
      return openIdProvider(config);
    case 'github':
      return Promise.resolve(gitHubProvider(config));
  }
}

/** What its sign-in button says: the configured name, else "GitHub", else the id capitalized. */
export function providerDisplayName(config: SignInProviderConfig): string {
  if (config.name) return config.name;
  if (config.kind === 'github') return 'GitHub';
  return config.id.charAt(0).toUpperCase() + config.id.slice(1);
}
