/** A crm company as analytics resolves it: by key only. */
export interface CompanyReference {
  id: string;
}

/** An identity user as analytics resolves it: by key only. */
export interface UserReference {
  id: string;
}
