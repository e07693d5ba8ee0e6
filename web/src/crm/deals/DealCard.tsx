import type { DragEvent } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../__generated__';
import { formatMoney } from '../../ui';

/**
 * What the board shows of a deal. The board query, the move mutation and the live feed all ask for
 * exactly this, so whichever answers last, the card (and the column it sits in, from `stage`) is
 * complete and current.
 */
export const DealCardFields = graphql(`
  fragment DealCardFields on Deal {
    id
    title
    position
    status
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

/** The drag payload type: only our cards are dropped on columns (not text or files). */
export const DEAL_DRAG_TYPE = 'application/x-nexora-deal';

export interface StageOption {
  id: string;
  name: string;
}

/**
 * One deal on the board: draggable to another column, and (for keyboards and touch screens) a
 * "Move to stage" list that does the same.
 */
export function DealCard({
  deal: ref,
  stages,
  canMove,
  onMove,
}: {
  deal: DealCardRef;
  stages: readonly StageOption[];
  canMove: boolean;
  onMove: (dealId: string, stageId: string) => void;
}) {
  const deal = getFragmentData(DealCardFields, ref);
  const startDrag = (event: DragEvent) => {
    event.dataTransfer.setData(DEAL_DRAG_TYPE, deal.id);
    event.dataTransfer.setData('text/plain', deal.title);
    event.dataTransfer.effectAllowed = 'move';
  };
  const selectId = `move-${deal.id}`;
  return (
    <li
      draggable={canMove}
      onDragStart={canMove ? startDrag : undefined}
      aria-label={deal.title}
      className={`rounded-md bg-white p-3 shadow-sm ring-1 ring-slate-200 ${canMove ? 'cursor-grab active:cursor-grabbing' : ''}`}
    >
      <h3 className="font-medium break-words">{deal.title}</h3>
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
    </li>
  );
}
