import type { DragEvent, ReactNode } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../__generated__';
import type { PipelineStageKind } from '../../__generated__/graphql';
import { formatMoney } from '../../ui';

/**
 * What the board shows of a deal. The board query, the move and close mutations and the live feed
 * all ask for exactly this, so whichever answers last, the card (and the column it sits in, from
 * `stage`; why it was lost, from `lostReason`) is complete and current.
 */
export const DealCardFields = graphql(`
  fragment DealCardFields on Deal {
    id
    title
    position
    status
    lostReason {
      id
      name
    }
    amount {
      amount
      currency
    }
    stage {
      id
    }
    company {
      id
      name
    }
  }
`);

export type DealCardRef = FragmentType<typeof DealCardFields>;

const CARD_LOOK: Record<PipelineStageKind, string> = {
  OPEN: 'bg-white ring-slate-200',
  WON: 'bg-green-50 ring-green-300',
  LOST: 'bg-slate-50 ring-red-200',
};

/** The id of a card's "Move to stage" list, which gets the focus back after its dialog. */
export const moveListId = (dealId: string) => `move-${dealId}`;

/** The drag payload type: only our cards are dropped on columns (not text or files). */
export const DEAL_DRAG_TYPE = 'application/x-nexora-deal';

export interface StageOption {
  id: string;
  name: string;
}

/**
 * One deal on the board: draggable to another column, and (for keyboards and touch screens) a
 * "Move to stage" list that does the same. A card in the WON or LOST column says so (with the lost
 * reason). Closed deals stay movable: the API reopens a deal moved to an open stage, and wins a lost
 * one moved to WON. `dialog` (asking why the deal was lost) shows inside the card, below its list;
 * the card is not dragged while it is open.
 */
export function DealCard({
  deal: ref,
  stageKind,
  stages,
  canMove,
  onMove,
  dialog,
}: {
  deal: DealCardRef;
  /** The kind of the column the card sits in: it follows a move at once, before the server answers. */
  stageKind: PipelineStageKind;
  stages: readonly StageOption[];
  canMove: boolean;
  onMove: (dealId: string, stageId: string) => void;
  dialog?: ReactNode;
}) {
  const deal = getFragmentData(DealCardFields, ref);
  const draggable = canMove && !dialog;
  const startDrag = (event: DragEvent) => {
    event.dataTransfer.setData(DEAL_DRAG_TYPE, deal.id);
    event.dataTransfer.setData('text/plain', deal.title);
    event.dataTransfer.effectAllowed = 'move';
  };
  const selectId = moveListId(deal.id);
  return (
    <li
      draggable={draggable}
      onDragStart={draggable ? startDrag : undefined}
      aria-label={deal.title}
      className={`rounded-md p-3 shadow-sm ring-1 ${CARD_LOOK[stageKind]} ${draggable ? 'cursor-grab active:cursor-grabbing' : ''}`}
    >
      <h3 className="font-medium break-words">{deal.title}</h3>
      {stageKind === 'WON' && (
        <p className="mt-1 inline-block rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-800">
          Won
        </p>
      )}
      {stageKind === 'LOST' && (
        <p className="mt-1 inline-block rounded bg-red-100 px-2 py-0.5 text-xs font-semibold break-words text-red-800">
          {deal.lostReason ? `Lost: ${deal.lostReason.name}` : 'Lost'}
        </p>
      )}
      <p className="text-sm text-slate-600">{deal.company?.name ?? 'No company'}</p>
      {deal.amount ? (
        <p className="text-sm font-semibold text-slate-800">{formatMoney(deal.amount)}</p>
      ) : (
        <p className="text-sm text-slate-500">No amount</p>
      )}
      {canMove && (
        <div className="mt-2 flex flex-col gap-1 text-xs text-slate-600">
          <label htmlFor={selectId}>
            Move <span className="sr-only">{deal.title} </span>to stage
          </label>
          <select
            id={selectId}
            className="rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:outline-2 focus:outline-indigo-600"
            value={deal.stage.id}
            onChange={(event) => onMove(deal.id, event.target.value)}
          >
            {stages.map((stage) => (
              <option key={stage.id} value={stage.id}>
                {stage.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {dialog}
    </li>
  );
}
