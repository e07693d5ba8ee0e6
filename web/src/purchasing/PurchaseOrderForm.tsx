import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { getFragmentData, graphql } from '../__generated__';
import type { PurchaseOrderDetailFieldsFragment, PurchaseOrderLineInput } from '../__generated__/graphql';
import { type Customer, CustomerPicker } from '../erp/CustomerPicker';
import { fieldErrorsOf, type FieldErrors, type ShownFields } from '../erp/field-errors';
import { todayUtc } from '../erp/invoice-fields';
import { taxedLineAmounts } from '../erp/money';
import { useTaxRates } from '../erp/tax-rates';
import { useStockPlaces } from '../inventory/stock-places';
import { Button, Card, FormActions, formatMoney, Loading, Problems, TextArea, TextField } from '../ui';
import { PurchaseOrderDetailFields } from './purchase-order-fields';
import { type DraftPurchaseLine, PURCHASE_LINE_FIELDS, PurchaseLineFields } from './PurchaseLineFields';

const CreatePurchaseOrderMutation = graphql(`
  mutation CreatePurchaseOrder($input: CreatePurchaseOrderInput!) {
    createPurchaseOrder(input: $input) {
      purchaseOrder {
        ...PurchaseOrderDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const UpdatePurchaseOrderMutation = graphql(`
  mutation UpdatePurchaseOrder($input: UpdatePurchaseOrderInput!) {
    updatePurchaseOrder(input: $input) {
      purchaseOrder {
        ...PurchaseOrderDetailFields
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

type LineField = (typeof PURCHASE_LINE_FIELDS)[number] | 'locationId';
const SHOWN: ShownFields = {
  fields: ['currency', 'lines', 'orderDate', 'notes', 'supplierId'],
  lineFields: [...PURCHASE_LINE_FIELDS, 'locationId'],
};

let nextLineKey = 0;
const emptyLine = (): DraftPurchaseLine => ({
  key: nextLineKey++,
  product: null,
  quantity: '1',
  unitCost: '',
  taxRateId: '',
  warehouseId: '',
});

function linesOf(order: PurchaseOrderDetailFieldsFragment, rates: ReturnType<typeof useTaxRates>['rates']) {
  return order.lines.map((line): DraftPurchaseLine => ({
    key: nextLineKey++,
    product: line.product ?? null,
    quantity: line.quantity,
    unitCost: line.unitCost.amount,
    // The line keeps the rate's percentage, not its id: the active exclusive rate of that percentage.
    taxRateId: rates.find((rate) => !rate.inclusive && rate.rate === line.taxRate)?.id ?? '',
    warehouseId: line.location?.warehouse.id ?? '',
  }));
}

/**
 * A draft purchase order, new or being edited: the supplier (a crm company erp knows), currency,
 * order date, notes and its lines (product, quantity, unit cost, tax rate, warehouse), with the
 * amounts as the server computes them. Refusals show at the line and field they concern.
 */
export function PurchaseOrderForm(props: {
  draft?: PurchaseOrderDetailFieldsFragment;
  onSaved?: () => void;
}) {
  const taxes = useTaxRates();
  // A draft's lines name their rate by percentage: the rates must be known to show them chosen.
  if (props.draft && !taxes.loaded) return <Loading what="tax rates" />;
  return <OrderForm {...props} taxes={taxes} />;
}

function OrderForm({
  draft,
  onSaved,
  taxes: { rates, allowed: mayTax },
}: {
  draft?: PurchaseOrderDetailFieldsFragment;
  onSaved?: () => void;
  taxes: ReturnType<typeof useTaxRates>;
}) {
  const [, navigate] = useLocation();
  const { warehouses } = useStockPlaces();
  const [supplier, setSupplier] = useState<Customer | null>(draft?.supplier ?? null);
  const [currency, setCurrency] = useState(draft?.currency ?? 'USD');
  const [orderDate, setOrderDate] = useState(draft?.orderDate ?? todayUtc());
  const [notes, setNotes] = useState(draft?.notes ?? '');
  const [lines, setLines] = useState<DraftPurchaseLine[]>(() =>
    draft ? linesOf(draft, rates) : [emptyLine()],
  );
  const [errors, setErrors] = useState<FieldErrors<LineField>>(() => fieldErrorsOf<LineField>([], SHOWN));
  const [supplierMissing, setSupplierMissing] = useState(false);
  const [creating, create] = useMutation(CreatePurchaseOrderMutation);
  const [updating, update] = useMutation(UpdatePurchaseOrderMutation);
  const amounts = taxedLineAmounts(
    lines.map((line) => ({
      quantity: line.quantity,
      unitPrice: line.unitCost,
      tax: rates.find((rate) => rate.id === line.taxRateId) ?? null,
    })),
    currency,
  );

  const changeLine = (key: number, change: Partial<DraftPurchaseLine>) => {
    const index = lines.findIndex((line) => line.key === key);
    setLines(lines.map((line) => (line.key === key ? { ...line, ...change } : line)));
    const names = Object.keys(change).map((name) => (name === 'product' ? 'productId' : name));
    if (names.includes('warehouseId')) names.push('locationId');
    setErrors(errors.without(...names.map((name) => `lines.${index}.${name}`)));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!supplier) {
      setSupplierMissing(true);
      return;
    }
    const lineInputs: PurchaseOrderLineInput[] = lines.map((line) => ({
      productId: line.product?.id ?? '',
      quantity: line.quantity.trim(),
      unitCost: line.unitCost.trim(),
      ...(line.taxRateId ? { taxRateId: line.taxRateId } : {}),
      ...(line.warehouseId ? { warehouseId: line.warehouseId } : {}),
    }));
    const common = {
      supplierId: supplier.id,
      currency: currency.trim(),
      orderDate: orderDate || null,
      notes: notes.trim() || null,
      lines: lineInputs,
    };
    if (draft) {
      const result = await update({ input: { id: draft.id, ...common } });
      const payload = result.data?.updatePurchaseOrder;
      if (payload?.purchaseOrder) onSaved?.();
      else setErrors(fieldErrorsOf<LineField>(payload?.userErrors ?? [], SHOWN));
      return;
    }
    const result = await create({ input: common });
    const payload = result.data?.createPurchaseOrder;
    const created = payload?.purchaseOrder
      ? getFragmentData(PurchaseOrderDetailFields, payload.purchaseOrder)
      : null;
    if (created) navigate(`/purchase-orders/${created.id}`);
    else setErrors(fieldErrorsOf<LineField>(payload?.userErrors ?? [], SHOWN));
  };

  const request = draft ? updating : creating;
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label={draft ? 'Edit draft purchase order' : 'New purchase order'}
      className="flex flex-col gap-4"
    >
      <Card title="Supplier and terms">
        <div className="flex flex-col gap-3">
          <CustomerPicker
            noun="supplier"
            value={supplier}
            onChange={(chosen) => {
              setSupplier(chosen);
              setSupplierMissing(false);
            }}
            error={supplierMissing ? 'Choose the supplier.' : errors.at('supplierId')}
          />
          <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            <TextField
              label="Currency"
              value={currency}
              maxLength={3}
              error={errors.at('currency')}
              onChange={(event) => {
                setCurrency(event.target.value.toUpperCase());
                setErrors(errors.without('currency'));
              }}
            />
            <TextField
              label="Order date"
              type="date"
              value={orderDate}
              error={errors.at('orderDate')}
              onChange={(event) => setOrderDate(event.target.value)}
            />
          </div>
          <TextArea
            label="Notes"
            maxLength={1000}
            value={notes}
            error={errors.at('notes')}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
      </Card>

      <Card title="Lines">
        <div className="flex flex-col gap-3">
          {lines.map((line, index) => {
            const lineErrors = errors.forLine(index);
            return (
              <PurchaseLineFields
                key={line.key}
                number={index + 1}
                line={line}
                amount={amounts.lines[index]}
                currency={currency}
                errors={{ ...lineErrors, warehouseId: lineErrors.warehouseId ?? lineErrors.locationId }}
                taxRates={mayTax ? rates : null}
                warehouses={warehouses}
                onChange={(change) => changeLine(line.key, change)}
                onRemove={
                  lines.length > 1
                    ? () => {
                        setLines(lines.filter((other) => other.key !== line.key));
                        setErrors(errors.withoutLines());
                      }
                    : undefined
                }
              />
            );
          })}
          {errors.at('lines') && (
            <p role="alert" className="text-sm text-red-700">
              {errors.at('lines')}
            </p>
          )}
          <div className="flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 pt-3">
            <Button variant="secondary" onClick={() => setLines([...lines, emptyLine()])}>
              Add line
            </Button>
            <dl className="grid grid-cols-[auto_auto] gap-x-3 text-right text-sm">
              <dt className="text-slate-600">Subtotal</dt>
              <dd className="tabular-nums">{formatMoney({ amount: amounts.subtotal, currency })}</dd>
              <dt className="text-slate-600">Tax</dt>
              <dd className="tabular-nums">{formatMoney({ amount: amounts.tax, currency })}</dd>
              <dt className="text-slate-600">Total</dt>
              <dd>
                <output aria-label="Order total" className="text-lg font-semibold tabular-nums">
                  {formatMoney({ amount: amounts.total, currency })}
                </output>
              </dd>
            </dl>
          </div>
        </div>
      </Card>

      <Problems error={request.error} userErrors={errors.general} />
      <FormActions
        submit={draft ? 'Save draft' : 'Create draft order'}
        busyLabel={draft ? 'Saving…' : 'Creating…'}
        busy={request.fetching}
        onCancel={draft ? onSaved : undefined}
      />
    </form>
  );
}
