import type { ComponentProps } from 'react';
import { SelectField } from '../ui';
import type { StockPlace } from './stock-places';

/** A location of one of the tenant's warehouses, grouped by warehouse (`WH1/A-01 Shelf A`). */
export function LocationSelect({
  warehouses,
  ...props
}: { warehouses: StockPlace[]; label: string; error?: string } & ComponentProps<'select'>) {
  return (
    <SelectField required {...props}>
      <option value="">Choose a location</option>
      {warehouses.map((warehouse) => (
        <optgroup key={warehouse.id} label={`${warehouse.code} ${warehouse.name}`}>
          {warehouse.locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.fullCode} {location.name}
            </option>
          ))}
        </optgroup>
      ))}
    </SelectField>
  );
}
