import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { graphql } from '../../__generated__';
import { Button, Card, Empty, formatDate, formatMoney, Loading, Problems } from '../../ui';
import { Detail, RecordLayout, RelatedCard } from '../RecordLayout';
import { CompanyBilling } from './CompanyBilling';
import { CompanyForm, type CompanyFields } from './CompanyForm';
import { useCan } from '../../permissions';

const CompanyDetail = graphql(`
  query CompanyDetail($id: ID!, $withPeople: Boolean!, $withDeals: Boolean!, $withBilling: Boolean!) {
    company(id: $id) {
      id
      name
      domain
      industry
      employeeCount
      tags
      createdAt
      address {
        street
        city
        postalCode
        region
        country
      }
      owner {
        id
        name
      }
      people(first: 20) @include(if: $withPeople) {
        totalCount
        edges {
          node {
            id
            name
            jobTitle
            primaryEmail
          }
        }
      }
      deals(first: 20) @include(if: $withDeals) {
        totalCount
        edges {
          node {
            id
            title
            status
            amount {
              amount
              currency
            }
            stage {
              id
              name
            }
          }
        }
      }
      ...CompanyBillingFields @include(if: $withBilling)
    }
  }
`);

const UpdateCompany = graphql(`
  mutation UpdateCompany($input: UpdateCompanyInput!) {
    updateCompany(input: $input) {
      company {
        id
        name
        domain
        industry
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/**
 * One company: its details (editable by a role that may write companies), its people and deals, what
 * it owes and its invoices (erp, through federation; only for a role that may read invoices) and its
 * timeline. Sections the role cannot read are not asked for.
 */
export default function CompanyScreen() {
  const { id = '' } = useParams<{ id: string }>();
  const canWrite = useCan('crm.company:write');
  const withPeople = useCan('crm.person:read');
  const withDeals = useCan('crm.deal:read');
  const withBilling = useCan('erp.invoice:read');
  const [{ data, fetching, error }] = useQuery({
    query: CompanyDetail,
    variables: { id, withPeople, withDeals, withBilling },
  });
  const [editing, setEditing] = useState(false);
  const [update, updateCompany] = useMutation(UpdateCompany);

  if (!data) return fetching ? <Loading what="the company" /> : <Problems error={error} />;
  const company = data.company;
  if (!company)
    return (
      <Empty>This company does not exist (it may have been merged into another), or you cannot see it.</Empty>
    );

  const save = async (fields: CompanyFields) => {
    const answer = await updateCompany({
      input: { id: company.id, name: fields.name, domain: fields.domain, industry: fields.industry },
    });
    if (answer.data?.updateCompany.company) setEditing(false);
  };
  const address = company.address
    ? [
        company.address.street,
        company.address.postalCode,
        company.address.city,
        company.address.region,
        company.address.country,
      ]
        .filter(Boolean)
        .join(', ')
    : null;

  return (
    <RecordLayout
      back={{ href: '/companies', label: 'Companies' }}
      title={company.name}
      actions={
        canWrite &&
        !editing && (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit company
          </Button>
        )
      }
      record={{ type: 'company', id: company.id }}
      error={error}
    >
      <Card title="Details">
        {editing ? (
          <CompanyForm
            initial={{
              name: company.name,
              domain: company.domain ?? '',
              industry: company.industry ?? '',
            }}
            submitLabel="Save company"
            busy={update.fetching}
            error={update.error}
            userErrors={update.data?.updateCompany.userErrors}
            onSubmit={(fields) => void save(fields)}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <dl className="grid grid-cols-2 gap-3 text-sm">
            <Detail term="Domain">{company.domain}</Detail>
            <Detail term="Industry">{company.industry}</Detail>
            <Detail term="Employees">{company.employeeCount?.toLocaleString()}</Detail>
            <Detail term="Owner">{company.owner?.name}</Detail>
            <Detail term="Address">{address}</Detail>
            <Detail term="Created">{formatDate(company.createdAt)}</Detail>
            {company.tags.length > 0 && <Detail term="Tags">{company.tags.join(', ')}</Detail>}
          </dl>
        )}
      </Card>
      {company.people && (
        <RelatedCard
          title="People"
          total={company.people.totalCount}
          items={company.people.edges.map((edge) => edge.node)}
          empty="No people at this company yet."
        >
          {(person) => (
            <li key={person.id} className="px-4 py-2">
              <Link href={`/people/${person.id}`} className="font-medium text-indigo-700 hover:underline">
                {person.name}
              </Link>
              <p className="truncate text-slate-500">
                {[person.jobTitle, person.primaryEmail].filter(Boolean).join(' · ')}
              </p>
            </li>
          )}
        </RelatedCard>
      )}
      {company.deals && (
        <RelatedCard
          title="Deals"
          total={company.deals.totalCount}
          items={company.deals.edges.map((edge) => edge.node)}
          empty="No deals with this company yet."
        >
          {(deal) => (
            <li key={deal.id} className="flex flex-wrap items-baseline justify-between gap-x-3 px-4 py-2">
              <span className="font-medium">{deal.title}</span>
              <span className="text-slate-500">
                {deal.status === 'OPEN' ? deal.stage.name : deal.status === 'WON' ? 'Won' : 'Lost'}
              </span>
              <span className="ml-auto tabular-nums">{formatMoney(deal.amount)}</span>
            </li>
          )}
        </RelatedCard>
      )}
      {withBilling && <CompanyBilling company={company} />}
    </RecordLayout>
  );
}
