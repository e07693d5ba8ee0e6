import { useState } from 'react';
import { useQuery } from 'urql';
import { getFragmentData, graphql } from '../__generated__';
import type { AgeingRowFragment } from '../__generated__/graphql';
import { Card, Empty, formatMoney, Loading, PageHeader, Problems, TextField } from '../ui';
import { todayUtc } from './invoice-fields';

const AgeingRow = graphql(`
  fragment AgeingRow on AgeingBuckets {
    customer {
      id
      name
    }
    notDue {
      amount
      currency
    }
    days0To30 {
      amount
      currency
    }
    days31To60 {
      amount
      currency
    }
    days61To90 {
      amount
      currency
    }
    over90 {
      amount
      currency
    }
    total {
      amount
      currency
    }
  }
`);

const ReceivablesAgeingQuery = graphql(`
  query ReceivablesAgeing($asOf: String) {
    receivablesAgeing(asOf: $asOf) {
      asOf
      customers {
        ...AgeingRow
      }
      totals {
        ...AgeingRow
      }
    }
  }
`);

const BUCKETS: ReadonlyArray<[keyof AgeingRowFragment, string]> = [
  ['notDue', 'Not due'],
  ['days0To30', '0–30 days'],
  ['days31To60', '31–60 days'],
  ['days61To90', '61–90 days'],
  ['over90', 'Over 90 days'],
  ['total', 'Total open'],
];

type Money = { amount: string; currency: string };

/** One table of ageing rows: a row per customer (or per currency for the totals), a column per bucket. */
function AgeingTable({ label, rows }: { label: string; rows: readonly AgeingRowFragment[] }) {
  return (
    <div className="overflow-x-auto">
      <table aria-label={label} className="w-full min-w-[40rem] text-left text-sm">
        <thead className="text-xs uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-2">
              {rows[0]?.customer ? 'Customer' : 'Currency'}
            </th>
            {BUCKETS.map(([key, heading]) => (
              <th key={key} scope="col" className="py-1 pr-2 text-right">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={`${row.customer?.id ?? ''}|${row.total.currency}`}>
              <th scope="row" className="break-words py-2 pr-2 font-medium">
                {row.customer ? `${row.customer.name} (${row.total.currency})` : row.total.currency}
              </th>
              {BUCKETS.map(([key]) => (
                <td
                  key={key}
                  className={`py-2 pr-2 text-right tabular-nums ${key === 'total' ? 'font-semibold' : ''}`}
                >
                  {formatMoney(row[key] as Money)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What customers still owe on a chosen day (today by default), by days past the due date: the
 * tenant's totals per currency (never added across currencies) and a row per customer and currency.
 */
export default function ReceivablesAgeingScreen() {
  const [asOf, setAsOf] = useState(todayUtc());
  const [{ data, fetching, error }] = useQuery({
    query: ReceivablesAgeingQuery,
    variables: { asOf: asOf || null },
    requestPolicy: 'cache-and-network',
  });
  const ageing = data?.receivablesAgeing;
  return (
    <>
      <PageHeader title="Receivables ageing" />
      <TextField
        label="As of"
        type="date"
        className="mb-4 max-w-xs"
        value={asOf}
        onChange={(event) => setAsOf(event.target.value)}
      />
      {!ageing ? (
        fetching ? (
          <Loading what="the ageing" />
        ) : (
          <Problems error={error} />
        )
      ) : ageing.totals.length === 0 ? (
        <Empty>Nothing is owed as of this day.</Empty>
      ) : (
        <div className="flex flex-col gap-4">
          <Card title="Totals per currency">
            <AgeingTable label="Totals per currency" rows={getFragmentData(AgeingRow, ageing.totals)} />
          </Card>
          <Card title="Per customer">
            <AgeingTable label="Per customer" rows={getFragmentData(AgeingRow, ageing.customers)} />
          </Card>
          <Problems error={error} />
        </div>
      )}
    </>
  );
}
