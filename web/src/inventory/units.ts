/** The units erp counts quantities in (`Product.unit`), in the order a person looks for them. */
export const UNITS = [
  'unit',
  'dozen',
  'box',
  'kg',
  'g',
  't',
  'l',
  'ml',
  'm',
  'cm',
  'm2',
  'm3',
  'h',
  'day',
] as const;

/** "12 kg", or "12" for products counted in units (as erp words its messages). */
export function quantityOf(quantity: string, unit: string): string {
  return unit === 'unit' ? quantity : `${quantity} ${unit}`;
}
