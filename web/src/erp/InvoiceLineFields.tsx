import { Button, formatMoney, TextField } from '../ui';
import type { LineField } from './field-errors';

/** A line being written: what the inputs hold, as typed. */
export interface DraftLine {
  key: number;
  description: string;
  quantity: string;
  unitPrice: string;
}

/**
 * One line of a new invoice, a group named "Line <n>": description, quantity and unit price, the
 * amount they make, and the server's errors beside the field they concern.
 */
export function InvoiceLineFields({
  number,
  line,
  amount,
  currency,
  errors,
  onChange,
  onRemove,
}: {
  number: number;
  line: DraftLine;
  amount: string | null;
  currency: string;
  errors: Partial<Record<LineField, string>>;
  onChange: (change: Partial<Omit<DraftLine, 'key'>>) => void;
  onRemove?: () => void;
}) {
  const errorId = (name: LineField) => `line-${line.key}-${name}-error`;
  const invalid = (name: LineField) =>
    errors[name] ? { 'aria-invalid': true, 'aria-describedby': errorId(name) } : {};
  const message = (name: LineField) =>
    errors[name] && (
      <p id={errorId(name)} role="alert" className="mt-1 text-sm text-red-700">
        {errors[name]}
      </p>
    );

  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-700">Line {number}</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_7rem_8rem_7rem_auto] sm:items-start">
        <div className="col-span-2 sm:col-span-1">
          <TextField
            label="Description"
            value={line.description}
            maxLength={500}
            {...invalid('description')}
            onChange={(event) => onChange({ description: event.target.value })}
          />
          {message('description')}
        </div>
        <div>
          <TextField
            label="Quantity"
            inputMode="decimal"
            value={line.quantity}
            {...invalid('quantity')}
            onChange={(event) => onChange({ quantity: event.target.value })}
          />
          {message('quantity')}
        </div>
        <div>
          <TextField
            label={`Unit price (${currency || '?'})`}
            inputMode="decimal"
            placeholder="0.00"
            value={line.unitPrice}
            {...invalid('unitPrice')}
            onChange={(event) => onChange({ unitPrice: event.target.value })}
          />
          {message('unitPrice')}
        </div>
        <div className="flex flex-col gap-1 text-sm">
          <span>Amount</span>
          <output aria-label={`Line ${number} amount`} className="py-2 font-medium tabular-nums">
            {amount === null ? '—' : formatMoney({ amount, currency })}
          </output>
        </div>
        {onRemove && (
          <div className="flex items-end sm:h-full sm:pt-6">
            <Button variant="secondary" aria-label={`Remove line ${number}`} onClick={onRemove}>
              Remove
            </Button>
          </div>
        )}
      </div>
    </fieldset>
  );
}
