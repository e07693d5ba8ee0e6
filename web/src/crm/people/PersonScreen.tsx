import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { graphql } from '../../__generated__';
import { Card, Empty, formatDate, Loading, PageHeader, Problems } from '../../ui';
import { useCan } from '../../permissions';
import { Timeline } from '../timeline/Timeline';

const PersonDetail = graphql(`
  query PersonDetail($id: ID!) {
    person(id: $id) {
      id
      name
      emails
      phones
      jobTitle
      tags
      createdAt
      company {
        id
        name
      }
      owner {
        id
        name
      }
    }
  }
`);

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="break-words">{children || '—'}</dd>
    </div>
  );
}

/** One person: how to reach them, where they work, and their timeline. */
export default function PersonScreen() {
  const { id = '' } = useParams<{ id: string }>();
  const withTimeline = useCan('crm.activity:read');
  const [{ data, fetching, error }] = useQuery({ query: PersonDetail, variables: { id } });

  if (!data) return fetching ? <Loading what="the person" /> : <Problems error={error} />;
  const person = data.person;
  if (!person)
    return (
      <Empty>
        This person does not exist (they may have been merged into another), or you cannot see them.
      </Empty>
    );

  return (
    <>
      <p className="mb-1 text-sm">
        <Link href="/people" className="text-indigo-700 hover:underline">
          ← People
        </Link>
      </p>
      <PageHeader title={person.name} />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Details" className="self-start">
          <dl className="grid grid-cols-1 gap-3 text-sm sm:grid-cols-2 lg:grid-cols-1">
            <Detail term="Company">
              {person.company && (
                <Link href={`/companies/${person.company.id}`} className="text-indigo-700 hover:underline">
                  {person.company.name}
                </Link>
              )}
            </Detail>
            <Detail term="Job title">{person.jobTitle}</Detail>
            <Detail term="E-mail">
              {person.emails.length > 0 && (
                <ul>
                  {person.emails.map((email) => (
                    <li key={email}>
                      <a href={`mailto:${email}`} className="text-indigo-700 hover:underline">
                        {email}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </Detail>
            <Detail term="Phone">
              {person.phones.length > 0 && (
                <ul>
                  {person.phones.map((phone) => (
                    <li key={phone}>
                      <a href={`tel:${phone}`} className="text-indigo-700 hover:underline">
                        {phone}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </Detail>
            <Detail term="Owner">{person.owner?.name}</Detail>
            <Detail term="Created">{formatDate(person.createdAt)}</Detail>
            {person.tags.length > 0 && <Detail term="Tags">{person.tags.join(', ')}</Detail>}
          </dl>
        </Card>
        <div className="min-w-0 lg:col-span-2">
          {withTimeline && <Timeline key={person.id} record={{ type: 'person', id: person.id }} />}
        </div>
      </div>
    </>
  );
}
