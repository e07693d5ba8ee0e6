import autocannon from 'autocannon';
import type { CpuBreakdown } from './cpu-usage';
import { problemWith, type Expected, type Scenario } from './invoice-query.scenarios';

export interface Measurement {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses received. */
  responses: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  /** 2xx responses whose body carries a GraphQL `errors` entry (checked on every response). */
  graphqlErrors: number;
  /** Responses parsed and compared with the seeded answer (one in `sampleEvery`). */
  checked: number;
  badChecks: number;
  /** The first wrong answer seen, to show what went wrong. */
  firstProblem: string | null;
  /** Where the machine's CPU went during the run, per response; null when /proc is not readable. */
  cpu: CpuBreakdown | null;
}

export interface LoadOptions {
  durationSeconds: number;
  connections: number;
  /** Parse and verify one response in this many; the load generator must stay cheap. */
  sampleEvery: number;
}

/** Per-connection state autocannon hands to both callbacks; with pipelining 1 it is the in-flight request's. */
interface ConnectionContext {
  expected?: Expected;
}

/**
 * Drives one scenario with autocannon: every request is rebuilt by `setupRequest` (random tenant,
 * variables, credentials); every response is screened for GraphQL errors, a sample fully checked.
 */
export async function measure(scenario: Scenario, options: LoadOptions): Promise<Measurement> {
  let responses = 0;
  let graphqlErrors = 0;
  let checked = 0;
  let badChecks = 0;
  let firstProblem: string | null = null;
  const noteProblem = (problem: string) => {
    firstProblem ??= problem;
  };

  const result = await autocannon({
    url: scenario.url,
    method: 'POST',
    connections: options.connections,
    pipelining: 1,
    duration: options.durationSeconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request, context) => {
          const next = scenario.next();
          (context as ConnectionContext).expected = next.expected;
          return {
            ...request,
            method: 'POST',
            body: next.body,
            headers: { ...request.headers, ...next.headers },
          };
        },
        onResponse: (status, body, context) => {
          responses++;
          if (status < 200 || status >= 300) {
            noteProblem(`HTTP ${status}: ${body.slice(0, 300)}`);
            return;
          }
          if (body.includes('"errors"')) {
            graphqlErrors++;
            noteProblem(`GraphQL errors: ${body.slice(0, 300)}`);
          }
          const expected = (context as ConnectionContext).expected;
          if (expected && responses % options.sampleEvery === 0) {
            checked++;
            const problem = problemWith(body, expected);
            if (problem) {
              badChecks++;
              noteProblem(problem);
            }
          }
        },
      },
    ],
  });

  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    responses,
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    checked,
    badChecks,
    firstProblem,
    cpu: null,
  };
}

export function isClean(measurement: Measurement): boolean {
  return (
    measurement.errors === 0 &&
    measurement.non2xx === 0 &&
    measurement.graphqlErrors === 0 &&
    measurement.badChecks === 0 &&
    measurement.checked > 0
  );
}
