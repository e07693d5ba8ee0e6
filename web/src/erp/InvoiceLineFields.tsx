import { Button, formatMoney, TextField } from '../ui';
import type { LineField } from './field-errors';
import type { TaxRateOption } from './tax-rates';
import { TaxRateSelect } from './TaxRateSelect';

/** A line being written: what the inputs hold, as typed. */
export interface DraftLine {
  key: number;
  description: string;
  quantity: string;
  unitPrice: string;
  /** The chosen tax rate's id; empty for an untaxed line. */
  taxRateId: string;
}

/**
 * One line of an invoice being written, a group named "Line <n>": description, quantity, unit price
 * and (for a role that may read them) the tax rate, the amount they make, and the server's errors
 * beside the field they concern.
 */
export function InvoiceLineFields({
  number,
  line,
  amount,
  currency,
  errors,
  taxRates,
  onChange,
  onRemove,
}: {
  number: number;
  line: DraftLine;
  amount: string | null;
  currency: string;
  errors: Partial<Record<LineField, string>>;
  /** The rates to choose from; null when the role may not read them (no select shown). */
  taxRates: readonly TaxRateOption[] | null;
  onChange: (change: Partial<Omit<DraftLine, 'key'>>) => void;
  onRemove?: () => void;
}) {
  return (
    <fieldset className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-700">Line {number}</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_6rem_8rem_11rem_7rem_auto] sm:items-start">
        <TextField
          label="Description"
          className="col-span-2 sm:col-span-1"
          value={line.description}
          maxLength={500}
          error={errors.description}
          onChange={(event) => onChange({ description: event.target.value })}
        />
        <TextField
          label="Quantity"
          inputMode="decimal"
          value={line.quantity}
          error={errors.quantity}
          onChange={(event) => onChange({ quantity: event.target.value })}
        />
        <TextField
          label={`Unit price (${currency || '?'})`}
          inputMode="decimal"
          placeholder="0.00"
          value={line.unitPrice}
          error={errors.unitPrice}
          onChange={(event) => onChange({ unitPrice: event.target.value })}
        />
        {taxRates ? (
          <TaxRateSelect
            rates={taxRates}
            value={line.taxRateId}
            error={errors.taxRateId}
            onChange={(taxRateId) => onChange({ taxRateId })}
          />
        ) : (
          <span className="hidden sm:block" />
        )}
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
