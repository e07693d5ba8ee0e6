import { Panel } from './Panel';

/**
 * One KPI: its headline figures (one per currency for money), what they measure, or what is missing
 * when the metric has no points yet.
 */
export function KpiCard({
  title,
  figures,
  hint,
  empty,
}: {
  title: string;
  figures: readonly string[];
  hint: string;
  empty: string;
}) {
  return (
    <Panel title={title}>
      {figures.length === 0 ? (
        <p className="text-sm text-slate-500">{empty}</p>
      ) : (
        <ul className="flex flex-col">
          {figures.map((figure) => (
            <li key={figure} className="text-2xl font-semibold tabular-nums text-slate-900">
              {figure}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-1 text-xs text-slate-500">{hint}</p>
    </Panel>
  );
}
