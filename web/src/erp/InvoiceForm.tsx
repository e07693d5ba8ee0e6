import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../__generated__';
import type { InvoiceLineInput, PaymentTerms } from '../__generated__/graphql';
import { Button, Card, FormActions, formatMoney, Problems, SelectField, TextField } from '../ui';
import { type Customer, CustomerPicker } from './CustomerPicker';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { type DraftLine, InvoiceLineFields } from './InvoiceLineFields';
import { taxedLineAmounts } from './money';
import { todayUtc } from './invoice-fields';
import { useTaxRates } from './tax-rates';

const CreateInvoiceMutation = graphql(`
  mutation CreateInvoiceForm($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      invoice {
        id
        number
        status
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const UpdateInvoiceMutation = graphql(`
  mutation UpdateInvoiceForm($input: UpdateInvoiceInput!) {
    updateInvoice(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** A draft as the form edits it (what InvoiceDetail read). */
export interface EditableInvoice {
  id: string;
  customer: Customer;
  currency: string;
  invoiceDate: string;
  paymentTerms: PaymentTerms;
  paymentTermDays: number;
  lines: ReadonlyArray<{
    description: string;
    quantity: string;
    unitPrice: { amount: string };
    taxRate?: { id: string } | null;
  }>;
}

const TERMS: ReadonlyArray<{ value: PaymentTerms; label: string }> = [
  { value: 'IMMEDIATE', label: 'Due on the invoice date' },
  { value: 'NET_15', label: 'Net 15 days' },
  { value: 'NET_30', label: 'Net 30 days' },
  { value: 'NET_60', label: 'Net 60 days' },
  { value: 'CUSTOM', label: 'Another number of days' },
];

let nextLineKey = 0;
const emptyLine = (): DraftLine => ({
  key: nextLineKey++,
  description: '',
  quantity: '1',
  unitPrice: '',
  taxRateId: '',
});

/**
 * A draft invoice, new or being edited: the customer, currency, invoice date, payment terms and its
 * lines with their tax rates, each line's amount, the subtotal, tax and total computed exactly as the
 * server will (money.ts). The server's refusals show at the line and field they concern; a created
 * invoice opens, to be posted from there; a saved draft calls `onSaved`.
 */
export function InvoiceForm({ draft, onSaved }: { draft?: EditableInvoice; onSaved?: () => void }) {
  const [, navigate] = useLocation();
  const { rates, allowed: mayTax } = useTaxRates();
  const [customer, setCustomer] = useState<Customer | null>(draft?.customer ?? null);
  const [currency, setCurrency] = useState(draft?.currency ?? 'USD');
  const [invoiceDate, setInvoiceDate] = useState(draft?.invoiceDate ?? todayUtc());
  const [terms, setTerms] = useState<PaymentTerms>(draft?.paymentTerms ?? 'IMMEDIATE');
  const [termDays, setTermDays] = useState(draft ? String(draft.paymentTermDays) : '');
  const [lines, setLines] = useState<DraftLine[]>(() =>
    draft
      ? draft.lines.map((line) => ({
          key: nextLineKey++,
          description: line.description,
          quantity: line.quantity,
          unitPrice: line.unitPrice.amount,
          taxRateId: line.taxRate?.id ?? '',
        }))
      : [emptyLine()],
  );
  const [errors, setErrors] = useState<FieldErrors>(() => fieldErrorsOf([]));
  const [customerMissing, setCustomerMissing] = useState(false);
  const [creating, createInvoice] = useMutation(CreateInvoiceMutation);
  const [updating, updateInvoice] = useMutation(UpdateInvoiceMutation);
  const amounts = taxedLineAmounts(
    lines.map((line) => ({ ...line, tax: rates.find((rate) => rate.id === line.taxRateId) ?? null })),
    currency,
  );

  const changeLine = (key: number, change: Partial<DraftLine>) => {
    const index = lines.findIndex((line) => line.key === key);
    setLines(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
    setErrors(errors.without(...Object.keys(change).map((name) => `lines.${index}.${name}`)));
  };
  const addLine = () => setLines([...lines, emptyLine()]);
  // Errors name lines by position: once lines move up, the old positions mean nothing.
  const removeLine = (key: number) => {
    setLines(lines.filter((line) => line.key !== key));
    setErrors(errors.withoutLines());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!customer) {
      setCustomerMissing(true);
      return;
    }
    const lineInputs: InvoiceLineInput[] = lines.map(({ description, quantity, unitPrice, taxRateId }) => ({
      description,
      quantity: quantity.trim(),
      unitPrice: unitPrice.trim(),
      ...(taxRateId ? { taxRateId } : {}),
    }));
    const days = Number(termDays.trim());
    const common = {
      customerId: customer.id,
      currency: currency.trim(),
      invoiceDate: invoiceDate || null,
      // A custom term is its number of days (a typo is the server's PAYMENT_TERM_DAYS_INVALID).
      ...(terms === 'CUSTOM'
        ? { paymentTermDays: termDays.trim() === '' || !Number.isInteger(days) ? -1 : days }
        : { paymentTerms: terms }),
      lines: lineInputs,
    };
    if (draft) {
      const result = await updateInvoice({ input: { id: draft.id, ...common } });
      const payload = result.data?.updateInvoice;
      if (payload?.invoice) onSaved?.();
      else setErrors(fieldErrorsOf(payload?.userErrors ?? []));
      return;
    }
    const result = await createInvoice({ input: common });
    const payload = result.data?.createInvoice;
    if (payload?.invoice) navigate(`/invoices/${payload.invoice.id}`);
    else setErrors(fieldErrorsOf(payload?.userErrors ?? []));
  };

  const request = draft ? updating : creating;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={draft ? 'Edit draft invoice' : 'New invoice'}
      className="flex flex-col gap-4"
    >
      <Card title="Customer and terms">
        <div className="flex flex-col gap-3">
          <CustomerPicker
            value={customer}
            onChange={(chosen) => {
              setCustomer(chosen);
              setCustomerMissing(false);
            }}
            error={customerMissing ? 'Choose the company to bill.' : undefined}
          />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <TextField
              label="Currency"
              value={currency}
              maxLength={3}
              autoCapitalize="characters"
              error={errors.at('currency')}
              onChange={(event) => {
                setCurrency(event.target.value.toUpperCase());
                setErrors(errors.without('currency'));
              }}
            />
            <TextField
              label="Invoice date"
              type="date"
              value={invoiceDate}
              error={errors.at('invoiceDate')}
              onChange={(event) => {
                setInvoiceDate(event.target.value);
                setErrors(errors.without('invoiceDate'));
              }}
            />
            <SelectField
              label="Payment terms"
              value={terms}
              error={errors.at('paymentTerms')}
              onChange={(event) => {
                setTerms(event.target.value as PaymentTerms);
                setErrors(errors.without('paymentTerms', 'paymentTermDays'));
              }}
            >
              {TERMS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </SelectField>
            {terms === 'CUSTOM' && (
              <TextField
                label="Days to pay"
                inputMode="numeric"
                value={termDays}
                error={errors.at('paymentTermDays')}
                onChange={(event) => {
                  setTermDays(event.target.value);
                  setErrors(errors.without('paymentTermDays'));
                }}
              />
            )}
          </div>
        </div>
      </Card>

      <Card title="Lines">
        <div className="flex flex-col gap-3">
          {lines.map((line, index) => (
            <InvoiceLineFields
              key={line.key}
              number={index + 1}
              line={line}
              amount={amounts.lines[index]}
              currency={currency}
              errors={errors.forLine(index)}
              taxRates={mayTax ? rates : null}
              onChange={(change) => changeLine(line.key, change)}
              onRemove={lines.length > 1 ? () => removeLine(line.key) : undefined}
            />
          ))}
          {errors.at('lines') && (
            <p role="alert" className="text-sm text-red-700">
              {errors.at('lines')}
            </p>
          )}
          <div className="flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 pt-3">
            <Button variant="secondary" onClick={addLine}>
              Add line
            </Button>
            <dl aria-live="polite" className="grid grid-cols-[auto_auto] gap-x-3 text-right text-sm">
              <dt className="text-slate-600">Subtotal</dt>
              <dd className="tabular-nums">
                <output aria-label="Invoice subtotal">
                  {formatMoney({ amount: amounts.subtotal, currency })}
                </output>
              </dd>
              <dt className="text-slate-600">Tax</dt>
              <dd className="tabular-nums">
                <output aria-label="Invoice tax">{formatMoney({ amount: amounts.tax, currency })}</output>
              </dd>
              <dt className="text-slate-600">Total</dt>
              <dd>
                <output aria-label="Invoice total" className="text-lg font-semibold tabular-nums">
                  {formatMoney({ amount: amounts.total, currency })}
                </output>
              </dd>
            </dl>
          </div>
          {!amounts.complete && (
            <p className="text-right text-xs text-slate-500">
              Lines without a valid quantity and unit price are not counted yet.
            </p>
          )}
        </div>
      </Card>

      <Problems error={request.error} userErrors={errors.general} />
      <FormActions
        submit={draft ? 'Save draft' : 'Create draft invoice'}
        busyLabel={draft ? 'Saving…' : 'Creating…'}
        busy={request.fetching}
        onCancel={draft ? onSaved : undefined}
      />
    </form>
  );
}
