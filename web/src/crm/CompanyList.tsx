import { useQuery } from 'urql';
import { graphql } from '../__generated__';

const CompaniesQuery = graphql(`
  query Companies($first: Int!, $search: String) {
    companies(first: $first, search: $search) {
      totalCount
      edges {
        node {
          id
          name
          domain
        }
      }
    }
  }
`);

/** The tenant's companies, by name; loading, empty and error states shown in place. */
export function CompanyList({ search }: { search: string }) {
  const [{ data, fetching, error }] = useQuery({
    query: CompaniesQuery,
    variables: { first: 50, search: search || null },
  });
  if (fetching && !data) return <p className="text-slate-500">Loading companies…</p>;
  if (error)
    return (
      <p role="alert" className="text-red-700">
        {error.message}
      </p>
    );
  const companies = data?.companies.edges.map((edge) => edge.node) ?? [];
  if (companies.length === 0) return <p className="text-slate-500">No companies yet.</p>;
  return (
    <section>
      <p className="mb-2 text-sm text-slate-500">{data?.companies.totalCount} companies</p>
      <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow">
        {companies.map((company) => (
          <li key={company.id} className="flex justify-between px-4 py-3">
            <span className="font-medium">{company.name}</span>
            <span className="text-slate-500">{company.domain}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
