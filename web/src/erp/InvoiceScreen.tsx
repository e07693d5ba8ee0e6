import { Link, useParams } from 'wouter';
import { useCan } from '../permissions';
import { Empty, PageHeader } from '../ui';
import { InvoiceDetail } from './InvoiceDetail';
import { InvoiceForm } from './InvoiceForm';

/** `/invoices/new`: the form for a new invoice; `/invoices/<id>`: that invoice. */
export default function InvoiceScreen() {
  const canWrite = useCan('erp.invoice:write');
  const { id = '' } = useParams<{ id: string }>();
  const back = (
    <Link href="/invoices" className="text-sm text-indigo-700 underline">
      All invoices
    </Link>
  );
  if (id !== 'new') return <InvoiceDetail id={id} back={back} />;
  return (
    <>
      <PageHeader title="New invoice">{back}</PageHeader>
      {canWrite ? <InvoiceForm /> : <Empty>Your role cannot create invoices.</Empty>}
    </>
  );
}
