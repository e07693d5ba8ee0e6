import { useState } from 'react';
import { type OperationResult, useMutation } from 'urql';
import { Link } from 'wouter';
import { graphql } from '../../__generated__';
import type { CreateCompanyMutation } from '../../__generated__/graphql';
import { Button, Card, PageHeader, TextField } from '../../ui';
import { CompanyForm, type CompanyFields } from './CompanyForm';
import { CompanyList } from './CompanyList';
import { useCan } from '../../permissions';
import { useDebounced } from './use-debounced';

const CreateCompany = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
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

/** The tenant's companies, searchable and paged, and a form for a new one. */
export default function CompaniesScreen() {
  const canWrite = useCan('crm.company:write');
  const [search, setSearch] = useState('');
  const settledSearch = useDebounced(search.trim());
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const [result, createCompany] = useMutation(CreateCompany);
  // The answer shown in the form: a form opened again starts without the last attempt's errors.
  const [answer, setAnswer] = useState<OperationResult<CreateCompanyMutation> | null>(null);

  const create = async (fields: CompanyFields) => {
    const next = await createCompany({
      input: { name: fields.name, domain: fields.domain || null, industry: fields.industry || null },
    });
    setAnswer(next);
    const company = next.data?.createCompany.company;
    if (company) {
      setCreated(company);
      setCreating(false);
    }
  };

  return (
    <>
      <PageHeader title="Companies">
        {canWrite && !creating && (
          <Button
            onClick={() => {
              setCreated(null);
              setAnswer(null);
              setCreating(true);
            }}
          >
            New company
          </Button>
        )}
      </PageHeader>
      {creating && (
        <Card title="New company" className="mb-4 max-w-xl">
          <CompanyForm
            id="new-company"
            submitLabel="Create company"
            busy={result.fetching}
            error={answer?.error}
            userErrors={answer?.data?.createCompany.userErrors}
            onSubmit={(fields) => void create(fields)}
            onCancel={() => setCreating(false)}
          />
        </Card>
      )}
      {created && (
        <p
          role="status"
          className="mb-4 rounded bg-green-50 px-3 py-2 text-sm text-green-800 ring-1 ring-green-200"
        >
          Created{' '}
          <Link href={`/companies/${created.id}`} className="font-medium underline">
            {created.name}
          </Link>
          .
        </p>
      )}
      <TextField
        label="Search companies"
        type="search"
        className="mb-4"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <CompanyList key={`${settledSearch}|${created?.id ?? ''}`} search={settledSearch} />
    </>
  );
}
