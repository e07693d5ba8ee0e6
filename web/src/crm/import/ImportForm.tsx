import { type FormEvent, useId, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Card, Problems, SelectField } from '../../ui';
import type { ImportEntity } from './import-entities';
import { uploadImport } from './upload-import';

// Any authenticated query renews an expired session (the client refreshes and retries it).
const ImportSessionCheckQuery = graphql(`
  query ImportSessionCheck {
    importJobs(first: 1) {
      totalCount
    }
  }
`);

/** Chooses what to import and the file, uploads it, and hands over the job it started. */
export function ImportForm({
  entities,
  onStarted,
}: {
  entities: readonly ImportEntity[];
  onStarted: (jobId: string) => void;
}) {
  const client = useClient();
  const [entity, setEntity] = useState(entities[0]?.entity ?? 'companies');
  const [file, setFile] = useState<File | null>(null);
  const [skipBadRows, setSkipBadRows] = useState(false);
  const [sending, setSending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const skipHintId = useId();
  const chosen = entities.find((candidate) => candidate.entity === entity) ?? entities[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !chosen) return;
    setSending(true);
    setRefusal(null);
    const answer = await uploadImport({ entity: chosen.entity, file, skipBadRows }, async () => {
      await client.query(ImportSessionCheckQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    });
    setSending(false);
    if (answer.ok) onStarted(answer.jobId);
    else setRefusal(answer.message);
  };

  return (
    <Card title="Import a CSV file">
      <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Import a CSV file">
        <SelectField
          label="What to import"
          value={entity}
          onChange={(event) => setEntity(event.target.value as typeof entity)}
        >
          {entities.map((option) => (
            <option key={option.entity} value={option.entity}>
              {option.label}
            </option>
          ))}
        </SelectField>
        {chosen && (
          <p className="text-sm text-slate-600">
            Columns (header row first, any order): <span className="font-mono text-xs">{chosen.columns}</span>
          </p>
        )}
        <label className="flex flex-col gap-1 text-sm">
          CSV file
          <input
            type="file"
            accept=".csv,text/csv"
            required
            className="rounded border border-slate-300 bg-white px-3 py-2 text-sm focus:outline-2 focus:outline-indigo-600"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <div className="text-sm">
          <label className="flex items-center gap-2">
            <input
              type="checkbox"
              checked={skipBadRows}
              aria-describedby={skipHintId}
              onChange={(event) => setSkipBadRows(event.target.checked)}
            />
            Skip bad rows
          </label>
          <p id={skipHintId} className="ml-6 text-xs text-slate-500">
            Import the good rows and list the bad ones; otherwise one bad row stops the whole import.
          </p>
        </div>
        {refusal && <Problems userErrors={[{ message: refusal }]} />}
        <div>
          <Button type="submit" disabled={sending || !file}>
            {sending ? 'Uploading…' : 'Import'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
