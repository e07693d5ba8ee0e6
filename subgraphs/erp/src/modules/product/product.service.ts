import {
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
  writeUnlessTaken,
} from '@nexora/kit';
import type { EntityManager } from 'typeorm';
import { DEFAULT_CURRENCY } from '../invoice/money';
import { productByIdLoader } from './product.loaders';
import { DEFAULT_UNIT, PRODUCT_COLUMNS, type ProductRow } from './product.types';
import {
  checkCurrency,
  checkDescription,
  checkPrice,
  checkProductName,
  checkSku,
  checkUnit,
} from './product.validation';

export interface ProductPayload {
  product: ProductRow | null;
  userErrors: UserError[];
}

export interface CreateProductInput {
  sku: string;
  name: string;
  description?: string | null;
  unit?: string | null;
  currency?: string | null;
  costPrice?: string | null;
  salePrice?: string | null;
  active?: boolean | null;
}

export interface UpdateProductInput extends Omit<CreateProductInput, 'sku' | 'name'> {
  id: string;
  sku?: string | null;
  name?: string | null;
}

/** The product's fields as they will be stored. */
interface ProductFields {
  sku: string;
  name: string;
  description: string | null;
  unit: string;
  currency: string;
  costPrice: string;
  salePrice: string;
  active: boolean;
}

function duplicateSku(sku: string): UserError {
  return userError('DUPLICATE_SKU', `Another product already has the SKU ${sku} (SKUs ignore case).`, [
    'input',
    'sku',
  ]);
}

/** Creates a product; every field is checked before anything is written. */
export async function createProduct(
  ctx: SubgraphContext,
  input: CreateProductInput,
): Promise<ProductPayload> {
  const tenantId = tenantOf(ctx);
  const errors: UserError[] = [];
  const fields = checkFields(input, null, errors);
  if (!fields) return { product: null, userErrors: errors };
  return ctx.db.run(async (manager) => {
    const written = await writeUnlessTaken(manager, async () => {
      const [row]: ProductRow[] = await manager.query(
        `insert into erp.products (tenant_id, sku, name, description, unit, currency, cost_price, sale_price, active)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning ${PRODUCT_COLUMNS}`,
        [tenantId, ...fieldValues(fields)],
      );
      return row;
    });
    if (!written.ok) return { product: null, userErrors: [duplicateSku(fields.sku)] };
    productByIdLoader(ctx).prime(written.value.id, written.value);
    return { product: written.value, userErrors: [] };
  });
}

/**
 * Changes a product. The row is locked first, the lock stock moves take, so "has it moved yet?"
 * (which fixes unit and currency) cannot change while we decide; the database refuses it too.
 */
export async function updateProduct(
  ctx: SubgraphContext,
  input: UpdateProductInput,
): Promise<ProductPayload> {
  const tenantId = tenantOf(ctx);
  const id = parseId(input.id, 'input.id');
  return ctx.db.run(async (manager) => {
    const [current]: ProductRow[] = await manager.query(
      `select ${PRODUCT_COLUMNS} from erp.products where tenant_id = $1 and id = $2 for update`,
      [tenantId, id],
    );
    if (!current) throw notFound('Product', id);
    const errors: UserError[] = [];
    const fields = checkFields(input, current, errors);
    if (fields) await checkLockedFields(manager, current, fields, errors);
    if (!fields || errors.length > 0) return { product: null, userErrors: errors };
    const written = await writeUnlessTaken(manager, async () => {
      const [rows]: [ProductRow[], number] = await manager.query(
        `update erp.products set sku = $3, name = $4, description = $5, unit = $6, currency = $7,
           cost_price = $8, sale_price = $9, active = $10, updated_at = now()
         where tenant_id = $1 and id = $2 returning ${PRODUCT_COLUMNS}`,
        [tenantId, id, ...fieldValues(fields)],
      );
      return rows[0];
    });
    if (!written.ok) return { product: null, userErrors: [duplicateSku(fields.sku)] };
    productByIdLoader(ctx).clear(id).prime(id, written.value);
    return { product: written.value, userErrors: [] };
  });
}

function fieldValues(fields: ProductFields): unknown[] {
  const { sku, name, description, unit, currency, costPrice, salePrice, active } = fields;
  return [sku, name, description, unit, currency, costPrice, salePrice, active];
}

/** The fields `input` asks for over `current` (defaults for a new product), or null with `errors`. */
function checkFields(
  input: Omit<UpdateProductInput, 'id'>,
  current: ProductRow | null,
  errors: UserError[],
): ProductFields | null {
  const field = (name: string) => ['input', name];
  const sku = input.sku == null ? (current?.sku ?? null) : checkSku(input.sku, field('sku'), errors);
  const name =
    input.name == null ? (current?.name ?? null) : checkProductName(input.name, field('name'), errors);
  const description =
    input.description == null
      ? (current?.description ?? null)
      : checkDescription(input.description, field('description'), errors);
  const unit =
    input.unit == null ? (current?.unit ?? DEFAULT_UNIT) : checkUnit(input.unit, field('unit'), errors);
  const currency =
    input.currency == null
      ? (current?.currency ?? DEFAULT_CURRENCY)
      : checkCurrency(input.currency, field('currency'), errors);
  // Prices are checked in the currency they will be stored with (a new currency may use fewer digits).
  const priceCurrency = currency ?? DEFAULT_CURRENCY;
  const costPrice = checkPrice(
    input.costPrice ?? current?.costPrice ?? '0',
    priceCurrency,
    'COST_PRICE_INVALID',
    field('costPrice'),
    errors,
  );
  const salePrice = checkPrice(
    input.salePrice ?? current?.salePrice ?? '0',
    priceCurrency,
    'SALE_PRICE_INVALID',
    field('salePrice'),
    errors,
  );
  const active = input.active ?? current?.active ?? true;
  if (errors.length > 0 || !sku || !name || description === undefined || !unit || !currency) return null;
  if (costPrice === null || salePrice === null) return null;
  return { sku, name, description, unit, currency, costPrice, salePrice, active };
}

/** Unit and currency give meaning to every recorded quantity and cost: fixed once the product moved. */
async function checkLockedFields(
  manager: EntityManager,
  current: ProductRow,
  fields: ProductFields,
  errors: UserError[],
): Promise<void> {
  if (fields.unit === current.unit && fields.currency === current.currency) return;
  const [{ moved }]: Array<{ moved: boolean }> = await manager.query(
    `select exists (select 1 from erp.stock_moves where tenant_id = $1 and product_id = $2) as moved`,
    [current.tenantId, current.id],
  );
  if (!moved) return;
  if (fields.unit !== current.unit) {
    errors.push(
      userError(
        'UNIT_LOCKED',
        `${current.sku} has stock moves counted in ${current.unit}; its unit is fixed.`,
        ['input', 'unit'],
      ),
    );
  }
  if (fields.currency !== current.currency) {
    errors.push(
      userError(
        'CURRENCY_LOCKED',
        `${current.sku} has stock valued in ${current.currency}; its currency is fixed.`,
        ['input', 'currency'],
      ),
    );
  }
}
