import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { getFragmentData, graphql } from '../../__generated__';
import { describeError, Empty, formatMoney, Loading, Problems } from '../../ui';
import { arrangeColumns, type BoardColumn } from './board-columns';
import { DEAL_DRAG_TYPE, DealCard, DealCardFields, type DealCardRef } from './DealCard';

const DealBoardQuery = graphql(`
  query DealBoard($pipelineId: ID!) {
    pipelineBoard(pipelineId: $pipelineId) {
      pipeline {
        id
        name
      }
      stages {
        stage {
          id
          name
          kind
        }
        dealCount
        hasMoreDeals
        totals {
          amount
          currency
        }
        deals {
          id
          ...DealCardFields
        }
      }
    }
  }
`);

// The result shape must stay what cache.ts's optimistic `moveDeal` writes (deal id, position, stage).
const MoveBoardDealMutation = graphql(`
  mutation MoveBoardDeal($input: MoveDealInput!) {
    moveDeal(input: $input) {
      deal {
        id
        ...DealCardFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DealBoardUpdatesSubscription = graphql(`
  subscription DealBoardUpdates($pipelineId: ID!) {
    dealUpdated(pipelineId: $pipelineId) {
      id
      ...DealCardFields
    }
  }
`);

interface Refusal {
  messages: Array<{ message: string; code?: string }>;
}

const place = (ref: DealCardRef) => getFragmentData(DealCardFields, ref);

/**
 * The pipeline as a kanban board. A card is dragged to another column (or moved with its "Move to
 * stage" list); the move shows at once (the cache's optimistic `moveDeal`) and goes back if the
 * server refuses it, with the reason above the board. Other people's changes arrive live
 * (`dealUpdated`): the cache updates the deal and its card changes column; a deal the board has not
 * listed yet (just created) makes it fetch the board again.
 */
export function DealBoard({ pipelineId, canMove }: { pipelineId: string; canMove: boolean }) {
  const [{ data, fetching, error }, refetchBoard] = useQuery({
    query: DealBoardQuery,
    variables: { pipelineId },
  });
  const [live] = useSubscription(
    { query: DealBoardUpdatesSubscription, variables: { pipelineId } },
    (seen: string[] = [], event) =>
      seen.includes(event.dealUpdated.id) ? seen : [...seen, event.dealUpdated.id],
  );
  const [, moveDeal] = useMutation(MoveBoardDealMutation);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const board = data?.pipelineBoard;
  const columns = useMemo(() => (board ? arrangeColumns(board.stages, place) : []), [board]);
  const listed = useMemo(
    () => new Set(board?.stages.flatMap((column) => column.deals.map((deal) => deal.id)) ?? []),
    [board],
  );

  // A deal heard of live but not on the board (new, or beyond a column's first deals): fetch the
  // board once for it.
  const fetchedFor = useRef(new Set<string>());
  useEffect(() => {
    if (!board) return;
    const unknown = (live.data ?? []).filter((id) => !listed.has(id) && !fetchedFor.current.has(id));
    if (unknown.length === 0) return;
    for (const id of unknown) fetchedFor.current.add(id);
    refetchBoard({ requestPolicy: 'network-only' });
  }, [live.data, listed, board, refetchBoard]);

  if (fetching && !board) return <Loading what="the board" />;
  if (error && !board) return <Problems error={error} />;
  if (!board) return <Empty>This pipeline no longer exists.</Empty>;

  const stages = board.stages.map((column) => column.stage);
  const move = async (dealId: string, stageId: string) => {
    const from = columns.find((column) => column.cards.some((card) => place(card).id === dealId));
    const to = columns.find((column) => column.stage.id === stageId);
    const card = from?.cards.find((candidate) => place(candidate).id === dealId);
    if (!to || !card || from === to) return;
    const title = place(card).title;
    setRefusal(null);
    // Last in the target column: its count does not include the deal yet.
    const result = await moveDeal({ input: { dealId, stageId, position: to.dealCount } });
    const reasons = [
      ...(result.data?.moveDeal.userErrors ?? []).map((userError) => userError.message),
      ...(result.error ? [describeError(result.error)] : []),
    ];
    if (reasons.length > 0) {
      setRefusal({
        messages: reasons.map((reason) => ({
          message: `“${title}” stays in ${from?.stage.name ?? 'its stage'}: ${reason}`,
        })),
      });
    }
  };

  return (
    <div className="flex flex-col gap-3">
      {refusal && <Problems userErrors={refusal.messages} />}
      {live.error && (
        <p className="text-sm text-amber-700">
          Live updates stopped: {describeError(live.error)} Reload to resume.
        </p>
      )}
      <div className="flex flex-col gap-4 md:flex-row md:items-start md:overflow-x-auto md:pb-2">
        {columns.map((column) => (
          <StageColumn
            key={column.stage.id}
            column={column}
            stages={stages}
            canMove={canMove}
            onMove={(dealId, stageId) => void move(dealId, stageId)}
          />
        ))}
      </div>
    </div>
  );
}

function StageColumn({
  column,
  stages,
  canMove,
  onMove,
}: {
  column: BoardColumn<DealCardRef>;
  stages: ReadonlyArray<{ id: string; name: string }>;
  canMove: boolean;
  onMove: (dealId: string, stageId: string) => void;
}) {
  const [dragOver, setDragOver] = useState(false);
  const carriesDeal = (event: DragEvent) => event.dataTransfer.types.includes(DEAL_DRAG_TYPE);
  const { stage, cards, dealCount, totals } = column;
  return (
    <section
      aria-label={stage.name}
      onDragOver={(event) => {
        if (!canMove || !carriesDeal(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDragOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragOver(false);
      }}
      onDrop={(event) => {
        setDragOver(false);
        const dealId = event.dataTransfer.getData(DEAL_DRAG_TYPE);
        if (!dealId) return;
        event.preventDefault();
        onMove(dealId, stage.id);
      }}
      className={`flex flex-col gap-2 rounded-lg p-3 md:w-72 md:shrink-0 ${dragOver ? 'bg-indigo-100 ring-2 ring-indigo-400' : 'bg-slate-100'}`}
    >
      <header>
        <div className="flex items-baseline justify-between gap-2">
          <h2 className="font-semibold">{stage.name}</h2>
          <span className="text-sm text-slate-600">
            {dealCount} {dealCount === 1 ? 'deal' : 'deals'}
          </span>
        </div>
        <p className="text-sm text-slate-600">
          {totals.length > 0 ? totals.map((total) => formatMoney(total)).join(' · ') : 'No amounts'}
        </p>
      </header>
      {cards.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 py-4 text-center text-sm text-slate-500">
          No deals
        </p>
      ) : (
        <ol className="flex flex-col gap-2">
          {cards.map((card) => (
            <DealCard key={place(card).id} deal={card} stages={stages} canMove={canMove} onMove={onMove} />
          ))}
        </ol>
      )}
      {column.hasMoreDeals && (
        <p className="text-xs text-slate-500">
          Showing the first {cards.length} of {dealCount}.
        </p>
      )}
    </section>
  );
}
