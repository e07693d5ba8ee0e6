import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Card, Problems, TextField } from '../../ui';

const CreateBoardCompanyMutation = graphql(`
  mutation CreateBoardCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company {
        id
        name
        domain
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export interface CompanyChoice {
  id: string;
  name: string;
}

/** A company added from the board, with only a name (and a domain if known), for the next deal. */
export function NewCompanyForm({ onCreated }: { onCreated: (company: CompanyChoice) => void }) {
  const [name, setName] = useState('');
  const [domain, setDomain] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const [result, createCompany] = useMutation(CreateBoardCompanyMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    const answer = await createCompany({ input: { name, domain: domain.trim() || null } });
    const company = answer.data?.createCompany.company;
    if (!company) return;
    onCreated({ id: company.id, name: company.name });
    setAdded(company.name);
    setName('');
    setDomain('');
  };

  return (
    <Card title="Add company">
      <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Add company">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField
            label="Company name"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            label="Domain (optional)"
            placeholder="acme.com"
            value={domain}
            onChange={(event) => setDomain(event.target.value)}
          />
        </div>
        <Problems error={result.error} userErrors={result.data?.createCompany.userErrors} />
        {added && (
          <p role="status" className="text-sm text-green-800">
            “{added}” added; new deals are for it.
          </p>
        )}
        <div>
          <Button type="submit" variant="secondary" disabled={result.fetching}>
            {result.fetching ? 'Adding…' : 'Add company'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
