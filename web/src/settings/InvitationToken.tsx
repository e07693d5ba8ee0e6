import { useState } from 'react';
import { Button, formatDate } from '../ui';
import { copyText } from '../clipboard';

/** Where an invitee accepts an invitation in this app: the sign-in page with the token after `#`. */
export function acceptLink(token: string): string {
  return `${location.origin}/#/accept-invitation?token=${encodeURIComponent(token)}`;
}

/** A read-only text (selected when focused) and the button that copies it. */
function CopyField({
  label,
  value,
  copyLabel,
  onCopy,
}: {
  label: string;
  value: string;
  copyLabel: string;
  onCopy: () => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <label className="flex min-w-0 flex-1 flex-col gap-1">
        {label}
        <input
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          className="rounded border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
        />
      </label>
      <Button variant="secondary" onClick={onCopy}>
        {copyLabel}
      </Button>
    </div>
  );
}

/**
 * The one-time invitation token, shown once: to copy and send to the invitee privately (anyone who
 * has it can create the invited account). If the clipboard is unavailable, the text is selectable.
 */
export function InvitationToken({
  email,
  role,
  token,
  expiresAt,
  onDone,
}: {
  email: string;
  role: string;
  token: string;
  expiresAt: string;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<'token' | 'link' | 'failed' | null>(null);
  const copy = async (what: 'token' | 'link') =>
    setCopied((await copyText(what === 'token' ? token : acceptLink(token))) ? what : 'failed');

  return (
    <section
      aria-labelledby="invitation-sent"
      className="mt-4 rounded border border-emerald-200 bg-emerald-50 p-3 text-sm"
    >
      <h3 id="invitation-sent" className="font-medium text-emerald-900">
        Invitation for {email} as {role}
      </h3>
      <p className="mt-1 text-emerald-900">
        This token is shown only this once. Copy it now and send it to {email} privately; it works until{' '}
        {formatDate(expiresAt)}.
      </p>
      <div className="mt-3 flex flex-col gap-3">
        <CopyField
          label="Invitation token"
          value={token}
          copyLabel="Copy token"
          onCopy={() => void copy('token')}
        />
        <CopyField
          label="Accept link"
          value={acceptLink(token)}
          copyLabel="Copy link"
          onCopy={() => void copy('link')}
        />
        <p role="status" className="min-h-5 text-emerald-900">
          {copied === 'token' && 'Token copied.'}
          {copied === 'link' && 'Link copied.'}
          {copied === 'failed' && 'Copying is not allowed here: select the text and copy it yourself.'}
        </p>
        <div>
          <Button variant="secondary" onClick={onDone}>
            Done
          </Button>
        </div>
      </div>
    </section>
  );
}
