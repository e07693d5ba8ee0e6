import { useState } from 'react';
import type { Session } from '../session';
import { Button, Card, Notice, PageHeader, Problems } from '../ui';
import { linkTokenOf } from './email-links';
import { useVerifyEmailOnce } from './VerifyEmail';

/** A mailed link identity sends, by its hash route, with its token. */
export interface MailedLink {
  route: 'verify-email' | 'reset-password' | 'accept-invitation';
  token: string;
}

/** The mailed link the app's route (wouter's location, `/verify-email?token=…`) is, if any. */
export function mailedLinkOf(route: string): MailedLink | null {
  for (const name of ['verify-email', 'reset-password', 'accept-invitation'] as const) {
    const token = linkTokenOf(`#${route}`, name);
    if (token) return { route: name, token };
  }
  return null;
}

interface SignedInLinkProps {
  link: MailedLink;
  session: Session;
  /** Signs in to another account (the one a verification just created). */
  onSwitched: (next: Session) => void;
  onSignOut: () => void;
  /** Leaves the link for the app's home (the token does not stay in the address bar). */
  onLeave: () => void;
}

/**
 * A mailed link opened in a tab that is signed in (pasted into it, or followed in it): shown inside
 * the app instead of as an unknown page. A verification link confirms its address there; a reset or
 * invitation link asks to sign out first (see SignOutToContinue).
 */
export function SignedInLink(props: SignedInLinkProps) {
  if (props.link.route === 'verify-email') return <VerifyEmailWhileSignedIn {...props} />;
  return props.link.route === 'reset-password' ? (
    <SignOutToContinue
      {...props}
      title="Choose a new password"
      purpose="This link sets a new password for the account it was mailed to."
      note="A new password signs that account out everywhere."
    />
  ) : (
    <SignOutToContinue
      {...props}
      title="Accept an invitation"
      purpose="This link joins an organisation as the account it was mailed to, with that account's password (or a new account)."
      note="The invitation stays valid until it expires if you stay signed in."
    />
  );
}

/**
 * Confirms the address (the token works once, so it is sent on opening, as signed out). The sign-up
 * it finishes is a new account with its own organisation, never the one signed in (an address with
 * an account gets no verification link): the person chooses to open it or to stay where they are.
 */
function VerifyEmailWhileSignedIn({ link, session, onSwitched, onLeave }: SignedInLinkProps) {
  const [verified, setVerified] = useState<Session | null>(null);
  const { result, refused } = useVerifyEmailOnce(link.token, setVerified);

  let body;
  if (verified) {
    body = (
      <div className="flex flex-col gap-3">
        <Notice>
          E-mail address confirmed: the account {verified.email} and its organisation {verified.tenantName}{' '}
          are ready.
        </Notice>
        <div className="flex flex-wrap gap-2">
          <Button
            onClick={() => {
              onLeave();
              onSwitched(verified);
            }}
          >
            Open {verified.tenantName}
          </Button>
          <Button variant="secondary" onClick={onLeave}>
            Stay signed in as {session.email}
          </Button>
        </div>
      </div>
    );
  } else if (refused) {
    body = (
      <div className="flex flex-col gap-3">
        <Problems error={result.error} userErrors={result.data?.verifyEmail.userErrors} />
        <Button variant="secondary" className="self-start" onClick={onLeave}>
          Back to the app
        </Button>
      </div>
    );
  } else {
    body = (
      <p role="status" className="text-sm text-slate-700">
        Confirming your e-mail address…
      </p>
    );
  }
  return (
    <>
      <PageHeader title="Confirm your e-mail address" />
      <Card className="max-w-xl">{body}</Card>
    </>
  );
}

/**
 * A password reset or invitation link while signed in. Either acts for the account it was mailed to,
 * which may not be the one signed in here (and a new password ends every session of that account):
 * so it is not used from inside the app. Signing out keeps the link, and the sign-in screen opens it
 * as it would in a new tab; staying leaves it unused (it still works until it expires).
 */
function SignOutToContinue({
  session,
  onSignOut,
  onLeave,
  title,
  purpose,
  note,
}: SignedInLinkProps & { title: string; purpose: string; note: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card className="max-w-xl">
        <div className="flex flex-col gap-3 text-sm text-slate-700">
          <p>
            {purpose} You are signed in as {session.email}: sign out to continue with the link.
          </p>
          <p>{note}</p>
          <div className="flex flex-wrap gap-2">
            <Button onClick={onSignOut}>Sign out and continue</Button>
            <Button variant="secondary" onClick={onLeave}>
              Stay signed in
            </Button>
          </div>
        </div>
      </Card>
    </>
  );
}
