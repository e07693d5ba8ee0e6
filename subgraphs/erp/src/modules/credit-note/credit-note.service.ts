import {
  emitEvent,
  notFound,
  parseId,
  type SubgraphContext,
  tenantOf,
  userError,
  type UserError,
} from '@nexora/kit';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ensureLedgerSetup } from '../account/ledger-setup';
import { postLedgerEntry } from '../journal-entry/ledger.api';
import { centsText } from '../journal-entry/ledger-amount';
import type { InvoiceEntity } from '../invoice/invoice.entity';
import { settleInvoice, settlementRefusal } from '../invoice/invoice-settlement';
import { lockInvoice } from '../invoice/invoice-store';
import { residualOf } from '../invoice/invoice.service';
import {
  checkSettlementAmount,
  checkSettlementInput,
  currencyMismatch,
  dateBeforeInvoice,
} from '../payment/payment.validation';
import { creditNoteEntryLines } from './credit-note-entry';
import { CREDIT_NOTE_COLUMNS, type CreditNoteRow } from './credit-note.types';

export const REASON_MAX_LENGTH = 500;

export interface CreateCreditNoteInput {
  invoiceId: string;
  amount: string;
  reason: string;
  currency?: string | null;
  date?: string | null;
}

export interface CreditNotePayload {
  creditNote: CreditNoteRow | null;
  invoice: InvoiceEntity | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): CreditNotePayload => ({
  creditNote: null,
  invoice: null,
  userErrors,
});

/** `CN-000042`, numbered gap-free per tenant like invoices. */
export function formatCreditNoteNumber(sequence: string): string {
  return `CN-${sequence.padStart(6, '0')}`;
}

/**
 * Credits part or all of a posted invoice's residual (never more: CREDIT_EXCEEDS_RESIDUAL) with a
 * gap-free number and the entry that turns the invoice's entry around for that part (Dr sales and
 * tax in proportion, Cr receivable), in one transaction under the invoice's row lock. The invoice
 * becomes PAID when nothing is left to settle. Refusals as for payments; nothing is written.
 */
export async function createCreditNote(
  ctx: SubgraphContext,
  input: CreateCreditNoteInput,
): Promise<CreditNotePayload> {
  const tenantId = tenantOf(ctx);
  const invoiceId = parseId(input.invoiceId, 'input.invoiceId');
  const errors: UserError[] = [];
  const reason = input.reason.trim();
  if (reason.length === 0) {
    errors.push(userError('REASON_REQUIRED', 'Say why the invoice is credited.', ['input', 'reason']));
  } else if ([...reason].length > REASON_MAX_LENGTH) {
    errors.push(
      userError('REASON_TOO_LONG', `The reason can have at most ${REASON_MAX_LENGTH} characters.`, [
        'input',
        'reason',
      ]),
    );
  }
  const checked = checkSettlementInput(input, 'reason', errors);
  if (!checked || errors.length > 0) return refused(errors);
  return ctx.db.run(async (manager) => {
    const invoice = await lockInvoice(manager, tenantId, invoiceId);
    if (!invoice) throw notFound('Invoice', invoiceId);
    const mismatch = currencyMismatch(checked.currency, invoice);
    if (mismatch) return refused([mismatch]);
    const amount = checkSettlementAmount(input.amount, invoice.currency);
    if (!amount.ok) return refused([amount.error]);
    const refusal =
      settlementRefusal(
        invoice,
        amount.cents,
        ['input', 'amount'],
        ['input', 'invoiceId'],
        'CREDIT_EXCEEDS_RESIDUAL',
      ) ?? dateBeforeInvoice(checked.date, invoice);
    if (refusal) return refused([refusal]);

    await ensureLedgerSetup(manager, ctx);
    await manager.query('savepoint credit_note_write');
    const id = randomUUID();
    const sequence = await allocateCreditNoteSequence(manager, tenantId);
    const number = formatCreditNoteNumber(sequence);
    const entry = await creditNoteEntryLines(manager, invoice, amount.cents, number);
    const booked = await postLedgerEntry(manager, ctx, {
      journal: 'SALES',
      date: checked.date,
      reference: number,
      memo: `Credit note for invoice ${invoice.number}: ${reason}`.slice(0, 1000),
      currency: invoice.currency,
      source: { type: 'CREDIT_NOTE', id },
      lines: entry.lines,
    });
    if (!booked.entry) {
      // Gives the number back: credit note numbers stay gap-free.
      await manager.query('rollback to savepoint credit_note_write');
      return refused(booked.userErrors.map((error) => ({ ...error, field: ['input', 'date'] })));
    }
    await manager.query('release savepoint credit_note_write');
    const [creditNote]: CreditNoteRow[] = await manager.query(
      `insert into erp.credit_notes (id, tenant_id, sequence, number, invoice_id, amount, tax_amount, currency,
         credit_date, reason, journal_entry_id, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) returning ${CREDIT_NOTE_COLUMNS}`,
      [
        id,
        tenantId,
        sequence,
        number,
        invoice.id,
        centsText(amount.cents),
        centsText(entry.taxCents),
        invoice.currency,
        checked.date,
        reason,
        booked.entry.id,
        ctx.caller.userId,
      ],
    );
    const settled = await settleInvoice(manager, ctx, invoice, {
      paidCents: 0n,
      creditedCents: amount.cents,
    });
    await emitEvent(ctx, 'erp.credit-note.created', {
      id: creditNote.id,
      number: creditNote.number,
      invoiceId: invoice.id,
      customerId: invoice.customerId,
      amount: creditNote.amount,
      currency: creditNote.currency,
      date: creditNote.date,
      residual: residualOf(settled),
    });
    return { creditNote, invoice: settled, userErrors: [] };
  });
}

/** The tenant's next credit note sequence, allocated under the counter row's lock (see invoices). */
async function allocateCreditNoteSequence(manager: EntityManager, tenantId: string): Promise<string> {
  const [{ lastNumber }]: Array<{ lastNumber: string }> = await manager.query(
    `insert into erp.credit_note_counters as counter (tenant_id, last_number) values ($1, 1)
     on conflict (tenant_id) do update set last_number = counter.last_number + 1
     returning last_number as "lastNumber"`,
    [tenantId],
  );
  return lastNumber;
}
