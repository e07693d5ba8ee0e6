import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { graphql } from '../__generated__';
import { Button, Card, FormActions, formatMoney, Problems, TextField } from '../ui';
import { type Customer, CustomerPicker } from './CustomerPicker';
import { fieldErrorsOf, type FieldErrors } from './field-errors';
import { type DraftLine, InvoiceLineFields } from './InvoiceLineFields';
import { lineAmounts } from './money';

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

let nextLineKey = 0;
const emptyLine = (): DraftLine => ({ key: nextLineKey++, description: '', quantity: '1', unitPrice: '' });

/**
 * A new draft invoice: the customer, the currency and its lines, with each line's amount and the
 * total computed exactly as the server will (money.ts). The server's refusals show at the line and
 * field they concern; a created invoice opens, to be posted from there.
 */
export function NewInvoiceForm() {
  const [, navigate] = useLocation();
  const [customer, setCustomer] = useState<Customer | null>(null);
  const [currency, setCurrency] = useState('USD');
  const [lines, setLines] = useState<DraftLine[]>(() => [emptyLine()]);
  const [errors, setErrors] = useState<FieldErrors>(() => fieldErrorsOf([]));
  const [customerMissing, setCustomerMissing] = useState(false);
  const [creating, createInvoice] = useMutation(CreateInvoiceMutation);
  const amounts = lineAmounts(lines, currency);

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
    const result = await createInvoice({
      input: {
        customerId: customer.id,
        currency: currency.trim(),
        lines: lines.map(({ description, quantity, unitPrice }) => ({
          description,
          quantity: quantity.trim(),
          unitPrice: unitPrice.trim(),
        })),
      },
    });
    const payload = result.data?.createInvoice;
    if (payload?.invoice) navigate(`/invoices/${payload.invoice.id}`);
    else setErrors(fieldErrorsOf(payload?.userErrors ?? []));
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      <Card title="Customer and currency">
        <div className="flex flex-col gap-3">
          <CustomerPicker
            value={customer}
            onChange={(chosen) => {
              setCustomer(chosen);
              setCustomerMissing(false);
            }}
            error={customerMissing ? 'Choose the company to bill.' : undefined}
          />
          <TextField
            label="Currency"
            className="max-w-40"
            value={currency}
            maxLength={3}
            autoCapitalize="characters"
            error={errors.at('currency')}
            onChange={(event) => {
              setCurrency(event.target.value.toUpperCase());
              setErrors(errors.without('currency'));
            }}
          />
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
              onChange={(change) => changeLine(line.key, change)}
              onRemove={lines.length > 1 ? () => removeLine(line.key) : undefined}
            />
          ))}
          {errors.at('lines') && (
            <p role="alert" className="text-sm text-red-700">
              {errors.at('lines')}
            </p>
          )}
          <div className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-3">
            <Button variant="secondary" onClick={addLine}>
              Add line
            </Button>
            <p aria-live="polite" className="text-right">
              <span className="text-sm text-slate-600">Total </span>
              <output aria-label="Invoice total" className="text-lg font-semibold tabular-nums">
                {formatMoney({ amount: amounts.total, currency })}
              </output>
              {!amounts.complete && (
                <span className="block text-xs text-slate-500">
                  Lines without a valid quantity and unit price are not counted yet.
                </span>
              )}
            </p>
          </div>
        </div>
      </Card>

      <Problems error={creating.error} userErrors={errors.general} />
      <FormActions submit="Create draft invoice" busyLabel="Creating…" busy={creating.fetching} />
    </form>
  );
}
