/**
 * `npm run bench`: what does our gateway cost compared with a stock @apollo/gateway, and compared
 * with calling a subgraph directly? Prints figures; asserts nothing about time.
 *
 * Method
 * - Topology: the three subgraphs (identity, crm, erp) run in one child process, OUR gateway in a
 *   second (configured from the environment exactly like production), a STOCK @apollo/gateway +
 *   ApolloServer standalone in a third, and autocannon in this process, so the load generator never
 *   shares an event loop with a server. Both gateways call the SAME subgraph processes and the same
 *   Postgres; everything runs on the same machine (the core count is printed: on 2 cores the
 *   servers, Postgres and the load generator compete for CPU, so read ratios rather than absolutes).
 * - Data: N fresh tenants (BENCH_TENANTS, default 5) seeded through our gateway's public API: signUp,
 *   20 companies each, 2 posted invoices per company.
 * - Scenarios, each with autocannon on loopback, 20 connections (BENCH_CONNECTIONS), no pipelining,
 *   every request rebuilt by `setupRequest` with a random tenant and random ids:
 *     ours   invoice  the three-subgraph invoice query through our gateway with the real access token
 *                     of a random tenant and a random invoice of that tenant;
 *     stock  invoice  the same query through the stock gateway, whose data source only adds a signed
 *                     context for ONE fixed tenant with every permission (no token verification, no
 *                     directive checks, none of our other layers); random invoices of that tenant;
 *     direct crm      `company(id)` straight to the crm subgraph with freshly signed headers per request
 *                     (random tenant and company);
 *     ours   crm      the same crm-only query through our gateway: gateway/direct is our whole hop.
 * - Rounds: after a short warm-up of each scenario (BENCH_WARMUP_SECONDS, default 2), the four run
 *   interleaved for BENCH_ROUNDS rounds (default 2) of BENCH_DURATION_SECONDS each (default 10), so
 *   drift (autovacuum, JIT, a noisy neighbour) shows up as a difference between rounds.
 * - CPU attribution: around each scenario the script reads the /proc CPU time of each child, of the
 *   Postgres backends serving the subgraphs' connections and of the whole machine, and prints CPU ms
 *   per response (CPU-bound on 2 cores: req/s ≈ cores / total CPU per request) and how many cores
 *   something else used ("not ours": other test suites share this machine). A 1.5 s pause before
 *   each scenario keeps the previous scenario's tail out of its figures.
 * - Correctness: every response is screened for non-2xx and GraphQL `errors`; one in 20 is parsed and
 *   compared with the seeded answer (invoice number, customer, owner e-mail; company name, domain).
 *   Any error, non-2xx or wrong answer is printed and makes the exit code 1.
 * - Profiling: BENCH_SCENARIOS=ours (comma-separated subset of ours,stock,direct,gatewayCrm) runs
 *   only some scenarios. BENCH_CPU_PROFILE_DIR=<dir> runs each server child with `--cpu-prof` (one
 *   folder per child, written when it exits; open them in Chrome DevTools). The profiler slows
 *   the servers down: do not compare figures of a profiled run with an unprofiled one.
 * - Requirements: Postgres at DATABASE_URL (default the kit's test database). No Redis needed.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { ConfigError, loadConfig, testDatabaseUrl } from '@nexora/kit';
import { cpuRow, summary, measurementRow, ratioLine, tableHeader, type RoundResults } from './bench.report';
import { cpuBreakdown, cpuSnapshot, postgresBackendsOf } from './cpu-usage';
import { signalChildServersNow, startChildServer, stopAllChildServers } from './child-servers';
import { buildScenarios, problemWith, type Scenario } from './invoice-query.scenarios';
import { isClean, measure, type Measurement } from './load.runner';
import { renewAccessToken, seedTenants, type SeededTenant } from './tenants.seed';

const benchConfigSchema = z.object({
  BENCH_DURATION_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(10).default(2),
  BENCH_TENANTS: z.coerce.number().int().min(1).max(50).default(5),
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(1000).default(20),
  BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).max(60).default(2),
  BENCH_CPU_PROFILE_DIR: z.string().min(1).optional(),
  // A subset, e.g. `ours` alone while profiling; the ratios need all four.
  BENCH_SCENARIOS: z
    .string()
    .default('ours,stock,direct,gatewayCrm')
    .transform((value) => value.split(',').map((key) => key.trim()))
    .pipe(z.array(z.enum(['ours', 'stock', 'direct', 'gatewayCrm'])).min(1)),
});

const COMPANIES_PER_TENANT = 20;
const INVOICES_PER_COMPANY = 2;
const SAMPLE_EVERY = 20;
const SETTLE_MS = 1_500;
/** Access tokens live 15 minutes; renew them between rounds well before that. */
const TOKEN_RENEW_AFTER_MS = 10 * 60_000;

