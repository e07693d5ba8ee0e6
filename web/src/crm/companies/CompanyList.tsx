import { useState } from 'react';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import { Button, Empty, Loading, Problems } from '../../ui';

export const COMPANIES_PAGE = 25;

const CompaniesQuery = graphql(`
  query Companies($first: Int!, $after: String, $search: String) {
    companies(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          domain
          industry
        }
      }
    }
  }
`);

/**
 * The tenant's companies by name, a page at a time: "Load more" asks for the page after the last
 * row and the cache appends it (relay pagination). Mount it with `key={search}` so a new search
 * starts again from the first page.
 */
export function CompanyList({ search }: { search: string }) {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query: CompaniesQuery,
    variables: { first: COMPANIES_PAGE, after, search: search || null },
  });
  const companies = data?.companies.edges.map((edge) => edge.node) ?? [];
  if (!data) return fetching ? <Loading what="companies" /> : <Problems error={error} />;
  if (companies.length === 0)
    return <Empty>{search ? `No company matches “${search}”.` : 'No companies yet.'}</Empty>;
  const { pageInfo, totalCount } = data.companies;
  return (
    <section aria-label="Companies">
      <p className="mb-2 text-sm text-slate-500">
        {totalCount === 1 ? '1 company' : `${totalCount} companies`}
        {companies.length < totalCount && `, ${companies.length} shown`}
      </p>
      <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        {companies.map((company) => (
          <li key={company.id} className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 py-3">
            <Link href={`/companies/${company.id}`} className="font-medium text-indigo-700 hover:underline">
              {company.name}
            </Link>
            <span className="min-w-0 truncate text-sm text-slate-500">
              {[company.domain, company.industry].filter(Boolean).join(' · ')}
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
