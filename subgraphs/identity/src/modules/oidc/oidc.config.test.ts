import type { ConfigError } from '@nexora/kit';
import { loadIdentityConfig } from '../../identity-config';

/** OIDC_PROVIDERS as an operator writes it: both kinds, the defaults, and the mistakes refused. */
const providers = (list: unknown[]) =>
  loadIdentityConfig({ OIDC_PROVIDERS: JSON.stringify(list) }).OIDC_PROVIDERS;

function problems(list: unknown[]): string[] {
  try {
    providers(list);
    return [];
  } catch (error) {
    return (error as ConfigError).problems;
  }
}

describe('OIDC_PROVIDERS', () => {
  it('reads a provider without `kind` as OpenID Connect, as configurations written before GitHub do', () => {
    expect(providers([{ id: 'google', issuer: 'https://accounts.google.com', clientId: 'web' }])).toEqual([
      {
        kind: 'oidc',
        id: 'google',
        issuer: 'https://accounts.google.com',
        clientId: 'web',
        scopes: ['openid', 'email', 'profile'],
      },
    ]);
  });

  it("defaults a GitHub provider's endpoints to github.com's and keeps configured ones (Enterprise)", () => {
    const [github, enterprise] = providers([
      { kind: 'github', id: 'github', clientId: 'Iv1.a', clientSecret: 's' },
      {
        kind: 'github',
        id: 'ghe',
        name: 'Acme GitHub',
        clientId: 'Iv1.b',
        clientSecret: 's',
        authorizationEndpoint: 'https://git.acme.test/login/oauth/authorize',
        tokenEndpoint: 'https://git.acme.test/login/oauth/access_token',
        apiBase: 'https://git.acme.test/api/v3',
      },
    ]);
    expect(github).toEqual({
      kind: 'github',
      id: 'github',
      clientId: 'Iv1.a',
      clientSecret: 's',
      authorizationEndpoint: 'https://github.com/login/oauth/authorize',
      tokenEndpoint: 'https://github.com/login/oauth/access_token',
      apiBase: 'https://api.github.com',
    });
    expect(enterprise).toMatchObject({ name: 'Acme GitHub', apiBase: 'https://git.acme.test/api/v3' });
  });

  it('refuses an unknown kind, a GitHub provider without its secret, and a non-http endpoint', () => {
    expect(problems([{ kind: 'gitlab', id: 'gitlab', clientId: 'x' }])).toEqual([
      'OIDC_PROVIDERS.0.kind: kind must be "oidc" (the default) or "github"',
    ]);
    expect(problems([{ kind: 'github', id: 'github', clientId: 'x' }])).toEqual([
      expect.stringMatching(/^OIDC_PROVIDERS\.0\.clientSecret: /),
    ]);
    expect(
      problems([
        { kind: 'github', id: 'github', clientId: 'x', clientSecret: 's', apiBase: 'javascript:alert(1)' },
      ]),
    ).toEqual(['OIDC_PROVIDERS.0.apiBase: must be an http(s) URL']);
  });
});
