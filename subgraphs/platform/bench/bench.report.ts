import type { CpuBreakdown } from './cpu-usage';
import type { Scenario, ScenarioKey } from './invoice-query.scenarios';
import type { Measurement } from './load.runner';

export type RoundResults = Partial<Record<ScenarioKey, Measurement>>;

const COLUMNS = [
  ['scenario', 30],
  ['req/s', 8],
  ['p50 ms', 8],
  ['p99 ms', 8],
  ['responses', 10],
  ['errors', 7],
  ['non-2xx', 8],
  ['gql-err', 8],
  ['checked/bad', 12],
] as const;

function row(cells: string[]): string {
  return cells
    .map((cell, index) => (index === 0 ? cell.padEnd(COLUMNS[0][1]) : cell.padStart(COLUMNS[index][1])))
    .join(' ');
}

export function tableHeader(): string {
  return row(COLUMNS.map(([title]) => title));
}

export function measurementRow(label: string, m: Measurement): string {
  return row([
    label,
    m.requestsPerSecond.toFixed(0),
    m.p50Ms.toFixed(1),
    m.p99Ms.toFixed(1),
    String(m.responses),
    String(m.errors),
    String(m.non2xx),
    String(m.graphqlErrors),
    `${m.checked}/${m.badChecks}`,
  ]);
}

function ratio(numerator: number | undefined, denominator: number | undefined): string {
  if (numerator === undefined || denominator === undefined || denominator === 0) return 'n/a';
  return `${(numerator / denominator).toFixed(2)}×`;
}

/** ours/stock on the invoice query and gateway/direct on the crm query, RPS and p99. */
export function ratioLine(results: RoundResults): string {
  const { ours, stock, direct, gatewayCrm } = results;
  return [
    `ours/stock: RPS ${ratio(ours?.requestsPerSecond, stock?.requestsPerSecond)}, p99 ${ratio(ours?.p99Ms, stock?.p99Ms)}`,
    `gateway/direct (crm): RPS ${ratio(gatewayCrm?.requestsPerSecond, direct?.requestsPerSecond)}, p99 ${ratio(gatewayCrm?.p99Ms, direct?.p99Ms)}`,
  ].join('   |   ');
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Mean of rate and latency figures over the rounds (percentiles averaged, not recomputed); counts summed. */
export function meanOfRounds(rounds: RoundResults[], key: ScenarioKey): Measurement | undefined {
  const all = rounds.map((round) => round[key]).filter((m): m is Measurement => m !== undefined);
  if (all.length === 0) return undefined;
  return {
    requestsPerSecond: mean(all.map((m) => m.requestsPerSecond)),
    p50Ms: mean(all.map((m) => m.p50Ms)),
    p99Ms: mean(all.map((m) => m.p99Ms)),
    responses: sum(all.map((m) => m.responses)),
    errors: sum(all.map((m) => m.errors)),
    non2xx: sum(all.map((m) => m.non2xx)),
    graphqlErrors: sum(all.map((m) => m.graphqlErrors)),
    checked: sum(all.map((m) => m.checked)),
    badChecks: sum(all.map((m) => m.badChecks)),
    firstProblem: all.find((m) => m.firstProblem)?.firstProblem ?? null,
    cpu: meanCpu(all.map((m) => m.cpu)),
  };
}

function meanCpu(breakdowns: Array<CpuBreakdown | null>): CpuBreakdown | null {
  if (breakdowns.some((cpu) => cpu === null)) return null;
  const all = breakdowns as CpuBreakdown[];
  const names = Object.keys(all[0].perRequestMs);
  return {
    perRequestMs: Object.fromEntries(
      names.map((name) => [name, mean(all.map((cpu) => cpu.perRequestMs[name]))]),
    ),
    otherCores: mean(all.map((cpu) => cpu.otherCores)),
    machineBusyPercent: mean(all.map((cpu) => cpu.machineBusyPercent)),
  };
}

/** CPU milliseconds per response for each process, and how busy the whole machine was. */
export function cpuRow(label: string, cpu: CpuBreakdown | null): string {
  if (!cpu) return `${label.padEnd(COLUMNS[0][1])} (no /proc: CPU figures unavailable)`;
  const perProcess = Object.entries(cpu.perRequestMs)
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(', ');
  return `${label.padEnd(COLUMNS[0][1])} ${perProcess} | machine busy ${cpu.machineBusyPercent.toFixed(0)}%, of which not ours ${cpu.otherCores.toFixed(2)} cores`;
}

/** The final tables: every round, then the mean, each followed by its ratios. */
export function summary(scenarios: Scenario[], rounds: RoundResults[]): string {
  const lines: string[] = [];
  const block = (title: string, results: RoundResults) => {
    lines.push('', title, tableHeader());
    for (const scenario of scenarios) {
      const m = results[scenario.key];
      if (m) lines.push(measurementRow(scenario.label, m));
    }
    lines.push(ratioLine(results), 'CPU ms per response (user+system, all cores):');
    for (const scenario of scenarios) {
      const m = results[scenario.key];
      if (m) lines.push(cpuRow(scenario.label, m.cpu));
    }
  };
  rounds.forEach((results, index) => block(`Round ${index + 1}`, results));
  if (rounds.length > 1) {
    const means: RoundResults = {};
    for (const scenario of scenarios) means[scenario.key] = meanOfRounds(rounds, scenario.key);
    block(`Mean of ${rounds.length} rounds (counts summed)`, means);
  }
  return lines.join('\n');
}
