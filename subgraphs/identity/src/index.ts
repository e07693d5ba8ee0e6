import { defineSubgraph } from '@nexora/kit';
import { loadIdentityConfig } from './identity-config';
import { setIdentityRuntime } from './identity-runtime';
import { dummyPasswordHash } from './modules/auth/password-hasher';
import { createMailTransport } from './modules/email/mail-transport';
import { setMailTransport } from './modules/email/mailer';
import { JWKS_PATH, jwksRoute } from './modules/signing-key/jwks.route';
import { loadSigningKey } from './modules/signing-key/signing-key.service';

/**
 * The identity subgraph: accounts, tenants, memberships, roles, sessions and the key access tokens
 * are signed with. Its modules are the folders of `modules/` with a `<name>.module.ts`.
 */
export const identitySubgraph = defineSubgraph({
  name: 'identity',
  defaultPort: 4001,
  directory: __dirname,
  routes: (runtime) => ({ [JWKS_PATH]: jwksRoute(runtime) }),
  onStart: async (runtime) => {
    const config = loadIdentityConfig();
    const signingKey = await loadSigningKey(runtime.dataSource, config);
    setIdentityRuntime({ config, dataSource: runtime.dataSource, signingKey, events: runtime.events });
    setMailTransport(
      createMailTransport({
        smtpUrl: config.SMTP_URL,
        from: config.MAIL_FROM,
        logger: runtime.logger,
        production: process.env.NODE_ENV === 'production',
      }),
    );
    // Computed now so the first login for an unknown e-mail costs one hash, like any other.
    await dummyPasswordHash();
    runtime.logger.info({ kid: signingKey.kid, source: signingKey.source }, 'access token signing key ready');
  },
});
