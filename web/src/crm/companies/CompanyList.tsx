import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import { countShown, PagedList, Rows, usePagedQuery } from '../../paged-list';

const CompaniesQuery = graphql(`
  query Companies($first: Int!, $after: String, $search: String) {
    companies(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        ...NextPage
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

/** The tenant's companies by name, a page at a time. Mount it with `key={search}`. */
export function CompanyList({ search }: { search: string }) {
  const paged = usePagedQuery({
    query: CompaniesQuery,
    variables: { search: search || null },
    connection: (data) => data.companies,
  });
  return (
    <PagedList
      paged={paged}
      label="Companies"
      loading="companies"
      empty={search ? `No company matches “${search}”.` : 'No companies yet.'}
      count={(total, shown) => countShown(total, shown, 'company', 'companies')}
    >
      {(companies) => (
        <Rows>
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
        </Rows>
      )}
    </PagedList>
  );
}
