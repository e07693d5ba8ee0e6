// A real OpenID Connect provider (oidc-provider, ES modules only, hence its own process: jest runs
// our suites as CommonJS) for oidc-login.test.ts. Listens on 127.0.0.1, port 0, and prints
// `{"issuer": ...}` on stdout once ready. Clients come as JSON in OIDC_TEST_CLIENTS. Any login
// name is an account whose e-mail is that name, verified unless it starts with `unverified+`.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]'),
  // PKCE is required for every client, and only S256 exists in oidc-provider 9.
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'profile'],
  claims: { email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['nexora-oidc-test-cookie-key'] },
  findAccount: async (_ctx, accountId) => ({
    accountId,
    claims: async () => ({
      sub: accountId,
      email: accountId.replace(/^unverified\+/, ''),
      email_verified: !accountId.startsWith('unverified+'),
      name: `Provider ${accountId}`,
    }),
  }),
});
// A quiet provider: its dev-interactions warning and errors go to stderr only.
provider.on('server_error', (_ctx, error) => process.stderr.write(`${error.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
