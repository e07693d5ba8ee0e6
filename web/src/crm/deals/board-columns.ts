import { addMoney, type MoneyValue } from './money-sum';

/** A board column as the server listed it (`PipelineBoardStage`). */
export interface ListedColumn<TDeal> {
  stage: { id: string; name: string; kind: 'OPEN' | 'WON' | 'LOST' };
  dealCount: number;
  hasMoreDeals: boolean;
  totals: readonly MoneyValue[];
  deals: readonly TDeal[];
}

/** What a card's place and the column figures depend on. */
export interface CardPlace {
  id: string;
  title: string;
  position: number;
  amount?: MoneyValue | null;
  stage: { id: string };
}

export interface BoardColumn<TDeal> {
  stage: ListedColumn<TDeal>['stage'];
  cards: TDeal[];
  dealCount: number;
  totals: MoneyValue[];
  hasMoreDeals: boolean;
}

/**
 * The columns as the deals stand now. Each card goes to the column of its deal's current stage
 * (which the cache updates on a move, optimistic or live), not to the list the server put it in, so
 * a move shows without fetching the board again. A column the server listed whole counts and sums
 * its cards; one with more deals than listed keeps the server's figures, corrected by the cards that
 * moved in or out since.
 */
export function arrangeColumns<TDeal>(
  listed: ReadonlyArray<ListedColumn<TDeal>>,
  place: (deal: TDeal) => CardPlace,
): BoardColumn<TDeal>[] {
  const seen = new Set<string>();
  const deals: Array<{ deal: TDeal; at: CardPlace; listedIn: string }> = [];
  for (const column of listed) {
    for (const deal of column.deals) {
      const at = place(deal);
      if (seen.has(at.id)) continue;
      seen.add(at.id);
      deals.push({ deal, at, listedIn: column.stage.id });
    }
  }
  return listed.map((column) => {
    const here = deals
      .filter(({ at }) => at.stage.id === column.stage.id)
      .sort((a, b) => a.at.position - b.at.position || a.at.title.localeCompare(b.at.title));
    if (!column.hasMoreDeals) {
      return {
        stage: column.stage,
        cards: here.map(({ deal }) => deal),
        dealCount: here.length,
        totals: addMoney(
          [],
          here.map(({ at }) => ({ money: at.amount, sign: 1 as const })),
        ),
        hasMoreDeals: false,
      };
    }
    const movedIn = here.filter(({ listedIn }) => listedIn !== column.stage.id);
    const movedOut = deals.filter(
      ({ at, listedIn }) => listedIn === column.stage.id && at.stage.id !== column.stage.id,
    );
    return {
      stage: column.stage,
      cards: here.map(({ deal }) => deal),
      dealCount: column.dealCount + movedIn.length - movedOut.length,
      totals: addMoney(column.totals, [
        ...movedIn.map(({ at }) => ({ money: at.amount, sign: 1 as const })),
        ...movedOut.map(({ at }) => ({ money: at.amount, sign: -1 as const })),
      ]),
      hasMoreDeals: true,
    };
  });
}
