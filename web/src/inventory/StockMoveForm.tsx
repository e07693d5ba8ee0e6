import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../__generated__';
import { fieldErrors } from '../field-errors';
import { useCan } from '../permissions';
import type { MoveResultFragment } from '../__generated__/graphql';
import { FormActions, Notice, Problems, TextField, ToggleGroup } from '../ui';
import { useFields } from '../use-fields';
import { LocationSelect } from './LocationSelect';
import { OnHandLine } from './OnHandLine';
import { type PickedProduct, ProductPicker } from './ProductPicker';
import { useStockPlaces } from './stock-places';
import { quantityOf } from './units';

const MoveResult = graphql(`
  fragment MoveResult on StockMovePayload {
    move {
      id
      type
      quantity
      product {
        id
        sku
      }
      fromLocation {
        id
        fullCode
      }
      toLocation {
        id
        fullCode
      }
    }
    userErrors {
      field
      message
      code
    }
  }
`);

const ReceiveStock = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      ...MoveResult
    }
  }
`);
const DeliverStock = graphql(`
  mutation DeliverStock($input: DeliverStockInput!) {
    deliverStock(input: $input) {
      ...MoveResult
    }
  }
`);
const TransferStock = graphql(`
  mutation TransferStock($input: TransferStockInput!) {
    transferStock(input: $input) {
      ...MoveResult
    }
  }
`);
const AdjustStock = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      ...MoveResult
    }
  }
`);

type MoveKind = 'RECEIPT' | 'DELIVERY' | 'TRANSFER' | 'ADJUSTMENT';
type AdjustBy = 'counted' | 'difference';

const KINDS: ReadonlyArray<{ value: MoveKind; label: string }> = [
  { value: 'RECEIPT', label: 'Receipt' },
  { value: 'DELIVERY', label: 'Delivery' },
  { value: 'TRANSFER', label: 'Transfer' },
  { value: 'ADJUSTMENT', label: 'Adjustment' },
];

const INPUTS = [
  'productId',
  'locationId',
  'fromLocationId',
  'toLocationId',
  'quantity',
  'unitCost',
  'reference',
  'reason',
  'countedQuantity',
  'difference',
] as const;

const BLANK = {
  locationId: '',
  fromLocationId: '',
  toLocationId: '',
  quantity: '',
  unitCost: '',
  reference: '',
  reason: '',
  countedQuantity: '',
  difference: '',
};

type Outcome = MoveResultFragment;

/** "Received 10 of CHAIR-01 into WH1/STOCK.", what a recorded move did, in words. */
function describeMove(move: NonNullable<Outcome['move']>, unit: string): string {
  const amount = `${quantityOf(move.quantity, unit)} of ${move.product.sku}`;
  const from = move.fromLocation?.fullCode;
  const to = move.toLocation?.fullCode;
  switch (move.type) {
    case 'RECEIPT':
      return `Received ${amount} into ${to}.`;
    case 'DELIVERY':
      return `Delivered ${amount} from ${from}.`;
    case 'TRANSFER':
      return `Moved ${amount} from ${from} to ${to}.`;
    default:
      return from ? `Adjusted ${from}: ${amount} written off.` : `Adjusted ${to}: ${amount} added.`;
  }
}

/**
 * Records a stock move: a receipt (at a unit cost), a delivery, a transfer between two locations, or
 * (with `erp.stock:adjust`) an adjustment to a counted quantity or by a difference, with a reason.
 * erp refuses a move it cannot make (INSUFFICIENT_STOCK says what is available) and writes nothing;
 * the refusal shows under the field at fault. The chosen product's on-hand stays in view.
 */
