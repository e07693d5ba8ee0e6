import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { graphql } from '../../__generated__';
import { Card, Empty, formatDate, Loading, Problems } from '../../ui';
import { Detail, RecordLayout } from '../RecordLayout';

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

/** E-mail addresses or phone numbers, each a link that writes to or calls it (none: nothing). */
function Addresses({ scheme, values }: { scheme: 'mailto' | 'tel'; values: readonly string[] }) {
  if (values.length === 0) return null;
  return (
    <ul>
      {values.map((value) => (
        <li key={value}>
          <a href={`${scheme}:${value}`} className="text-indigo-700 hover:underline">
            {value}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** One person: how to reach them, where they work, and their timeline. */
export default function PersonScreen() {
  const { id = '' } = useParams<{ id: string }>();
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
    <RecordLayout
      back={{ href: '/people', label: 'People' }}
      title={person.name}
      record={{ type: 'person', id: person.id }}
      error={error}
    >
      <Card title="Details">
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
            <Addresses scheme="mailto" values={person.emails} />
          </Detail>
          <Detail term="Phone">
            <Addresses scheme="tel" values={person.phones} />
          </Detail>
          <Detail term="Owner">{person.owner?.name}</Detail>
          <Detail term="Created">{formatDate(person.createdAt)}</Detail>
          {person.tags.length > 0 && <Detail term="Tags">{person.tags.join(', ')}</Detail>}
        </dl>
      </Card>
    </RecordLayout>
  );
}
