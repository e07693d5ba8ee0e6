import { useQuery } from 'urql';
import { graphql } from '../__generated__';

const StockPlaces = graphql(`
  query StockPlaces {
    warehouses(first: 100, active: true) {
      totalCount
      edges {
        node {
          id
          code
          name
          locations(first: 100) {
            edges {
              node {
                id
                fullCode
                name
              }
            }
          }
        }
      }
    }
  }
`);

export interface StockPlace {
  id: string;
  code: string;
  name: string;
  locations: Array<{ id: string; fullCode: string; name: string }>;
}

/**
 * The tenant's active warehouses and their locations, for the pickers of the move and reorder forms
 * (a tenant keeps a handful of warehouses: the first 100, each with its first 100 locations).
 */
export function useStockPlaces() {
  const [{ data, fetching, error }] = useQuery({ query: StockPlaces });
  const warehouses: StockPlace[] =
    data?.warehouses.edges.map(({ node }) => ({
      id: node.id,
      code: node.code,
      name: node.name,
      locations: node.locations.edges.map((edge) => edge.node),
    })) ?? [];
  return { warehouses, loaded: Boolean(data), fetching, error };
}
