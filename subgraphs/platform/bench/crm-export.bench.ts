/**
 * `npm run bench:export`: exports 100,000 companies as CSV through the real gateway route
 * (`GET /files/crm/companies/export`) and prints rows, bytes, seconds and the peak heap growth of
 * the process, which runs the gateway and every subgraph (all-in-one, as `npm start` does) and
 * reads the answer as a stream. Not a test: it asserts nothing about time; it exits 1 when the
 * export is incomplete.
 *
 * - Seed: a fresh tenant signed up through the gateway, then BENCH_EXPORT_ROWS (default 100,000)
 *   companies inserted by one `insert … select generate_series` as the superuser (seconds, not
 *   minutes), owned by the tenant's owner.
 * - Heap: the baseline is `heapUsed` after a full GC just before the request; the heap is sampled
 *   every 5 ms and at each chunk received; the peak growth is max(sample) − baseline. RSS is
 *   printed too, and the growth left after a GC once the export is done. The peak is mostly garbage
 *   the GC had not collected yet: compare BENCH_EXPORT_ROWS=10000 to see it does not grow with the
 *   row count. Run with `--expose-gc` (the npm script does) so the baseline is not garbage.
 * - Requirements: Postgres at DATABASE_URL (default the kit's test database). No Redis needed.
 */
import { queryAsSuperuser } from '@nexora/kit';
import { startE2EPlatform } from '../test/e2e/e2e-client';

const ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const TARGET_BYTES = 100 * 1024 * 1024;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  } else console.warn('run with --expose-gc for a clean heap baseline (npm run bench:export does)');
}

async function main(): Promise<number> {
  const e2e = await startE2EPlatform();
  try {
    const tenant = await e2e.signUpTenant('bench-export');
    const seedStart = performance.now();
    await queryAsSuperuser(
      `insert into crm.companies (tenant_id, owner_id, name, domain)
       select $1, $2, 'Company ' || g || ', "benchmark" edition', 'c' || g || '.bench.example'
       from generate_series(1, $3::int) as g`,
      [tenant.tenantId, tenant.userId, ROWS],
    );
    console.log(`seeded ${ROWS} companies in ${((performance.now() - seedStart) / 1000).toFixed(2)} s`);

    collectGarbage();
    const baseline = process.memoryUsage();
    let peakHeap = baseline.heapUsed;
    let peakRss = baseline.rss;
    const sample = () => {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    };
    const sampler = setInterval(sample, 5);

    const started = performance.now();
    const response = await fetch(`${e2e.platform.gateway.origin}/files/crm/companies/export`, {
      headers: { authorization: `Bearer ${tenant.token}` },
    });
    let bytes = 0;
    let newlines = 0;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      for (let index = 0; index < value.length; index++) if (value[index] === 0x0a) newlines++;
      sample();
    }
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    sample();

    collectGarbage();
    const retained = process.memoryUsage().heapUsed - baseline.heapUsed;
    const rows = newlines - 1; // the header line
    const growth = peakHeap - baseline.heapUsed;
    console.log(`status          ${response.status} ${response.headers.get('content-type')}`);
    console.log(`rows            ${rows}`);
    console.log(`bytes           ${bytes} (${mb(bytes)})`);
    console.log(`seconds         ${seconds.toFixed(2)} (${Math.round(rows / seconds)} rows/s)`);
    console.log(`heap baseline   ${mb(baseline.heapUsed)}`);
    console.log(`peak heap       ${mb(peakHeap)}, growth ${mb(growth)} (target < ${mb(TARGET_BYTES)})`);
    console.log(`heap after GC   growth ${mb(retained)} (what the export left behind)`);
    console.log(`peak rss        ${mb(peakRss)}, growth ${mb(peakRss - baseline.rss)}`);
    console.log(growth < TARGET_BYTES ? 'heap growth within target' : 'HEAP GROWTH ABOVE TARGET');
    await queryAsSuperuser('delete from crm.companies where tenant_id = $1', [tenant.tenantId]);
    return response.status === 200 && rows === ROWS ? 0 : 1;
  } finally {
    await e2e.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
