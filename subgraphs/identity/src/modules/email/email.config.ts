import { z } from 'zod';

/**
 * Settings of e-mail verification and password reset (issue 9).
 *
 * - `EMAIL_VERIFICATION`: `required` (the default in production) makes `signUp` answer every address
 *   the same way and create the account only when the mailed token comes back (`verifyEmail`); `off`
 *   (the default elsewhere) keeps the immediate session and the EMAIL_TAKEN userError, which tells a
 *   stranger which addresses have accounts: a development and test shortcut, refused in production.
 * - `SMTP_URL`: where mails go (nodemailer URL, e.g. smtp://127.0.0.1:2525). Unset outside production:
 *   the dev mailbox logs them whole, links included. Unset in production, no mail
 *   is sent at all (each one is logged as an error, without its content): tokens never reach a log.
 */
export function emailSettings(production: boolean) {
  return {
    EMAIL_VERIFICATION: production
      ? z.literal('required', 'must be "required" in production').default('required')
      : z.enum(['required', 'off']).default('off'),
    SMTP_URL: z.string().url('must be an SMTP URL such as smtp://mail.example.com:587').optional(),
    MAIL_FROM: z.string().min(3).default('Nexora <no-reply@nexora.local>'),
    // Links in mails point here: the web client's origin.
    WEB_APP_URL: z.string().url().default('http://localhost:5173'),
    EMAIL_TOKEN_TTL_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  };
}
