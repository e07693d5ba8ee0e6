import { Link, useParams } from 'wouter';
import { useCan } from '../permissions';
import { Empty, PageHeader } from '../ui';
import { PurchaseOrderDetail } from './PurchaseOrderDetail';
import { PurchaseOrderForm } from './PurchaseOrderForm';

/** `/purchase-orders/new`: the form for a new order; `/purchase-orders/<id>`: that order. */
export default function PurchaseOrderScreen() {
  const canWrite = useCan('erp.purchase:write');
  const { id = '' } = useParams<{ id: string }>();
  const back = (
    <Link href="/purchase-orders" className="text-sm text-indigo-700 underline">
      All purchase orders
    </Link>
  );
  if (id !== 'new') return <PurchaseOrderDetail id={id} back={back} />;
  return (
    <>
      <PageHeader title="New purchase order">{back}</PageHeader>
      {canWrite ? <PurchaseOrderForm /> : <Empty>Your role cannot create purchase orders.</Empty>}
    </>
  );
}
