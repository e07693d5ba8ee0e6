import { graphql } from '../__generated__';

/** Everything the purchase order page shows; every purchasing mutation answers with it. */
export const PurchaseOrderDetailFields = graphql(`
  fragment PurchaseOrderDetailFields on PurchaseOrder {
    id
    number
    status
    currency
    orderDate
    notes
    confirmedAt
    cancelledAt
    createdAt
    supplier {
      id
      name
    }
    subtotal {
      amount
      currency
    }
    taxTotal {
      amount
      currency
    }
    total {
      amount
      currency
    }
    lines {
      id
      product {
        id
        sku
        name
        unit
        currency
      }
      location {
        id
        fullCode
        warehouse {
          id
        }
      }
      description
      quantity
      unitCost {
        amount
        currency
      }
      amount {
        amount
        currency
      }
      taxRate
      tax {
        amount
        currency
      }
      receivedQuantity
      billedQuantity
    }
    bills {
      id
      number
      billDate
      supplierReference
      total {
        amount
        currency
      }
      priceDifference {
        amount
        currency
      }
      lines {
        quantity
        purchaseOrderLine {
          id
        }
      }
    }
  }
`);

/** `a − b` of two stock quantities (decimal strings, up to 3 decimals), as a decimal string. */
export function quantityLeft(total: string, done: string): string {
  const units = (text: string) => Math.round(Number(text) * 1000);
  const left = Math.max(0, units(total) - units(done));
  return String(left / 1000);
}
