import { emitEvent, notFound, parseId, type SubgraphContext, tenantOf, type UserError } from '@nexora/kit';
import { randomUUID } from 'node:crypto';
import { postLedgerEntry } from '../journal-entry/ledger.api';
import { centsText } from '../journal-entry/ledger-amount';
import type { InvoiceEntity } from '../invoice/invoice.entity';
import { settleInvoice, settlementRefusal } from '../invoice/invoice-settlement';
import { lockInvoice } from '../invoice/invoice-store';
import { residualOf } from '../invoice/invoice.service';
import { PAYMENT_COLUMNS, type PaymentMethod, type PaymentRow } from './payment.types';
import {
  checkSettlementAmount,
  checkSettlementInput,
  currencyMismatch,
  dateBeforeInvoice,
} from './payment.validation';

export interface RecordPaymentInput {
  invoiceId: string;
  amount: string;
  currency?: string | null;
  date?: string | null;
  method?: PaymentMethod | null;
  reference?: string | null;
}

export interface PaymentPayload {
  payment: PaymentRow | null;
  invoice: InvoiceEntity | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): PaymentPayload => ({ payment: null, invoice: null, userErrors });

/**
 * Records a payment received for a posted invoice, full or partial, with its journal entry (Dr bank,
 * or cash for CASH; Cr receivable naming the customer) in the BANK journal, in one transaction.
 * The invoice row is locked `for update` first, so concurrent payments of one invoice queue there
 * and each sees what the previous ones left: together they can never pay more than the total.
 * Refused, nothing written: a draft (INVOICE_NOT_POSTED), more than the residual
 * (PAYMENT_EXCEEDS_RESIDUAL), another currency (CURRENCY_MISMATCH), a date before the invoice's or
 * in a locked period (PERIOD_LOCKED), a malformed amount. NOT_FOUND for an unknown invoice.
 */
export async function recordPayment(
  ctx: SubgraphContext,
  input: RecordPaymentInput,
): Promise<PaymentPayload> {
  const tenantId = tenantOf(ctx);
  const invoiceId = parseId(input.invoiceId, 'input.invoiceId');
  const errors: UserError[] = [];
  const checked = checkSettlementInput(input, 'reference', errors);
  if (!checked) return refused(errors);
  const method = input.method ?? 'BANK_TRANSFER';
  return ctx.db.run(async (manager) => {
    const invoice = await lockInvoice(manager, tenantId, invoiceId);
    if (!invoice) throw notFound('Invoice', invoiceId);
    const mismatch = currencyMismatch(checked.currency, invoice);
    if (mismatch) return refused([mismatch]);
    const amount = checkSettlementAmount(input.amount, invoice.currency);
    if (!amount.ok) return refused([amount.error]);
    const refusal =
      settlementRefusal(invoice, amount.cents, ['input', 'amount'], ['input', 'invoiceId']) ??
      dateBeforeInvoice(checked.date, invoice);
    if (refusal) return refused([refusal]);

    const id = randomUUID();
    const booked = await postLedgerEntry(manager, ctx, {
      journal: 'BANK',
      date: checked.date,
      reference: checked.reference ?? invoice.number,
      memo: `Payment of invoice ${invoice.number}`,
      currency: invoice.currency,
      source: { type: 'PAYMENT', id },
      lines: [
        { account: method === 'CASH' ? 'CASH' : 'BANK', debit: centsText(amount.cents) },
        { account: 'RECEIVABLE', credit: centsText(amount.cents), companyId: invoice.customerId },
      ],
    });
    if (!booked.entry)
      return refused(booked.userErrors.map((error) => ({ ...error, field: ['input', 'date'] })));
    const [payment]: PaymentRow[] = await manager.query(
      `insert into erp.payments (id, tenant_id, invoice_id, amount, currency, payment_date, method, reference,
         journal_entry_id, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning ${PAYMENT_COLUMNS}`,
      [
        id,
        tenantId,
        invoice.id,
        centsText(amount.cents),
        invoice.currency,
        checked.date,
        method,
        checked.reference,
        booked.entry.id,
        ctx.caller.userId,
      ],
    );
    const settled = await settleInvoice(manager, ctx, invoice, {
      paidCents: amount.cents,
      creditedCents: 0n,
    });
    await emitEvent(ctx, 'erp.payment.recorded', {
      id: payment.id,
      invoiceId: invoice.id,
      customerId: invoice.customerId,
      amount: payment.amount,
      currency: payment.currency,
      date: payment.date,
      method: payment.method,
      residual: residualOf(settled),
    });
    return { payment, invoice: settled, userErrors: [] };
  });
}
