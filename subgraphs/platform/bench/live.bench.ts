/**
 * `npm run bench:live`: BENCH_LIVE_CLIENTS (default 1,000) graphql-ws clients over BENCH_LIVE_TENANTS
 * (default 2) tenants, each subscribed to `dealUpdated { title company { name } }`, while deals are
 * created at a steady BENCH_LIVE_RATE (default 20 per second, each in a random tenant) for
 * BENCH_LIVE_SECONDS (default 15). Prints delivery latency (p50, p99, max: from just before the
 * mutation is sent to the message's arrival), lost messages (an event of the client's tenant it never
 * received), cross-tenant messages (must be 0), and the server's memory per connection.
 *
 * - Topology: the platform (gateway and subgraphs, all-in-one) runs in a child process
 *   (`live.server.ts`); the clients and the mutation driver run here, so they never share its event
 *   loop. BENCH_LIVE_REDIS=1 sends the events through Redis Streams instead of the in-process bus.
 * - Each event creates a new deal, so every message names exactly one event: its title carries the
 *   tenant, a sequence number and the send time. Tenants and send order are randomized.
 * - Memory per connection: the server's heap and RSS after a full GC with all clients subscribed,
 *   minus the same before any client connected, divided by the clients.
 * - Requirements: Postgres at DATABASE_URL (the kit's test database by default); Redis only with
 *   BENCH_LIVE_REDIS=1. Not a test: it asserts nothing about time; it exits 1 if a message was lost or
 *   crossed tenants.
 */
import { randomUUID } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startChildServer, stopAllChildServers } from './child-servers';

const CLIENTS = Number(process.env.BENCH_LIVE_CLIENTS ?? 1_000);
const TENANTS = Number(process.env.BENCH_LIVE_TENANTS ?? 2);
const RATE = Number(process.env.BENCH_LIVE_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 15);
const PASSWORD = 'bench-live-password-1';

interface Tenant {
  index: number;
  token: string;
}