interface SubgraphsReady {
  url: string;
  subgraphs: Record<string, string>;
  jwksUrl: string;
}

/** One POST per scenario before any load: a broken setup should fail in a second, not after minutes. */
async function preflight(scenarios: Scenario[]): Promise<void> {
  for (const scenario of scenarios) {
    const request = scenario.next();
    const response = await fetch(scenario.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...request.headers },
      body: request.body,
    });
    const text = await response.text();
    const problem = response.ok ? problemWith(text, request.expected) : `HTTP ${response.status}: ${text}`;
    if (problem) throw new Error(`preflight of "${scenario.label}" failed: ${problem}`);
  }
}

function describeMachine(): string[] {
  const cpus = os.cpus();
  return [
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`,
    `load average before start: ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')} (anything else running competes with the benchmark; see "not ours" in the CPU figures)`,
    `topology: subgraphs (identity+crm+erp) in child process 1, our gateway in child 2, stock @apollo/gateway in child 3, autocannon in the main process; Postgres on the same machine.${cpus.length <= 2 ? ` Only ${cpus.length} cores: servers, Postgres and the load generator compete for CPU.` : ''}`,
  ];
}

async function main(): Promise<void> {
  const config = loadConfig(benchConfigSchema);
  const load = { durationSeconds: config.BENCH_DURATION_SECONDS, connections: config.BENCH_CONNECTIONS };
  console.log('NEXORA gateway benchmark (npm run bench)');
  for (const line of describeMachine()) console.log(line);
  console.log(
    `load: autocannon, ${load.connections} connections, pipelining 1, ${config.BENCH_ROUNDS} interleaved rounds × ${config.BENCH_SCENARIOS.length} scenarios × ${load.durationSeconds} s, warm-up ${config.BENCH_WARMUP_SECONDS} s per scenario; data: ${config.BENCH_TENANTS} tenants × ${COMPANIES_PER_TENANT} companies × ${INVOICES_PER_COMPANY} invoices`,
  );

  const signingSecret = randomBytes(32).toString('base64url');
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: testDatabaseUrl(),
    CONTEXT_SIGNING_SECRET: signingSecret,
    LOG_LEVEL: 'silent',
  };
  const profileDir = config.BENCH_CPU_PROFILE_DIR ? path.resolve(config.BENCH_CPU_PROFILE_DIR) : null;
  const nodeFlags = (name: string) =>
    // One folder per child: tsx's module-loader thread writes a (near idle) profile of its own beside
    // the main thread's, so a fixed file name would be overwritten by the wrong one.
    profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, name)}`] : [];
  const startedAt = Date.now();
  const subgraphs = await startChildServer<SubgraphsReady>('subgraphs', 'subgraphs.server.ts', {
    env: serverEnv,
    nodeFlags: nodeFlags('subgraphs'),
  });
  const ours = await startChildServer<{ url: string }>('nexora-gateway', 'nexora-gateway.server.ts', {
    env: {
      ...serverEnv,
      PORT: '0',
      HOST: '127.0.0.1',
      SUBGRAPH_URLS: Object.entries(subgraphs.ready.subgraphs)
        .map(([name, url]) => `${name}=${url}`)
        .join(','),
      IDENTITY_JWKS_URL: subgraphs.ready.jwksUrl,
      // The limiter still counts every request and charges its cost, but the load must not reach
      // a tenant's plan: the benchmark measures serving, not refusing.
      PLAN_LIMITS: JSON.stringify({ standard: { requestsPerMinute: 1e12, costPerMinute: 1e15 } }),
      ANONYMOUS_REQUESTS_PER_MINUTE: '100000000',
    },
    nodeFlags: nodeFlags('nexora-gateway'),
  });

  const seedStarted = Date.now();
  const tenants = await seedTenants(ours.ready.url, {
    tenants: config.BENCH_TENANTS,
    companiesPerTenant: COMPANIES_PER_TENANT,
    invoicesPerCompany: INVOICES_PER_COMPANY,
  });
  let tokensIssuedAt = Date.now();
  const stockTenant: SeededTenant = tenants[0];
  console.log(
    `seeded ${tenants.length} tenants, ${tenants.length * COMPANIES_PER_TENANT} companies, ${tenants.reduce((n, t) => n + t.invoices.length, 0)} invoices in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
  );

  const stock = await startChildServer<{ url: string }>('stock-gateway', 'stock-gateway.server.ts', {
    env: {
      ...serverEnv,
      SUBGRAPH_URLS: JSON.stringify(subgraphs.ready.subgraphs),
      STOCK_TENANT_ID: stockTenant.tenantId,
      STOCK_USER_ID: stockTenant.userId,
    },
    nodeFlags: nodeFlags('stock-gateway'),
  });
  console.log(
    `servers ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: subgraphs pid ${subgraphs.pid}, our gateway pid ${ours.pid} ${ours.ready.url}, stock gateway pid ${stock.pid} ${stock.ready.url}`,
  );

  const scenarios = buildScenarios({
    ourGatewayUrl: ours.ready.url,
    stockGatewayUrl: stock.ready.url,
    crmUrl: subgraphs.ready.subgraphs.crm,
    signingSecret,
    tenants,
    stockTenant,
  }).filter((scenario) => config.BENCH_SCENARIOS.includes(scenario.key));
  await preflight(scenarios);

  if (config.BENCH_WARMUP_SECONDS > 0) {
    for (const scenario of scenarios) {
      await measure(scenario, {
        ...load,
        durationSeconds: config.BENCH_WARMUP_SECONDS,
        sampleEvery: SAMPLE_EVERY,
      });
    }
    console.log(`warmed up (${config.BENCH_WARMUP_SECONDS} s per scenario, not counted)`);
  }

  const pids = {
    'ours-gw': ours.pid,
    'stock-gw': stock.pid,
    subgraphs: subgraphs.pid,
    loadgen: process.pid,
  };
  const rounds: RoundResults[] = [];
  const problems: string[] = [];
  for (let round = 1; round <= config.BENCH_ROUNDS; round++) {
    if (Date.now() - tokensIssuedAt > TOKEN_RENEW_AFTER_MS) {
      await Promise.all(tenants.map((tenant) => renewAccessToken(ours.ready.url, tenant)));
      tokensIssuedAt = Date.now();
    }
    console.log(`\nround ${round}/${config.BENCH_ROUNDS}\n${tableHeader()}`);
    const results: RoundResults = {};
    for (const scenario of scenarios) {
      // Let the previous scenario's tail (in-flight requests, GC) finish so its CPU is not billed here.
      await sleep(SETTLE_MS);
      const backends = await postgresBackendsOf(subgraphs.pid, testDatabaseUrl());
      const before = cpuSnapshot(pids, backends);
      const measurement: Measurement = await measure(scenario, { ...load, sampleEvery: SAMPLE_EVERY });
      measurement.cpu = cpuBreakdown(before, cpuSnapshot(pids, backends), measurement.responses);
      results[scenario.key] = measurement;
      console.log(measurementRow(scenario.label, measurement));
      if (!isClean(measurement)) {
        problems.push(
          `round ${round}, ${scenario.label}: ${measurement.errors} errors, ${measurement.non2xx} non-2xx, ${measurement.graphqlErrors} GraphQL errors, ${measurement.badChecks}/${measurement.checked} bad checks; first: ${measurement.firstProblem ?? 'none'}`,
        );
      }
    }
    console.log(ratioLine(results));
    console.log('CPU ms per response (user+system, all cores):');
    for (const scenario of scenarios) console.log(cpuRow(scenario.label, results[scenario.key]?.cpu ?? null));
    rounds.push(results);
  }

  console.log(`\n=== Summary ===${summary(scenarios, rounds)}`);
  console.log(
    [
      '',
      'req/s: autocannon mean of per-second counts. p50/p99: latency seen by autocannon.',
      'gql-err: 2xx bodies with GraphQL errors (every response screened). checked/bad: bodies compared with the seed (1 in 20).',
      'CPU: /proc user+system time of each process over the run divided by responses; postgres = the backends serving',
      'the subgraph connections; "not ours" = cores used by everything else (kernel, other processes, e.g. test suites).',
    ].join('\n'),
  );
  if (problems.length > 0) {
    console.log(
      '\nWARNING: some requests failed or returned wrong data; the figures above are not trustworthy:',
    );
    for (const problem of problems) console.log(`  ${problem}`);
    process.exitCode = 1;
  }

  await stopAllChildServers();
  if (profileDir) {
    console.log(
      `CPU profiles (whole run, written on exit; the largest file of each folder is the main thread): ${profileDir}/{subgraphs,nexora-gateway,stock-gateway}/`,
    );
  }
  console.log(`total time ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

process.on('exit', signalChildServersNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\nbench: ${signal}, stopping servers`);
    void stopAllChildServers().finally(() => process.exit(130));
  });
}

main().catch(async (error: unknown) => {
  const message = error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error));
  console.error(`bench: FAILED: ${message}`);
  await stopAllChildServers();
  process.exit(1);
});
