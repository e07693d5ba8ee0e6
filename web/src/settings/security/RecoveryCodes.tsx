import { useState } from 'react';
import { useSession } from '../../permissions';
import { Button } from '../../ui';
import { copyText } from '../../clipboard';

/** The codes as a text file to keep: who and when they are for, one code a line. */
function recoveryCodesFile(codes: readonly string[], email: string): string {
  return [
    `NEXORA recovery codes${email ? ` for ${email}` : ''}`,
    `Created ${new Date().toISOString().slice(0, 10)}. Each code signs you in once, instead of the authenticator app.`,
    '',
    ...codes,
    '',
  ].join('\n');
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Fresh recovery codes, shown this once (the server keeps only their HMACs): to copy or download and
 * keep somewhere safe before leaving. `onDone` when the person says they have saved them.
 */
export function RecoveryCodes({ codes, onDone }: { codes: readonly string[]; onDone: () => void }) {
  const email = useSession()?.email ?? '';
  const [saved, setSaved] = useState<'copied' | 'downloaded' | 'copy-failed' | null>(null);
  const text = recoveryCodesFile(codes, email);

  return (
    <section
      aria-labelledby="recovery-codes-title"
      className="flex flex-col gap-3 rounded border border-amber-300 bg-amber-50 p-4 text-sm"
    >
      <h3 id="recovery-codes-title" className="text-base font-semibold text-amber-950">
        Save your recovery codes
      </h3>
      <p className="text-amber-950">
        <strong>They are shown only this once.</strong> If you lose the phone with your authenticator app,
        each code signs you in one time instead of a code from the app. Keep them somewhere safe, such as a
        password manager; anyone who has them and your password can sign in as you.
      </p>
      <ol
        aria-label="Recovery codes"
        className="grid grid-cols-1 gap-x-6 gap-y-1 rounded bg-white p-3 font-mono text-sm ring-1 ring-amber-200 sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code} className="select-all">
            {code}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={() => void copyText(text).then((ok) => setSaved(ok ? 'copied' : 'copy-failed'))}
        >
          Copy codes
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            download('nexora-recovery-codes.txt', text);
            setSaved('downloaded');
          }}
        >
          Download as .txt
        </Button>
        <Button onClick={onDone}>I have saved my codes</Button>
      </div>
      <p role="status" className="min-h-5 text-amber-950">
        {saved === 'copied' && 'Codes copied.'}
        {saved === 'downloaded' && 'Downloaded nexora-recovery-codes.txt.'}
        {saved === 'copy-failed' && 'Copying is not allowed here: select the codes and copy them yourself.'}
      </p>
    </section>
  );
}
