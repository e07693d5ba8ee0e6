import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { Button, Loading, Problems, SelectField } from '../../ui';

const LostReasonsQuery = graphql(`
  query LostReasons {
    lostReasons {
      id
      name
    }
  }
`);

const MarkBoardDealLostMutation = graphql(`
  mutation MarkBoardDealLost($input: MarkDealLostInput!) {
    markDealLost(input: $input) {
      deal {
        id
        ...DealCardFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/**
 * Asks why a deal was lost before it goes to the LOST stage (the API takes a deal there only with a
 * reason of the tenant's catalogue: `markDealLost`). It opens inside the card, takes the focus (so
 * the next Tab reaches the reason), submits with Enter from the reason too, and Escape or Cancel
 * leaves the deal where it was. The server's refusals stay in the dialog.
 */
export function MarkLostDialog({
  dealId,
  title,
  onDone,
  onCancel,
}: {
  dealId: string;
  title: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [reasonId, setReasonId] = useState('');
  const [reasons] = useQuery({ query: LostReasonsQuery });
  const [result, markDealLost] = useMutation(MarkBoardDealLostMutation);

  useEffect(() => form.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await markDealLost({ input: { dealId, lostReasonId: reasonId } });
    if (answer.data?.markDealLost.deal) onDone();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      // A select does not submit its form on Enter by itself; here it does, like a text field.
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };

  const choices = reasons.data?.lostReasons ?? [];
  return (
    <form
      ref={form}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      className="mt-3 flex flex-col gap-3 rounded-md border border-red-200 bg-red-50 p-3 focus:outline-2 focus:outline-indigo-600"
    >
      <h4 id={headingId} className="text-sm font-semibold break-words text-red-900">
        Mark {title} lost
      </h4>
      {reasons.fetching && !reasons.data ? (
        <Loading what="lost reasons" />
      ) : reasons.error && !reasons.data ? (
        <Problems error={reasons.error} />
      ) : choices.length === 0 ? (
        <p className="text-sm text-slate-700">There are no lost reasons to choose from.</p>
      ) : (
        <SelectField
          label="Lost reason"
          required
          value={reasonId}
          onChange={(event) => setReasonId(event.target.value)}
        >
          <option value="">Choose a reason…</option>
          {choices.map((reason) => (
            <option key={reason.id} value={reason.id}>
              {reason.name}
            </option>
          ))}
        </SelectField>
      )}
      <Problems error={result.error} userErrors={result.data?.markDealLost.userErrors} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" variant="danger" disabled={result.fetching || choices.length === 0}>
          {result.fetching ? 'Marking lost…' : 'Mark lost'}
        </Button>
      </div>
    </form>
  );
}
