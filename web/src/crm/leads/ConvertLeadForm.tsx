import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { FormActions, Problems, TextField } from '../../ui';
import { fieldErrors } from '../../field-errors';
import { useFields } from '../../use-fields';

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
  const [result, convertLead] = useMutation(ConvertLead);
  const errors = fieldErrors(result.data?.convertLead.userErrors, INPUTS);
  const { fields, bind } = useFields(
    { companyName: lead.companyName ?? '', companyDomain: '', dealTitle: '', amount: '', currency: 'USD' },
    errors,
  );
  const [createDeal, setCreateDeal] = useState(true);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const amount = fields.amount.trim();
    const answer = await convertLead({
      input: {
        leadId: lead.id,
        companyName: fields.companyName.trim() || null,
        companyDomain: fields.companyDomain.trim() || null,
        createDeal,
        dealTitle: createDeal ? fields.dealTitle.trim() || null : null,
        amount: createDeal && amount ? { amount, currency: fields.currency.trim() } : null,
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
        <TextField label="Company name" {...bind('companyName')} />
        <TextField label="Company domain" placeholder="From the e-mail address" {...bind('companyDomain')} />
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
          <TextField
            label="Deal title"
            className="sm:col-span-3"
            placeholder={`${fields.companyName || lead.name}: new deal`}
            {...bind('dealTitle')}
          />
          <TextField
            label="Amount"
            className="sm:col-span-2"
            inputMode="decimal"
            placeholder="1200.00"
            {...bind('amount')}
          />
          <TextField label="Currency" maxLength={3} {...bind('currency', (typed) => typed.toUpperCase())} />
        </div>
      )}
      <FormActions submit="Convert lead" busyLabel="Converting…" busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
