/** Which stock is valued: now (the products' maintained totals) or up to an instant (the moves). */
export interface StockValuationModel {
  /** As the caller gave it; null for now. */
  asOf: string | null;
  /** SQL bound on `created_at` (`<=` an instant, `<` the day after a date); null for now. */
  bound: { instant: string; inclusive: boolean } | null;
}

/** One product's valued stock. */
export interface ProductValuationModel {
  /** The product's id: its position in the list, with the SKU sort key. */
  id: string;
  sortKey: string;
  currency: string;
  /** numeric text. */
  quantity: string;
  value: string;
}
