import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
}

interface Logger {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * nodemailer over SMTP when `smtpUrl` is set, else (outside production) the dev mailbox: each mail is
 * logged whole (their links included), which is how all-in-one shows them.
 */
export function createMailTransport(options: {
  smtpUrl?: string;
  from: string;
  logger: Logger;
  production: boolean;
}): MailTransport {
  if (!options.smtpUrl && options.production) {
    // Never the dev mailbox in production: its log lines carry working tokens.
    return {
      send: async (mail) => {
        options.logger.error({ to: mail.to, subject: mail.subject }, 'mail not sent: SMTP_URL is not set');
      },
    };
  }
  if (!options.smtpUrl) {
    return {
      send: async (mail) => {
        options.logger.info(
          { to: mail.to, subject: mail.subject, text: mail.text },
          'dev mailbox: mail kept',
        );
      },
    };
  }
  const transporter: Transporter = nodemailer.createTransport(options.smtpUrl);
  return {
    send: async (mail) => {
      await transporter.sendMail({ from: options.from, ...mail });
    },
  };
}
