import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../ui';
import { DataTable } from './DataTable';
import { currenciesOf, type Point } from './figures';
import { Panel } from './Panel';
import { SERIES_COLOURS } from './TimeSeriesChart';

export interface PipelineNames {
  id: string;
  name: string;
  stages: ReadonlyArray<{ id: string; name: string }>;
}

const compact = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * Open deals' value per stage (PIPELINE_VALUE's points are keyed by stage id), a bar per currency.
 * The chart shows the stages holding open deals; the table lists every stage of every pipeline, so a
 * reader also sees which ones are empty. A key no pipeline names (a stage deleted since) shows as is.
 */
export function PipelineChart({
  pipelines,
  points,
  empty,
}: {
  pipelines: readonly PipelineNames[];
  points: readonly Point[];
  empty: string;
}) {
  const currencies = currenciesOf(points);
  const several = pipelines.length > 1;
  const stages = pipelines.flatMap((pipeline) =>
    pipeline.stages.map((stage) => ({
      key: stage.id,
      pipeline: pipeline.name,
      stage: stage.name,
      label: several ? `${pipeline.name} · ${stage.name}` : stage.name,
    })),
  );
  const known = new Set(stages.map((stage) => stage.key));
  const unknown = [
    ...new Set(points.flatMap((point) => (point.key && !known.has(point.key) ? [point.key] : []))),
  ];
  const rows = [...stages, ...unknown.map((key) => ({ key, pipeline: '—', stage: key, label: key }))];
  const valueOf = (key: string, currency: string) =>
    points.find((point) => point.key === key && point.currency === currency)?.value;
  const bars = rows
    .filter((row) => currencies.some((currency) => valueOf(row.key, currency) !== undefined))
    .map((row) => ({
      label: row.label,
      ...Object.fromEntries(
        currencies.map((currency) => [currency, Number(valueOf(row.key, currency) ?? 0)]),
      ),
    }));

  return (
    <Panel title="Open pipeline by stage">
      {points.length === 0 ? (
        <p className="py-10 text-center text-sm text-slate-500">{empty}</p>
      ) : (
        <>
          <div aria-hidden="true" className="h-56">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={bars} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
                <YAxis
                  tick={{ fontSize: 11 }}
                  width={48}
                  tickFormatter={(value: number) => compact.format(value)}
                />
                <Tooltip
                  formatter={(value, name) => formatMoney({ amount: String(value), currency: String(name) })}
                />
                {currencies.length > 1 && <Legend wrapperStyle={{ fontSize: 12 }} />}
                {currencies.map((currency, index) => (
                  <Bar
                    key={currency}
                    dataKey={currency}
                    name={currency}
                    fill={SERIES_COLOURS[index % SERIES_COLOURS.length]}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
          <DataTable
            caption="Open pipeline by stage"
            columns={['Stage', 'Pipeline', ...currencies]}
            rows={rows.map((row) => ({
              key: row.key,
              cells: [
                row.stage,
                row.pipeline,
                ...currencies.map((currency) => {
                  const value = valueOf(row.key, currency);
                  return value === undefined ? '—' : formatMoney({ amount: value, currency });
                }),
              ],
            }))}
          />
        </>
      )}
    </Panel>
  );
}