export function StockMoveForm() {
  const canAdjust = useCan('erp.stock:adjust');
  const kinds = canAdjust ? KINDS : KINDS.filter((kind) => kind.value !== 'ADJUSTMENT');
  const [kind, setKind] = useState<MoveKind>('RECEIPT');
  const [adjustBy, setAdjustBy] = useState<AdjustBy>('counted');
  const [product, setProduct] = useState<PickedProduct | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { warehouses } = useStockPlaces();
  const [receipt, receive] = useMutation(ReceiveStock);
  const [delivery, deliver] = useMutation(DeliverStock);
  const [transfer, transferStock] = useMutation(TransferStock);
  const [adjustment, adjust] = useMutation(AdjustStock);
  const errors = fieldErrors(outcome?.userErrors, INPUTS);
  const { fields, bind, setFields } = useFields(BLANK, errors);
  const busy = receipt.fetching || delivery.fetching || transfer.fetching || adjustment.fetching;
  const requestError = { RECEIPT: receipt, DELIVERY: delivery, TRANSFER: transfer, ADJUSTMENT: adjustment }[
    kind
  ].error;

  const record = async (): Promise<FragmentType<typeof MoveResult> | undefined> => {
    const productId = product?.id ?? '';
    const reference = fields.reference.trim() || null;
    switch (kind) {
      case 'RECEIPT': {
        const { locationId, quantity, unitCost } = fields;
        return (await receive({ input: { productId, locationId, quantity, unitCost, reference } })).data
          ?.receiveStock;
      }
      case 'DELIVERY': {
        const { locationId, quantity } = fields;
        return (await deliver({ input: { productId, locationId, quantity, reference } })).data?.deliverStock;
      }
      case 'TRANSFER': {
        const { fromLocationId, toLocationId, quantity } = fields;
        return (
          await transferStock({ input: { productId, fromLocationId, toLocationId, quantity, reference } })
        ).data?.transferStock;
      }
      case 'ADJUSTMENT': {
        const { locationId, reason } = fields;
        const by =
          adjustBy === 'counted'
            ? { countedQuantity: fields.countedQuantity }
            : { difference: fields.difference };
        return (await adjust({ input: { productId, locationId, reason, ...by } })).data?.adjustStock;
      }
    }
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = await record();
    const answer = payload ? getFragmentData(MoveResult, payload) : null;
    setOutcome(answer);
    // What was typed for the move goes; where and what stays, for the next move of the same goods.
    if (answer?.move)
      setFields((current) => ({
        ...current,
        quantity: '',
        unitCost: '',
        reference: '',
        reason: '',
        countedQuantity: '',
        difference: '',
      }));
  };
  const location = (name: 'locationId' | 'fromLocationId' | 'toLocationId', label: string) => (
    <LocationSelect warehouses={warehouses} label={label} {...bind(name)} />
  );

  return (
    <form
      aria-label="Record a stock move"
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3"
    >
      <ToggleGroup
        label="Move type"
        options={kinds}
        value={kind}
        onChange={(next) => {
          setKind(next);
          setOutcome(null);
        }}
      />
      {outcome?.move && <Notice>{describeMove(outcome.move, product?.unit ?? 'unit')}</Notice>}
      <Problems error={requestError} userErrors={errors.rest} />
      <ProductPicker value={product} onChange={setProduct} error={errors.of('productId')} />
      {product && <OnHandLine productId={product.id} unit={product.unit} />}
      <div className="grid gap-3 sm:grid-cols-2">
        {kind === 'TRANSFER' ? (
          <>
            {location('fromLocationId', 'From location')}
            {location('toLocationId', 'To location')}
          </>
        ) : (
          location(
            'locationId',
            kind === 'RECEIPT' ? 'Into location' : kind === 'DELIVERY' ? 'From location' : 'Location',
          )
        )}
        {kind === 'ADJUSTMENT' ? (
          <>
            <div className="flex flex-col gap-1 text-sm">
              <span>Adjust by</span>
              <ToggleGroup
                label="Adjust by"
                options={[
                  { value: 'counted' as const, label: 'Counted quantity' },
                  { value: 'difference' as const, label: 'Difference' },
                ]}
                value={adjustBy}
                onChange={setAdjustBy}
              />
            </div>
            {adjustBy === 'counted' ? (
              <TextField label="Counted quantity" inputMode="decimal" required {...bind('countedQuantity')} />
            ) : (
              <TextField
                label="Difference"
                inputMode="decimal"
                placeholder="-2"
                required
                {...bind('difference')}
              />
            )}
            <TextField
              label="Reason"
              required
              maxLength={500}
              placeholder="Annual count"
              {...bind('reason')}
            />
          </>
        ) : (
          <TextField label="Quantity" inputMode="decimal" required {...bind('quantity')} />
        )}
        {kind === 'RECEIPT' && (
          <TextField
            label={`Unit cost${product ? ` (${product.currency})` : ''}`}
            inputMode="decimal"
            required
            {...bind('unitCost')}
          />
        )}
        {kind !== 'ADJUSTMENT' && (
          <TextField label="Reference" maxLength={100} placeholder="PO-1042" {...bind('reference')} />
        )}
      </div>
      <FormActions
        submit={`Record ${kinds.find((option) => option.value === kind)?.label.toLowerCase()}`}
        busy={busy}
        busyLabel="Recording…"
      />
    </form>
  );
}
