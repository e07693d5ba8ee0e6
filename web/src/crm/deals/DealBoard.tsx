import { type DragEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { getFragmentData, graphql } from '../../__generated__';
import { describeError, Empty, formatMoney, Loading, Problems } from '../../ui';
import { arrangeColumns, type BoardColumn } from './board-columns';
import { DEAL_DRAG_TYPE, DealCard, DealCardFields, type DealCardRef, moveListId } from './DealCard';
import { MarkLostDialog } from './MarkLostDialog';

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
 * server refuses it, with the reason above the board. The WON column is a move like any other
 * (`moveDeal` wins a deal entering it); the LOST column needs a reason, so it opens the card's
 * "Mark … lost" dialog instead (`markDealLost`) and the card moves once the server took it. Other
 * people's changes arrive live (`dealUpdated`): the cache updates the deal and its card changes
 * column; a deal the board has not listed yet (just created) makes it fetch the board again.
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
  // The deal whose "Mark … lost" dialog is open, and the card whose list gets the focus back once
  // that dialog is gone (rendered again where the deal now is).
  const [losing, setLosing] = useState<string | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ dealId: string; inStageKind: string } | null>(null);

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

  const kindOfStageHolding = (dealId: string | null) =>
    columns.find((column) => column.cards.some((card) => place(card).id === dealId))?.stage.kind;

  // Someone else marked the deal lost meanwhile (heard live): there is nothing left to ask.
  const lostMeanwhile = kindOfStageHolding(losing) === 'LOST';
  useEffect(() => {
    if (lostMeanwhile) setLosing(null);
  }, [lostMeanwhile]);

  // Once the card is where it ends up (still in place after Cancel, in LOST once marked), its list.
  const focusReady = focusAfter !== null && kindOfStageHolding(focusAfter.dealId) === focusAfter.inStageKind;
  useEffect(() => {
    if (!focusReady || !focusAfter) return;
    document.getElementById(moveListId(focusAfter.dealId))?.focus();
    setFocusAfter(null);
  }, [focusReady, focusAfter]);

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
    if (to.stage.kind === 'LOST') {
      setLosing(dealId);
      return;
    }
    setLosing(null);
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

  const endLosing = (dealId: string, inStageKind: string) => {
    setFocusAfter({ dealId, inStageKind });
    setLosing(null);
  };
  const dialogFor = (dealId: string, title: string, stageKind: string) =>
    dealId === losing ? (
      <MarkLostDialog
        dealId={dealId}
        title={title}
        onDone={() => endLosing(dealId, 'LOST')}
        onCancel={() => endLosing(dealId, stageKind)}
      />
    ) : null;

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
            dialogFor={dialogFor}
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
  dialogFor,
}: {
  column: BoardColumn<DealCardRef>;
  stages: ReadonlyArray<{ id: string; name: string }>;
  canMove: boolean;
  onMove: (dealId: string, stageId: string) => void;
  dialogFor: (dealId: string, title: string, stageKind: string) => ReactNode;
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
          {cards.map((card) => {
            const { id, title } = place(card);
            return (
              <DealCard
                key={id}
                deal={card}
                stageKind={stage.kind}
                stages={stages}
                canMove={canMove}
                onMove={onMove}
                dialog={dialogFor(id, title, stage.kind)}
              />
            );
          })}
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
