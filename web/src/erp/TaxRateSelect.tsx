import { SelectField } from '../ui';
import { type TaxRateOption, taxRateLabel } from './tax-rates';

/**
 * A line's tax rate: "No tax" or one of the tenant's active rates. `exclusiveOnly` leaves out rates
 * whose prices include the tax (purchase costs are net: the API refuses them with TAX_RATE_INCLUSIVE).
 */
export function TaxRateSelect({
  rates,
  value,
  onChange,
  error,
  exclusiveOnly = false,
}: {
  rates: readonly TaxRateOption[];
  value: string;
  onChange: (taxRateId: string) => void;
  error?: string;
  exclusiveOnly?: boolean;
}) {
  const shown = exclusiveOnly ? rates.filter((rate) => !rate.inclusive) : rates;
  return (
    <SelectField
      label="Tax rate"
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">No tax</option>
      {shown.map((rate) => (
        <option key={rate.id} value={rate.id}>
          {taxRateLabel(rate)}
        </option>
      ))}
    </SelectField>
  );
}
