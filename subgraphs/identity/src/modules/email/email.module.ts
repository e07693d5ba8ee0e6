import { defineModule } from '@nexora/kit';
import { emailResolvers } from './email.resolvers';

/**
 * E-mail verification of sign-ups and password reset by mailed single-use tokens (stored as SHA-256
 * only), through nodemailer or the dev mailbox (see email.config and mail-transport).
 */
export default defineModule({
  name: 'email',
  resolvers: emailResolvers,
});