async function gql<T>(url: string, query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function signUp(url: string, index: number): Promise<Tenant> {
  const data = await gql<{ signUp: { session: { accessToken: string } | null } }>(
    url,
    `mutation ($input: SignUpInput!) { signUp(input: $input) { session { accessToken } } }`,
    {
      input: {
        email: `live-${randomUUID().slice(0, 8)}@bench.example`,
        password: PASSWORD,
        name: `Live ${index}`,
        tenantName: `live bench ${index} ${randomUUID().slice(0, 6)}`,
      },
    },
  );
  if (!data.signUp.session) throw new Error('sign-up failed');
  return { index, token: data.signUp.session.accessToken };
}

async function memory(origin: string): Promise<{ heapUsed: number; rss: number; gc: boolean }> {
  return (await fetch(`${origin}/__bench/memory`)).json() as Promise<{
    heapUsed: number;
    rss: number;
    gc: boolean;
  }>;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Watcher {
  tenant: number;
  received: Set<number>;
  crossTenant: number;
}

async function main(): Promise<number> {
  const server = await startChildServer<{ url: string; origin: string }>('live platform', 'live.server.ts', {
    env: { ...process.env },
    nodeFlags: ['--expose-gc'],
  });
  const { url, origin } = server.ready;
  const wsUrl = url.replace(/^http/, 'ws');
  const clients: Client[] = [];
  try {
    const tenants = await Promise.all(Array.from({ length: TENANTS }, (_, index) => signUp(url, index)));
    for (const tenant of tenants) {
      await gql(
        url,
        `mutation { createCompany(input: { name: "Live Corp" }) { company { id } } }`,
        {},
        tenant.token,
      );
    }
    const before = await memory(origin);

    const latencies: number[] = [];
    const watchers: Watcher[] = [];
    let subscribed = 0;
    const closes = new Map<number, number>();
    let lastMessageAt = Date.now();
    for (let index = 0; index < CLIENTS; index += 1) {
      const tenant = tenants[index % TENANTS];
      const watcher: Watcher = { tenant: tenant.index, received: new Set(), crossTenant: 0 };
      watchers.push(watcher);
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tenant.token}` },
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => undefined,
        on: {
          connected: () => void (subscribed += 1),
          closed: (event) => {
            const code = (event as { code: number }).code;
            closes.set(code, (closes.get(code) ?? 0) + 1);
          },
        },
      });
      clients.push(client);
      client.subscribe(
        { query: 'subscription { dealUpdated { title company { name } } }' },
        {
          next: (message) => {
            const title =
              (message.data as { dealUpdated?: { title: string } } | null)?.dealUpdated?.title ?? '';
            const [, tenantIndex, seq, sentAt] = title.split(' ');
            if (Number(tenantIndex) !== watcher.tenant) watcher.crossTenant += 1;
            else watcher.received.add(Number(seq));
            lastMessageAt = Date.now();
            latencies.push(Date.now() - Number(sentAt));
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      // Connect in waves, as dashboards opening, not as one burst of 1,000 handshakes.
      if (index % 100 === 99) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const deadline = Date.now() + 30_000;
    while (subscribed < CLIENTS && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const during = await memory(origin);

    const sent = new Map<number, number[]>(tenants.map((tenant) => [tenant.index, []]));
    const total = RATE * SECONDS;
    const started = Date.now();
    const pending: Array<Promise<unknown>> = [];
    for (let seq = 0; seq < total; seq += 1) {
      const due = started + (seq * 1000) / RATE;
      if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
      const tenant = tenants[Math.floor(Math.random() * tenants.length)];
      sent.get(tenant.index)!.push(seq);
      pending.push(
        gql(
          url,
          `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`,
          { input: { title: `bench ${tenant.index} ${seq} ${Date.now()}` } },
          tenant.token,
        ),
      );
    }
    await Promise.all(pending);
    // Settled: no message for 2 s (at most 30 s), so a slow run is not miscounted as losses.
    const settleBy = Date.now() + 30_000;
    while (Date.now() - lastMessageAt < 2_000 && Date.now() < settleBy)
      await new Promise((resolve) => setTimeout(resolve, 200));
    const closedEarly = [...closes.entries()]
      .map(([code, count]) => `${count} closed with ${code}`)
      .join(', ');

    let lost = 0;
    let crossTenant = 0;
    for (const watcher of watchers) {
      crossTenant += watcher.crossTenant;
      for (const seq of sent.get(watcher.tenant)!) if (!watcher.received.has(seq)) lost += 1;
    }
    latencies.sort((a, b) => a - b);
    const perConnection = (key: 'heapUsed' | 'rss') =>
      ((during[key] - before[key]) / CLIENTS / 1024).toFixed(1);
    const report = [
      [
        'clients',
        `${CLIENTS} (${subscribed} connected) over ${TENANTS} tenants, events via ${process.env.BENCH_LIVE_REDIS === '1' ? 'Redis Streams' : 'the in-process bus'}`,
      ],
      ['events', `${total} deals created at ${RATE}/s for ${SECONDS} s`],
      ['messages', `${latencies.length} delivered`],
      [
        'latency',
        `p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms (target p99 <= 250 ms)`,
      ],
      ['lost', `${lost} (target 0)`],
      ['cross-tenant', `${crossTenant} (target 0)`],
      ['closed early', closedEarly || 'none'],
      [
        'memory/conn',
        `heap ${perConnection('heapUsed')} KB, rss ${perConnection('rss')} KB (target <= 10 KB)${before.gc ? '' : ' (no --expose-gc in the server: noisy)'}`,
      ],
    ];
    for (const [name, value] of report) console.log(`${name.padEnd(14)}${value}`);
    return lost === 0 && crossTenant === 0 ? 0 : 1;
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await server.stop();
    await stopAllChildServers();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
