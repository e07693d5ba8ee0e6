import { createGateway, DEFAULT_SUPERGRAPH_PATH, readSupergraph, type RunningGateway } from '@nexora/gateway';
import { createLogger, OutboxRelay, RedisEventBus, waitUntil } from '@nexora/kit';
import type { ExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startE2EPlatform, type E2EPlatform, type SignedUpTenant } from './e2e-client';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const silent = createLogger('live-resume', 'silent');

let e2e: E2EPlatform;
let platformBus: RedisEventBus;
let a: SignedUpTenant;
const buses: RedisEventBus[] = [];
const clients: Client[] = [];

beforeAll(async () => {
  platformBus = new RedisEventBus(REDIS_URL, { logger: silent });
  e2e = await startE2EPlatform({ events: platformBus, ownDatabase: true });
  a = await e2e.signUpTenant('live-resume');
});
afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await e2e?.stop();
  await Promise.all([platformBus, ...buses].map((bus) => bus.close()));
});

/** Another gateway instance in front of the same subgraphs, with its own connection to Redis. */
async function startGateway(): Promise<RunningGateway> {
  const bus = new RedisEventBus(REDIS_URL, { logger: silent });
  buses.push(bus);
  const { platform, signingSecret } = e2e;
  return createGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls: Object.fromEntries(
      Object.values(platform.subgraphs).map((subgraph) => [subgraph.name, subgraph.url]),
    ),
    jwks: `http://127.0.0.1:${platform.subgraphs.identity.port}/.well-known/jwks.json`,
    issuer: 'nexora-identity',
    audience: 'nexora-api',
    signingSecret,
    port: 0,
    host: '127.0.0.1',
    logger: silent,
    events: bus,
  });
}

function titlesFrom(gateway: RunningGateway, lastEventId?: string) {
  const messages: ExecutionResult[] = [];
  const client = createClient({
    url: gateway.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${a.token}` },
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });
  clients.push(client);
  client.subscribe(
    { query: 'subscription { dealUpdated { title } }', extensions: lastEventId ? { lastEventId } : {} },
    {
      next: (message) => void messages.push(message as ExecutionResult),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  const titles = () =>
    messages.map((message) => (message.data as { dealUpdated: { title: string } }).dealUpdated.title);
  const lastId = () => messages.at(-1)?.extensions?.eventId as string;
  return { messages, titles, lastId, client };
}

async function createDeal(title: string, stageId?: string) {
  const result = await e2e.gql<{
    createDeal: { deal: { id: string } | null; userErrors: Array<{ code: string }> };
  }>(
    `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } userErrors { code } } }`,
    { input: { title, ...(stageId ? { stageId } : {}) } },
    a.token,
  );
  return result.body.data!.createDeal;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('live subscriptions over Redis Streams survive restarts', () => {
  it('a client resuming with its last id after a gateway restart, and after a relay restart, misses nothing', async () => {
    const first = await startGateway();
    const before = titlesFrom(first);
    await settle();
    await createDeal('Deal 1');
    await waitUntil(() => before.titles().includes('Deal 1'), 'the first message', 10_000);
    const lastEventId = before.lastId();

    // The gateway goes away mid-stream; changes go on meanwhile.
    await before.client.dispose();
    await first.stop();
    await createDeal('Deal 2');
    await createDeal('Deal 3');

    // A rolled-back mutation (a refused stage) emits nothing.
    const refused = await createDeal('Never', '00000000-0000-4000-8000-000000000000');
    expect(refused.deal).toBeNull();

    const second = await startGateway();
    const after = titlesFrom(second, lastEventId);
    await waitUntil(() => after.titles().length >= 2, 'the missed messages', 10_000);

    // crm's relay stops (as in a crash) with an event committed and not yet published.
    const crm = e2e.platform.subgraphs.crm;
    await crm.outbox?.stop();
    await createDeal('Deal 4');
    await settle();
    expect(after.titles()).toEqual(['Deal 2', 'Deal 3']);
    const relay = new OutboxRelay({
      dataSource: crm.dataSource,
      schema: 'crm',
      events: platformBus,
      logger: silent,
    });
    relay.start();
    try {
      await waitUntil(() => after.titles().length >= 3, 'the event the new relay published', 10_000);
      await settle();
      expect(after.titles()).toEqual(['Deal 2', 'Deal 3', 'Deal 4']);
    } finally {
      await relay.stop();
      await after.client.dispose();
      await second.stop();
    }
  });
});
