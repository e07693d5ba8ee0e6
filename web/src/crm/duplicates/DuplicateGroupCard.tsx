import { useState } from 'react';
import { useMutation } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import type { DuplicateEntity } from '../../__generated__/graphql';
import { Button, formatDate, Problems } from '../../ui';
import type { DuplicateRow } from './DuplicatesScreen';
import type { DuplicateGroup } from './duplicate-groups';

const MergeCompanies = graphql(`
  mutation MergeCompanies($input: MergeInput!) {
    mergeCompanies(input: $input) {
      company {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const MergePeople = graphql(`
  mutation MergePeople($input: MergeInput!) {
    mergePeople(input: $input) {
      person {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export interface MergeOutcome {
  entity: DuplicateEntity;
  survivor: { id: string; name: string };
  mergedNames: string[];
}

const REASONS: Record<string, string> = {
  SAME_DOMAIN: 'Same domain',
  SIMILAR_NAME: 'Similar names',
  SAME_EMAIL_DOMAIN_AND_NAME: 'Similar names, same e-mail domain',
};

/**
 * One group of look-alike records. "Merge into <name>" chooses the survivor; a second step says what
 * will happen and asks to confirm; the others are then folded into it (and deleted) in one transaction.
 */
export function DuplicateGroupCard({
  entity,
  group,
  canMerge,
  onMerged,
}: {
  entity: DuplicateEntity;
  group: DuplicateGroup<DuplicateRow>;
  canMerge: boolean;
  onMerged: (outcome: MergeOutcome) => void;
}) {
  const [survivorId, setSurvivorId] = useState<string | null>(null);
  const [companies, mergeCompanies] = useMutation(MergeCompanies);
  const [people, mergePeople] = useMutation(MergePeople);
  const survivor = group.records.find((record) => record.id === survivorId) ?? null;
  const merged = group.records.filter((record) => record.id !== survivorId);
  const busy = companies.fetching || people.fetching;
  const noun = entity === 'COMPANY' ? 'companies' : 'people';
  const route = entity === 'COMPANY' ? 'companies' : 'people';

  const merge = async () => {
    if (!survivor) return;
    const input = { survivorId: survivor.id, mergedIds: merged.map((record) => record.id) };
    const kept =
      entity === 'COMPANY'
        ? (await mergeCompanies({ input })).data?.mergeCompanies.company
        : (await mergePeople({ input })).data?.mergePeople.person;
    if (kept) onMerged({ entity, survivor: kept, mergedNames: merged.map((record) => record.name) });
  };
  const result = entity === 'COMPANY' ? companies : people;
  const userErrors =
    entity === 'COMPANY' ? companies.data?.mergeCompanies.userErrors : people.data?.mergePeople.userErrors;

  return (
    <li
      aria-label={`Possible duplicates: ${group.records.map((record) => record.name).join(', ')}`}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
    >
      <p className="mb-2 text-sm text-slate-500">
        {group.reasons.map((reason) => REASONS[reason] ?? reason).join('; ')} ·{' '}
        {Math.round(group.score * 100)}% alike
      </p>
      <ul className="divide-y divide-slate-200">
        {group.records.map((record) => (
          <li key={record.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div className="min-w-0">
              <Link href={`/${route}/${record.id}`} className="font-medium text-indigo-700 hover:underline">
                {record.name}
              </Link>
              <p className="truncate text-sm text-slate-500">
                {[record.detail, `created ${formatDate(record.createdAt)}`].filter(Boolean).join(' · ')}
              </p>
            </div>
            {canMerge && !survivor && (
              <Button variant="secondary" className="py-1" onClick={() => setSurvivorId(record.id)}>
                Merge into {record.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {survivor && (
        <div
          role="group"
          aria-label="Confirm merge"
          className="mt-3 flex flex-col gap-3 rounded bg-amber-50 p-3 text-sm ring-1 ring-amber-200"
        >
          <p>
            Keep <strong>{survivor.name}</strong> and merge {merged.map((record) => record.name).join(', ')}{' '}
            into it?{' '}
            {entity === 'COMPANY'
              ? 'Their people, deals, activities and invoices'
              : 'Their e-mails, phones, deals and activities'}{' '}
            move to {survivor.name}, its empty fields are filled from them, and the merged {noun} are deleted.
          </p>
          <Problems error={result.error} userErrors={userErrors} />
          <div className="flex flex-wrap gap-2">
            <Button variant="danger" disabled={busy} onClick={() => void merge()}>
              {busy ? 'Merging…' : 'Confirm merge'}
            </Button>
            <Button variant="secondary" disabled={busy} onClick={() => setSurvivorId(null)}>
              Cancel
            </Button>
          </div>
        </div>
      )}
    </li>
  );
}
