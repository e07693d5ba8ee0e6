import { graphql } from '../__generated__';

/** Everything the invoice page shows; payments, credit notes and edits answer with it too. */
export const InvoiceDetailFields = graphql(`
  fragment InvoiceDetailFields on Invoice {
    id
    number
    status
    currency
    invoiceDate
    paymentTerms
    paymentTermDays
    dueDate
    issuedAt
    createdAt
    customer {
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
    amountPaid {
      amount
      currency
    }
    amountCredited {
      amount
      currency
    }
    residual {
      amount
      currency
    }
    lines {
      description
      quantity
      unitPrice {
        amount
        currency
      }
      amount {
        amount
        currency
      }
      net {
        amount
        currency
      }
      tax {
        amount
        currency
      }
      taxRate {
        id
        rate
        inclusive
      }
    }
    payments {
      id
      amount {
        amount
        currency
      }
      date
      method
      reference
    }
    creditNotes {
      id
      number
      amount {
        amount
        currency
      }
      date
      reason
    }
  }
`);

/** Today in UTC, `YYYY-MM-DD`: the day erp dates things by when no date is given. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether a posted invoice with something still owed is past its due date. */
export function isOverdue(invoice: { status: string; dueDate: string }, today = todayUtc()): boolean {
  return (invoice.status === 'POSTED' || invoice.status === 'PARTIALLY_PAID') && invoice.dueDate < today;
}
