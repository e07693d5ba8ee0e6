import { type ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { getFragmentData, graphql } from '../__generated__';
import { useCan } from '../permissions';
import { Button, Card, Empty, formatDate, Loading, PageHeader, Problems } from '../ui';
import { PurchaseOrderDetailFields, quantityLeft } from './purchase-order-fields';
import { PurchaseOrderForm } from './PurchaseOrderForm';
import { PurchaseOrderLinesTable } from './PurchaseOrderLinesTable';
import { PurchaseOrderStatusBadge } from './PurchaseOrderStatusBadge';
import { ReceiveForm } from './ReceiveForm';
import { SupplierBillForm } from './SupplierBillForm';
import { SupplierBills } from './SupplierBills';

const PurchaseOrderDetailQuery = graphql(`
  query PurchaseOrderDetail($id: ID!) {
    purchaseOrder(id: $id) {
      id
      ...PurchaseOrderDetailFields
    }
  }
`);

const ConfirmPurchaseOrderMutation = graphql(`
  mutation ConfirmPurchaseOrder($input: PurchaseOrderIdInput!) {
    confirmPurchaseOrder(input: $input) {
      purchaseOrder {
        ...PurchaseOrderDetailFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const CancelPurchaseOrderMutation = graphql(`
  mutation CancelPurchaseOrder($input: PurchaseOrderIdInput!) {
    cancelPurchaseOrder(input: $input) {
      purchaseOrder {
        ...PurchaseOrderDetailFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

type Panel = 'none' | 'edit' | 'receive' | 'bill' | 'confirm-cancel';

/**
 * One purchase order: supplier, status, lines with what was received and billed, and its bills. A
 * draft can be edited and confirmed; a confirmed order receives goods and takes supplier bills; one
 * with nothing received can be cancelled. Each action shows only to a role allowed it.
 */
export function PurchaseOrderDetail({ id, back }: { id: string; back: ReactNode }) {
  const canWrite = useCan('erp.purchase:write');
  const canConfirm = useCan('erp.purchase:confirm');
  const canReceive = useCan('erp.purchase:receive');
  const canBill = useCan('erp.bill:write');
  const [{ data, fetching, error }] = useQuery({ query: PurchaseOrderDetailQuery, variables: { id } });
  const [confirming, confirm] = useMutation(ConfirmPurchaseOrderMutation);
  const [cancelling, cancel] = useMutation(CancelPurchaseOrderMutation);
  const [panel, setPanel] = useState<Panel>('none');
  const close = () => setPanel('none');

  if (!data) {
    return (
      <>
        <PageHeader title="Purchase order">{back}</PageHeader>
        {fetching ? <Loading what="the purchase order" /> : <Problems error={error} />}
      </>
    );
  }
  if (!data.purchaseOrder) {
    return (
      <>
        <PageHeader title="Purchase order">{back}</PageHeader>
        <Empty>There is no such purchase order in this organisation.</Empty>
      </>
    );
  }
  const order = getFragmentData(PurchaseOrderDetailFields, data.purchaseOrder);
  const draft = order.status === 'DRAFT';
  const receivable = order.status === 'CONFIRMED' || order.status === 'PARTIALLY_RECEIVED';
  const billable =
    order.status !== 'DRAFT' &&
    order.status !== 'CANCELLED' &&
    order.lines.some((line) => Number(quantityLeft(line.receivedQuantity, line.billedQuantity)) > 0);
  const cancellable =
    draft ||
    (order.status === 'CONFIRMED' && order.lines.every((line) => Number(line.receivedQuantity) === 0));

  if (panel === 'edit' && draft) {
    return (
      <>
        <PageHeader title={`Edit ${order.number}`}>{back}</PageHeader>
        <PurchaseOrderForm draft={order} onSaved={close} />
      </>
    );
  }

  return (
    <>
      <PageHeader title={`Purchase order ${order.number}`}>{back}</PageHeader>
      <div className="flex flex-col gap-4">
        <Card>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-slate-500">Status</dt>
              <dd>
                <PurchaseOrderStatusBadge status={order.status} />
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Supplier</dt>
              <dd className="break-words">{order.supplier.name}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Order date</dt>
              <dd>{formatDate(order.orderDate)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">Currency</dt>
              <dd>{order.currency}</dd>
            </div>
          </dl>
          {order.notes && <p className="mt-3 whitespace-pre-wrap break-words text-sm">{order.notes}</p>}
        </Card>
        <Card title="Lines">
          <PurchaseOrderLinesTable order={order} />
        </Card>
        {!draft && <SupplierBills order={order} />}

        {panel === 'none' && (
          <div className="flex flex-wrap gap-2">
            {draft && canWrite && (
              <Button variant="secondary" onClick={() => setPanel('edit')}>
                Edit draft
              </Button>
            )}
            {draft && canConfirm && (
              <Button
                disabled={confirming.fetching}
                onClick={() => void confirm({ input: { id: order.id } })}
              >
                {confirming.fetching ? 'Confirming…' : 'Confirm order'}
              </Button>
            )}
            {receivable && canReceive && <Button onClick={() => setPanel('receive')}>Receive goods</Button>}
            {billable && canBill && <Button onClick={() => setPanel('bill')}>Record supplier bill</Button>}
            {cancellable && canConfirm && (
              <Button variant="danger" onClick={() => setPanel('confirm-cancel')}>
                Cancel order
              </Button>
            )}
          </div>
        )}
        {panel === 'confirm-cancel' && (
          <Card title={`Cancel ${order.number}?`}>
            <p className="mb-3 text-sm">A cancelled order cannot be confirmed or received any more.</p>
            <div className="flex flex-wrap gap-2">
              <Button
                variant="danger"
                disabled={cancelling.fetching}
                onClick={() => void cancel({ input: { id: order.id } }).then(close)}
              >
                {cancelling.fetching ? 'Cancelling…' : 'Yes, cancel it'}
              </Button>
              <Button variant="secondary" onClick={close}>
                Keep it
              </Button>
            </div>
          </Card>
        )}
        {panel === 'receive' && receivable && <ReceiveForm order={order} onDone={close} />}
        {panel === 'bill' && billable && <SupplierBillForm order={order} onDone={close} />}
        <Problems error={confirming.error} userErrors={confirming.data?.confirmPurchaseOrder.userErrors} />
        <Problems error={cancelling.error} userErrors={cancelling.data?.cancelPurchaseOrder.userErrors} />
      </div>
    </>
  );
}
