import { useCan } from '../permissions';
import { Card, PageHeader } from '../ui';
import { StockMoveForm } from './StockMoveForm';
import { StockMoveList } from './StockMoveList';

/** Stock moves: the form recording one (for `erp.stock:move`) above the latest moves. */
export default function StockScreen() {
  const canMove = useCan('erp.stock:move');
  return (
    <>
      <PageHeader title="Stock moves" />
      {canMove && (
        <Card title="Record a stock move" className="mb-4 max-w-3xl">
          <StockMoveForm />
        </Card>
      )}
      <StockMoveList />
    </>
  );
}
