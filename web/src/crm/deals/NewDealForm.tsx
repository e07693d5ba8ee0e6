import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Card, Problems, SelectField, TextField } from '../../ui';
import type { CompanyChoice } from './NewCompanyForm';

const CreateBoardDealMutation = graphql(`
  mutation CreateBoardDeal($input: CreateDealInput!) {
    createDeal(input: $input) {
      deal {
        id
        ...DealCardFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DealFormCompaniesQuery = graphql(`
  query DealFormCompanies($search: String) {
    companies(first: 50, search: $search) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export interface OpenStage {
  id: string;
  name: string;
}

/**
 * A new deal on the board: a title, an optional amount, the customer (searched among the tenant's
 * companies) and its stage, the first column by default. The board lists it once created.
 */
export function NewDealForm({
  pipelineId,
  stages,
  company,
  onCompany,
  canPickCompany,
}: {
  pipelineId: string;
  stages: readonly OpenStage[];
  company: CompanyChoice | null;
  onCompany: (company: CompanyChoice | null) => void;
  canPickCompany: boolean;
}) {
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [stageId, setStageId] = useState('');
  const [search, setSearch] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [result, createDeal] = useMutation(CreateBoardDealMutation);
  const [companies] = useQuery({
    query: DealFormCompaniesQuery,
    variables: { search: search.trim() || null },
    pause: !canPickCompany,
  });
  const found = companies.data?.companies.edges.map((edge) => edge.node) ?? [];
  const options = company && !found.some((option) => option.id === company.id) ? [company, ...found] : found;
  const stage = stages.find((candidate) => candidate.id === stageId) ?? stages[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const answer = await createDeal({
      input: {
        title,
        pipelineId,
        stageId: stage?.id ?? null,
        companyId: company?.id ?? null,
        amount: amount.trim() ? { amount: amount.trim(), currency: currency.trim() } : null,
      },
    });
    if (!answer.data?.createDeal.deal) return;
    setCreated(`“${title.trim()}” is on the board in ${stage?.name ?? 'its stage'}.`);
    setTitle('');
    setAmount('');
  };

  return (
    <Card title="New deal">
      <form onSubmit={submit} className="flex flex-col gap-3" aria-label="New deal">
        <TextField
          label="Deal title"
          required
          value={title}
          onChange={(event) => setTitle(event.target.value)}
        />
        <div className="grid grid-cols-[minmax(0,2fr)_minmax(0,1fr)] gap-3">
          <TextField
            label="Amount (optional)"
            inputMode="decimal"
            placeholder="1200.00"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
          />
          <TextField
            label="Currency"
            maxLength={3}
            value={currency}
            onChange={(event) => setCurrency(event.target.value.toUpperCase())}
          />
        </div>
        {canPickCompany && (
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            <TextField
              label="Find a company"
              type="search"
              value={search}
              onChange={(event) => setSearch(event.target.value)}
            />
            <SelectField
              label="Company"
              value={company?.id ?? ''}
              onChange={(event) => {
                const chosen = options.find((option) => option.id === event.target.value);
                onCompany(chosen ? { id: chosen.id, name: chosen.name } : null);
              }}
            >
              <option value="">No company</option>
              {options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </SelectField>
          </div>
        )}
        {companies.error && <Problems error={companies.error} />}
        <SelectField
          label="Stage"
          value={stage?.id ?? ''}
          onChange={(event) => setStageId(event.target.value)}
        >
          {stages.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <Problems error={result.error} userErrors={result.data?.createDeal.userErrors} />
        {created && (
          <p role="status" className="text-sm text-green-800">
            {created}
          </p>
        )}
        <div>
          <Button type="submit" disabled={result.fetching}>
            {result.fetching ? 'Creating…' : 'Create deal'}
          </Button>
        </div>
      </form>
    </Card>
  );
}
