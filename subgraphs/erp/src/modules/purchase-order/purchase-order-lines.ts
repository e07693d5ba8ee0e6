import { userError, type UserError } from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { computeLineTax } from '../journal-entry/ledger.api';
import { centsText, storedCents } from '../journal-entry/ledger-amount';
import { currencyFractionDigits, lineAmountUnits, MAX_AMOUNT_UNITS } from '../invoice/money';
import { parsePrice } from '../product/price';
import { quantityText } from '../stock/stock-quantity';
import type { CheckedOrderLine } from './purchase-order.validation';

/** A line ready to store: its destination resolved and its amounts computed. */
export interface PricedOrderLine {
  productId: string;
  locationId: string;
  description: string | null;
  quantity: string;
  unitCost: string;
  amount: string;
  taxRateId: string | null;
  taxRate: string | null;
  tax: string;
}

export interface PricedOrder {
  lines: PricedOrderLine[];
  subtotal: string;
  taxTotal: string;
  total: string;
}

interface ProductFacts {
  id: string;
  sku: string;
  currency: string;
  active: boolean;
}

interface DestinationFacts {
  id: string;
  warehouseId: string;
  active: boolean;
}

interface RateFacts {
  id: string;
  rate: string;
  inclusive: boolean;
  active: boolean;
}

/**
 * Checks each line against the tenant's rows and prices it: the product exists, is active and is
 * valued in the order's currency (stock value is kept in the product's currency, and a receipt puts
 * the order's unit cost into it: CURRENCY_MISMATCH otherwise); the destination location (or the
 * warehouse's default location) exists and is active; the tax rate is the tenant's, active and
 * exclusive (purchase costs are net: the input tax is recoverable, TAX_RATE_INCLUSIVE otherwise).
 * Amount = quantity × unit cost rounded half-up per line, tax = amount × rate rounded per line.
 * Rows read are locked `for share` until the transaction ends.
 */
export async function priceOrderLines(
  manager: EntityManager,
  tenantId: string,
  currency: string,
  lines: readonly CheckedOrderLine[],
): Promise<{ ok: true; value: PricedOrder } | { ok: false; errors: UserError[] }> {
  const unique = (ids: Array<string | null>) => [...new Set(ids.filter((id): id is string => id !== null))];
  const products: ProductFacts[] = await manager.query(
    `select id, sku, currency, active from erp.products where tenant_id = $1 and id = any($2::uuid[])
     order by id for share`,
    [tenantId, unique(lines.map((line) => line.productId))],
  );
  const destinations: Array<DestinationFacts & { isDefault: boolean }> = await manager.query(
    `select l.id, l.warehouse_id as "warehouseId", (l.active and w.active) as active, l.is_default as "isDefault"
     from erp.stock_locations l join erp.warehouses w on w.tenant_id = l.tenant_id and w.id = l.warehouse_id
     where l.tenant_id = $1 and (l.id = any($2::uuid[]) or (l.warehouse_id = any($3::uuid[]) and l.is_default))
     order by l.id for share of l, w`,
    [tenantId, unique(lines.map((line) => line.locationId)), unique(lines.map((line) => line.warehouseId))],
  );
  const rates: RateFacts[] = await manager.query(
    `select id, rate, inclusive, active from erp.tax_rates where tenant_id = $1 and id = any($2::uuid[])
     order by id for share`,
    [tenantId, unique(lines.map((line) => line.taxRateId))],
  );
  const productById = new Map(products.map((row) => [row.id, row]));
  const locationById = new Map(destinations.map((row) => [row.id, row]));
  const defaultByWarehouse = new Map(
    destinations.filter((row) => row.isDefault).map((row) => [row.warehouseId, row]),
  );
  const rateById = new Map(rates.map((row) => [row.id, row]));
  const digits = currencyFractionDigits(currency);
  const errors: UserError[] = [];
  const priced: PricedOrderLine[] = [];
  let netCents = 0n;
  let taxCents = 0n;
  lines.forEach((line, index) => {
    const field = (name: string) => ['input', 'lines', String(index), name];
    const before = errors.length;
    const product = productById.get(line.productId);
    if (!product) {
      errors.push(
        userError('PRODUCT_NOT_FOUND', 'No product of this tenant has that id.', field('productId')),
      );
    } else if (!product.active) {
      errors.push(
        userError(
          'PRODUCT_INACTIVE',
          `${product.sku} is inactive; reactivate it to order it.`,
          field('productId'),
        ),
      );
    } else if (product.currency !== currency) {
      errors.push(
        userError(
          'CURRENCY_MISMATCH',
          `${product.sku} is valued in ${product.currency}; order it on a ${product.currency} purchase order.`,
          field('productId'),
        ),
      );
    }
    const destination = line.locationId
      ? locationById.get(line.locationId)
      : line.warehouseId
        ? defaultByWarehouse.get(line.warehouseId)
        : undefined;
    const destinationField = field(line.locationId ? 'locationId' : 'warehouseId');
    if ((line.locationId || line.warehouseId) && !destination) {
      errors.push(
        userError(
          line.locationId ? 'LOCATION_NOT_FOUND' : 'WAREHOUSE_NOT_FOUND',
          line.locationId
            ? 'No stock location of this tenant has that id.'
            : 'No warehouse of this tenant has that id.',
          destinationField,
        ),
      );
    } else if (destination && !destination.active) {
      errors.push(
        userError('LOCATION_INACTIVE', 'The destination (or its warehouse) is inactive.', destinationField),
      );
    }
    const rate = line.taxRateId ? rateById.get(line.taxRateId) : null;
    if (line.taxRateId && !rate) {
      errors.push(userError('TAX_RATE_UNKNOWN', 'There is no such tax rate.', field('taxRateId')));
    } else if (rate && !rate.active) {
      errors.push(
        userError(
          'TAX_RATE_INACTIVE',
          'This tax rate is no longer in use; pick another.',
          field('taxRateId'),
        ),
      );
    } else if (rate?.inclusive) {
      errors.push(
        userError(
          'TAX_RATE_INCLUSIVE',
          'Purchase costs are net of tax (the input tax is recovered): pick a rate that is added on top.',
          field('taxRateId'),
        ),
      );
    }
    const cost = parsePrice(line.unitCost, currency);
    if (!cost.ok)
      errors.push(userError('UNIT_COST_INVALID', `The unit cost ${cost.reason}.`, field('unitCost')));
    if (errors.length > before || !cost.ok || !destination) return;
    const amount = lineAmountUnits(line.quantity, cost.cents, digits);
    const tax = rate ? storedCents(computeLineTax(centsText(amount), currency, rate).tax) : 0n;
    netCents += amount;
    taxCents += tax;
    priced.push({
      productId: line.productId,
      locationId: destination.id,
      description: line.description,
      quantity: quantityText(line.quantity),
      unitCost: centsText(cost.cents),
      amount: centsText(amount),
      taxRateId: rate?.id ?? null,
      taxRate: rate?.rate ?? null,
      tax: centsText(tax),
    });
  });
  if (errors.length === 0 && netCents + taxCents > MAX_AMOUNT_UNITS) {
    errors.push(userError('AMOUNT_TOO_LARGE', 'The purchase order total is too large.', ['input', 'lines']));
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      lines: priced,
      subtotal: centsText(netCents),
      taxTotal: centsText(taxCents),
      total: centsText(netCents + taxCents),
    },
  };
}
