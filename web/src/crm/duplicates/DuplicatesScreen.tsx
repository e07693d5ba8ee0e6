import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import type { DuplicateEntity } from '../../__generated__/graphql';
import { Empty, Loading, Notice, PageHeader, Problems, ToggleGroup } from '../../ui';
import { useCan } from '../../permissions';
import { DuplicateGroupCard, type MergeOutcome } from './DuplicateGroupCard';
import { groupDuplicates } from './duplicate-groups';

const DuplicateCandidates = graphql(`
  query DuplicateCandidates($entity: DuplicateEntity!) {
    duplicateCandidates(entity: $entity, first: 50) {
      reason
      score
      companies {
        id
        name
        domain
        industry
        createdAt
      }
      people {
        id
        name
        primaryEmail
        createdAt
        company {
          id
          name
        }
      }
    }
  }
`);

export interface DuplicateRow {
  id: string;
  name: string;
  /** What tells the records apart: a domain, an e-mail, a company. */
  detail: string;
  createdAt: string;
}

/**
 * Companies or people that are probably the same, grouped; each group is merged into the record
 * chosen to survive, after a confirmation. A merged group leaves the list (it is asked for again).
 */
export default function DuplicatesScreen() {
  const canMergeCompanies = useCan('crm.company:write');
  const canMergePeople = useCan('crm.person:write');
  const [entity, setEntity] = useState<DuplicateEntity>('COMPANY');
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: DuplicateCandidates, variables: { entity } });

  const pairs = (data?.duplicateCandidates ?? []).map((pair) => ({
    reason: pair.reason,
    score: pair.score,
    records:
      entity === 'COMPANY'
        ? pair.companies.map((company) => ({
            id: company.id,
            name: company.name,
            detail: [company.domain, company.industry].filter(Boolean).join(' · '),
            createdAt: company.createdAt,
          }))
        : pair.people.map((person) => ({
            id: person.id,
            name: person.name,
            detail: [person.primaryEmail, person.company?.name].filter(Boolean).join(' · '),
            createdAt: person.createdAt,
          })),
  }));
  const groups = groupDuplicates<DuplicateRow>(pairs);
  const canMerge = entity === 'COMPANY' ? canMergeCompanies : canMergePeople;

  return (
    <>
      <PageHeader title="Duplicates">
        <ToggleGroup
          label="Which records"
          options={[
            { value: 'COMPANY', label: 'Companies' },
            { value: 'PERSON', label: 'People' },
          ]}
          value={entity}
          onChange={(option) => {
            setEntity(option);
            setOutcome(null);
          }}
        />
      </PageHeader>
      {outcome && (
        <Notice>
          Merged {outcome.mergedNames.join(', ')} into{' '}
          <Link
            href={`/${outcome.entity === 'COMPANY' ? 'companies' : 'people'}/${outcome.survivor.id}`}
            className="font-medium underline"
          >
            {outcome.survivor.name}
          </Link>
          .
        </Notice>
      )}
      {!data && fetching && <Loading what="possible duplicates" />}
      <Problems error={error} />
      {data && groups.length === 0 && (
        <Empty>{entity === 'COMPANY' ? 'No companies look alike.' : 'No people look alike.'}</Empty>
      )}
      <ul className="flex flex-col gap-4">
        {groups.map((group) => (
          <DuplicateGroupCard
            key={group.key}
            entity={entity}
            group={group}
            canMerge={canMerge}
            onMerged={setOutcome}
          />
        ))}
      </ul>
    </>
  );
}
