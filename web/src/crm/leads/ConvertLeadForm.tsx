import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Problems, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';

const ConvertLead = graphql(`
  mutation ConvertLead($input: ConvertLeadInput!) {
    convertLead(input: $input) {
      lead {
        id
        status
        convertedAt
        ...ConvertedRecords
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const INPUTS = ['companyName', 'companyDomain', 'dealTitle', 'amount'] as const;

/**
 * Turns a lead into a person, a company (matched by domain, or created) and, unless unticked, a deal
 * in the default pipeline. Blank fields take the server's defaults: the lead's company name, its
 * e-mail's domain (not a free-mail one), "<company>: new deal".
 */
export function ConvertLeadForm({
  lead,
  onDone,
  onCancel,
}: {
  lead: { id: string; name: string; companyName?: string | null };
  onDone: () => void;
  onCancel: () => void;
}) {
  const [companyName, setCompanyName] = useState(lead.companyName ?? '');
  const [companyDomain, setCompanyDomain] = useState('');
  const [createDeal, setCreateDeal] = useState(true);
  const [dealTitle, setDealTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [result, convertLead] = useMutation(ConvertLead);
  const formId = `convert-${lead.id}`;
  const errors = fieldErrors(formId, result.data?.convertLead.userErrors, INPUTS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await convertLead({
      input: {
        leadId: lead.id,
        companyName: companyName.trim() || null,
        companyDomain: companyDomain.trim() || null,
        createDeal,
        dealTitle: createDeal ? dealTitle.trim() || null : null,
        amount: createDeal && amount.trim() ? { amount: amount.trim(), currency: currency.trim() } : null,
      },
    });
    if (answer.data?.convertLead.lead) onDone();
  };

  return (
    <form
      aria-label={`Convert ${lead.name}`}
      onSubmit={submit}
      className="mt-3 flex flex-col gap-3 rounded bg-slate-50 p-3 ring-1 ring-slate-200"
    >
      <Problems error={result.error} userErrors={errors.rest} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-3">
          <TextField
            label="Company name"
            value={companyName}
            onChange={(event) => setCompanyName(event.target.value)}
            {...errors.control('companyName')}
          />
          {errors.message('companyName')}
        </div>
        <div className="flex flex-col gap-3">
          <TextField
            label="Company domain"
            placeholder="From the e-mail address"
            value={companyDomain}
            onChange={(event) => setCompanyDomain(event.target.value)}
            {...errors.control('companyDomain')}
          />
          {errors.message('companyDomain')}
        </div>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={createDeal}
          onChange={(event) => setCreateDeal(event.target.checked)}
        />
        Open a deal
      </label>
      {createDeal && (
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="flex flex-col gap-3 sm:col-span-3">
            <TextField
              label="Deal title"
              placeholder={`${companyName || lead.name}: new deal`}
              value={dealTitle}
              onChange={(event) => setDealTitle(event.target.value)}
              {...errors.control('dealTitle')}
            />
            {errors.message('dealTitle')}
          </div>
          <div className="flex flex-col gap-3 sm:col-span-2">
            <TextField
              label="Amount"
              inputMode="decimal"
              placeholder="1200.00"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              {...errors.control('amount')}
            />
            {errors.message('amount')}
          </div>
          <TextField
            label="Currency"
            maxLength={3}
            value={currency}
            onChange={(event) => setCurrency(event.target.value.toUpperCase())}
          />
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Converting…' : 'Convert lead'}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
