import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { useCan } from '../../permissions';
import { type CreatedRecord, ListScreen } from '../ListScreen';
import { CompanyForm, type CompanyFields } from './CompanyForm';
import { CompanyList } from './CompanyList';

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

/** The company form for a new one; the server's refusals under the fields at fault. */
function NewCompany({
  onCreated,
  onCancel,
}: {
  onCreated: (company: CreatedRecord) => void;
  onCancel: () => void;
}) {
  const [result, createCompany] = useMutation(CreateCompany);
  const create = async (fields: CompanyFields) => {
    const answer = await createCompany({
      input: { name: fields.name, domain: fields.domain || null, industry: fields.industry || null },
    });
    const company = answer.data?.createCompany.company;
    if (company) onCreated(company);
  };
  return (
    <CompanyForm
      submitLabel="Create company"
      busy={result.fetching}
      error={result.error}
      userErrors={result.data?.createCompany.userErrors}
      onSubmit={(fields) => void create(fields)}
      onCancel={onCancel}
    />
  );
}

/** The tenant's companies, searchable and paged, and a form for a new one. */
export default function CompaniesScreen() {
  const canWrite = useCan('crm.company:write');
  return (
    <ListScreen
      title="Companies"
      newLabel="New company"
      canCreate={canWrite}
      form={(done) => <NewCompany {...done} />}
      recordHref={(id) => `/companies/${id}`}
      searchLabel="Search companies"
    >
      {(search, listKey) => <CompanyList key={listKey} search={search} />}
    </ListScreen>
  );
}
