/**
 * A crm company as erp's `Company` resolvers receive it: only its id. Whether erp knows it (and may
 * bill it) is a question for the replica, `erp.companies`.
 */
export interface CustomerReference {
  id: string;
}
