import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { cpus } from 'node:os';
import { Client } from 'pg';

/**
 * CPU time per process from Linux's /proc, so each scenario can say where the machine's CPU went
 * (gateways, subgraphs, the Postgres backends serving the subgraphs, load generator, everything else).
 * On a 2-core machine the benchmark is CPU-bound, so CPU per request explains throughput better than
 * latency alone. Returns null figures where /proc is not available (not Linux).
 */

function clockTicksPerSecond(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

const TICK_MS = 1000 / clockTicksPerSecond();

/** User + system CPU milliseconds a process has used so far. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may contain spaces; count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS; // utime, stime (fields 14, 15)
  } catch {
    return null;
  }
}

/** Busy and total CPU milliseconds of the whole machine (all cores) so far. */
export function machineCpuMs(): { busy: number; total: number } | null {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const ticks = values.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
    const total = ticks.reduce((sum, value) => sum + value, 0);
    return { busy: (total - ticks[3] - ticks[4]) * TICK_MS, total: total * TICK_MS };
  } catch {
    return null;
  }
}

/** Local ports of the TCP sockets a process holds (its fds matched against /proc/net/tcp*). */
function tcpPortsOf(pid: number): number[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      if (target.startsWith('socket:[')) inodes.add(target.slice('socket:['.length, -1));
    } catch {
      // The fd closed while we listed them.
    }
  }
  const ports: number[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      if (fields.length > 9 && inodes.has(fields[9])) ports.push(parseInt(fields[1].split(':')[1], 16));
    }
  }
  return ports;
}

/**
 * OS pids of the Postgres backends serving a process's connections. The database is shared with
 * whatever else runs on the machine (other test suites), so only these backends count as ours.
 */
export async function postgresBackendsOf(pid: number, adminUrl: string): Promise<number[]> {
  try {
    const ports = tcpPortsOf(pid);
    const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>(
        `select pid from pg_stat_activity where client_port = any($1::int[]) and client_addr is not null`,
        [ports],
      );
      return rows.map((row) => row.pid);
    } finally {
      await client.end();
    }
  } catch {
    return [];
  }
}

export interface CpuSnapshot {
  processes: Record<string, number | null>;
  /** CPU ms per Postgres backend pid (a backend that exits mid-run is counted as idle). */
  backends: Map<number, number>;
  machine: { busy: number; total: number } | null;
}

export function cpuSnapshot(pids: Record<string, number>, backendPids: number[] = []): CpuSnapshot {
  const backends = new Map<number, number>();
  for (const pid of backendPids) {
    const ms = processCpuMs(pid);
    if (ms !== null) backends.set(pid, ms);
  }
  return {
    processes: Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processCpuMs(pid)])),
    backends,
    machine: machineCpuMs(),
  };
}

export interface CpuBreakdown {
  /** CPU ms per response, per named process and `postgres` (the backends serving the subgraphs). */
  perRequestMs: Record<string, number>;
  /**
   * Cores used by everything else (kernel, other processes) during the run. Not per response: it does
   * not scale with our requests, it takes capacity away from them.
   */
  otherCores: number;
  /** Share of the machine's total CPU capacity in use during the run, 0–100. */
  machineBusyPercent: number;
}

export function cpuBreakdown(
  before: CpuSnapshot,
  after: CpuSnapshot,
  responses: number,
): CpuBreakdown | null {
  if (!before.machine || !after.machine || responses === 0) return null;
  const perRequestMs: Record<string, number> = {};
  let accounted = 0;
  for (const [name, start] of Object.entries(before.processes)) {
    const end = after.processes[name];
    if (start === null || end === null || end === undefined) return null;
    accounted += end - start;
    perRequestMs[name] = (end - start) / responses;
  }
  let postgres = 0;
  for (const [pid, start] of before.backends) postgres += (after.backends.get(pid) ?? start) - start;
  accounted += postgres;
  perRequestMs.postgres = postgres / responses;
  const busy = after.machine.busy - before.machine.busy;
  const total = after.machine.total - before.machine.total;
  return {
    perRequestMs,
    otherCores: (Math.max(0, busy - accounted) / total) * cpus().length,
    machineBusyPercent: (100 * busy) / total,
  };
}
