import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import { Button, Empty, Loading, Problems } from '../../ui';

const PAGE = 25;

const People = graphql(`
  query People($first: Int!, $after: String, $search: String) {
    people(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          jobTitle
          primaryEmail
          company {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * The tenant's people by name, a page at a time ("Load more" appends the next page). Mount it with
 * `key={search}` so a new search starts from the first page.
 */
export function PeopleList({ search }: { search: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: People,
    variables: { first: PAGE, after, search: search || null },
  });
  if (!data) return fetching ? <Loading what="people" /> : <Problems error={error} />;
  const people = data.people.edges.map((edge) => edge.node);
  if (people.length === 0) return <Empty>{search ? `No one matches “${search}”.` : 'No people yet.'}</Empty>;
  const { pageInfo, totalCount } = data.people;
  return (
    <section aria-label="People">
      <p className="mb-2 text-sm text-slate-500">
        {totalCount === 1 ? '1 person' : `${totalCount} people`}
        {people.length < totalCount && `, ${people.length} shown`}
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {people.map((person) => (
          <li
            key={person.id}
            className="flex flex-col gap-0.5 px-4 py-3 sm:flex-row sm:items-baseline sm:justify-between"
          >
            <Link href={`/people/${person.id}`} className="font-medium text-indigo-700 hover:underline">
              {person.name}
            </Link>
            <span className="min-w-0 truncate text-sm text-slate-500">
              {[person.jobTitle, person.company?.name, person.primaryEmail].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <Problems error={error} />
      {pageInfo.hasNextPage && (
        <div className="mt-3 flex justify-center">
          <Button
            variant="secondary"
            disabled={fetching}
            onClick={() => setAfter(pageInfo.endCursor ?? null)}
          >
            {fetching ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
    </section>
  );
}
