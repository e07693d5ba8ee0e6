import { useState } from 'react';
import { Button } from '../../ui';
import { curlCommand, partnerExampleQuery } from './partner-example';
import { copyText } from '../../clipboard';

type Copied = 'key' | 'command' | 'failed' | null;

/**
 * A key just created, shown this once (NEXORA keeps only its SHA-256): the key to copy, and a curl
 * command that reads the partner graph with it. When the clipboard is not allowed the texts are
 * selectable. Done (or leaving the screen) forgets the key.
 */
export function ApiKeySecret({
  name,
  secret,
  scopes,
  onDone,
}: {
  name: string;
  secret: string;
  scopes: readonly string[];
  onDone: () => void;
}) {
  const [copied, setCopied] = useState<Copied>(null);
  const query = partnerExampleQuery(scopes);
  const command = query ? curlCommand(location.origin, secret, query) : null;
  const copy = async (what: 'key' | 'command', text: string) =>
    setCopied((await copyText(text)) ? what : 'failed');

  return (
    <section
      aria-labelledby="api-key-created"
      className="mb-4 rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm"
    >
      <h2 id="api-key-created" className="font-semibold text-emerald-900">
        API key “{name}” created
      </h2>
      <p className="mt-1 text-emerald-900">
        This key is shown only this once: NEXORA keeps just a fingerprint of it. Copy it now and store it
        where the partner’s software keeps its secrets. Lost, it cannot be shown again: revoke it and create
        another.
      </p>
      <div className="mt-3 flex flex-col gap-3">
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex min-w-0 flex-1 flex-col gap-1">
            API key
            <input
              readOnly
              value={secret}
              onFocus={(event) => event.target.select()}
              className="rounded border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
            />
          </label>
          <Button variant="secondary" onClick={() => void copy('key', secret)}>
            Copy key
          </Button>
        </div>
        {command ? (
          <div className="flex flex-col gap-2">
            <label className="flex flex-col gap-1">
              Try it: read the partner graph with curl
              <textarea
                readOnly
                rows={4}
                value={command}
                spellCheck={false}
                onFocus={(event) => event.target.select()}
                className="rounded border border-slate-300 bg-white px-3 py-2 font-mono text-xs whitespace-pre"
              />
            </label>
            <div>
              <Button variant="secondary" onClick={() => void copy('command', command)}>
                Copy command
              </Button>
            </div>
          </div>
        ) : (
          <p className="text-emerald-900">
            Send it to <code className="font-mono text-xs">{location.origin}/public/graphql</code> as{' '}
            <code className="font-mono text-xs">Authorization: Bearer &lt;key&gt;</code>.
          </p>
        )}
        <p role="status" className="min-h-5 text-emerald-900">
          {copied === 'key' && 'Key copied.'}
          {copied === 'command' && 'Command copied.'}
          {copied === 'failed' && 'Copying is not allowed here: select the text and copy it yourself.'}
        </p>
        <div>
          <Button onClick={onDone}>Done</Button>
        </div>
      </div>
    </section>
  );
}
