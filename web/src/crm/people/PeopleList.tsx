import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../../paged-list';

const People = graphql(`
  query People($first: Int!, $after: String, $search: String) {
    people(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        ...NextPage
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

/** The tenant's people by name, a page at a time. Mount it with `key={search}`. */
export function PeopleList({ search }: { search: string }) {
  const paged = usePagedQuery({
    query: People,
    variables: { search: search || null },
    connection: (data) => data.people,
  });
  return (
    <PagedList
      paged={paged}
      label="People"
      loading="people"
      empty={search ? `No one matches “${search}”.` : 'No people yet.'}
      count={(total, shown) => countShown(total, shown, 'person', 'people')}
    >
      {(people) => (
        <Rows>
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
        </Rows>
      )}
    </PagedList>
  );
}
