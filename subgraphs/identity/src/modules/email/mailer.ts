import type { SubgraphContext } from '@nexora/kit';
import type { MailTransport, OutgoingMail } from './mail-transport';

let transport: MailTransport | null = null;

/** Set once by identity's `onStart`. */
export function setMailTransport(next: MailTransport): void {
  transport = next;
}

/**
 * Sends `mail` once the request's transaction has committed, never after a rollback (a sign-up or a
 * reset that fails later in the document mails nothing). Best effort: a failing SMTP server is logged
 * by the after-commit hook and the answer stays the same; the person asks again.
 */
export function mailAfterCommit(ctx: SubgraphContext, mail: OutgoingMail): void {
  const current = transport;
  if (!current) throw new Error('The mail transport has not been set up (identity onStart did not run).');
  ctx.db.afterCommit(() => current.send(mail));
}
