import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { useCan } from '../permissions';

const ActiveTaxRates = graphql(`
  query ActiveTaxRates {
    taxRates(first: 100, active: true) {
      edges {
        node {
          id
          name
          rate
          inclusive
        }
      }
    }
  }
`);

export interface TaxRateOption {
  id: string;
  name: string;
  rate: string;
  inclusive: boolean;
}

/**
 * The tenant's active tax rates for the line pickers of invoices and purchase orders (a tenant keeps
 * a handful: the first 100). A role without `erp.tax:read` is not asked and gets none: its lines stay
 * untaxed, as the API would otherwise refuse the whole form.
 */
export function useTaxRates(): { rates: TaxRateOption[]; allowed: boolean; loaded: boolean } {
  const allowed = useCan('erp.tax:read');
  const [{ data }] = useQuery({ query: ActiveTaxRates, pause: !allowed });
  return {
    rates: data?.taxRates.edges.map((edge) => edge.node) ?? [],
    allowed,
    loaded: !allowed || Boolean(data),
  };
}

/** "VAT 20% (20 %, included in the price)" as a select option reads. */
export function taxRateLabel(rate: TaxRateOption): string {
  return `${rate.name} (${rate.rate} %${rate.inclusive ? ', included in the price' : ''})`;
}
