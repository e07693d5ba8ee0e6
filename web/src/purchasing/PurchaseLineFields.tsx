import { type PickedProduct, ProductPicker } from '../inventory/ProductPicker';
import type { StockPlace } from '../inventory/stock-places';
import { TaxRateSelect } from '../erp/TaxRateSelect';
import type { TaxRateOption } from '../erp/tax-rates';
import { Button, formatMoney, SelectField, TextField } from '../ui';

/** A purchase order line being written, as typed. */
export interface DraftPurchaseLine {
  key: number;
  product: PickedProduct | null;
  quantity: string;
  unitCost: string;
  taxRateId: string;
  warehouseId: string;
}

export type PurchaseLineField = 'productId' | 'quantity' | 'unitCost' | 'taxRateId' | 'warehouseId';
export const PURCHASE_LINE_FIELDS: readonly PurchaseLineField[] = [
  'productId',
  'quantity',
  'unitCost',
  'taxRateId',
  'warehouseId',
];

/**
 * One line of a purchase order, a group named "Line <n>": the product, how many, the agreed unit
 * cost, the (exclusive) tax rate and the warehouse the goods go to, with the server's errors beside
 * the field they concern.
 */
export function PurchaseLineFields({
  number,
  line,
  amount,
  currency,
  errors,
  taxRates,
  warehouses,
  onChange,
  onRemove,
}: {
  number: number;
  line: DraftPurchaseLine;
  amount: string | null;
  currency: string;
  errors: Partial<Record<PurchaseLineField, string>>;
  taxRates: readonly TaxRateOption[] | null;
  warehouses: readonly StockPlace[];
  onChange: (change: Partial<Omit<DraftPurchaseLine, 'key'>>) => void;
  onRemove?: () => void;
}) {
  return (
    <fieldset className="flex flex-col gap-3 rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-700">Line {number}</legend>
      <ProductPicker
        value={line.product}
        error={errors.productId}
        onChange={(product) => onChange({ product })}
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-[6rem_8rem_minmax(0,1fr)_minmax(0,1fr)_7rem_auto] sm:items-start">
        <TextField
          label="Quantity"
          inputMode="decimal"
          value={line.quantity}
          error={errors.quantity}
          onChange={(event) => onChange({ quantity: event.target.value })}
        />
        <TextField
          label={`Unit cost (${currency || '?'})`}
          inputMode="decimal"
          placeholder="0.00"
          value={line.unitCost}
          error={errors.unitCost}
          onChange={(event) => onChange({ unitCost: event.target.value })}
        />
        {taxRates ? (
          <TaxRateSelect
            rates={taxRates}
            exclusiveOnly
            value={line.taxRateId}
            error={errors.taxRateId}
            onChange={(taxRateId) => onChange({ taxRateId })}
          />
        ) : (
          <span className="hidden sm:block" />
        )}
        <SelectField
          label="Warehouse"
          required
          value={line.warehouseId}
          error={errors.warehouseId}
          onChange={(event) => onChange({ warehouseId: event.target.value })}
        >
          <option value="">Choose a warehouse</option>
          {warehouses.map((warehouse) => (
            <option key={warehouse.id} value={warehouse.id}>
              {warehouse.code} {warehouse.name}
            </option>
          ))}
        </SelectField>
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
