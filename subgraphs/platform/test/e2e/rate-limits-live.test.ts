import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import { waitUntil } from '@nexora/kit';
import { DEFAULT_PLANS } from '@nexora/gateway';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { randomClientAddress, startE2EPlatform, type E2EPlatform, type SignedUpTenant } from './e2e-client';

/**
 * Rate limits, budgets and open-subscription bounds on live updates, through the whole platform with
 * real graphql-ws clients: each subscribe counts as one of its tenant's requests and is charged its
 * estimated cost once, a refusal is a graphql-ws `error` message with `extensions.code` and
 * `retryAfter` while the socket stays open, events on an open subscription are never charged, and
 * websocket upgrades are limited per client address. Counters are in the machine's real Redis under
 * this run's own prefix; events are produced by calling crm directly, so that only the subscriptions
 * touch the gateway's counters.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const REQUESTS_PER_MINUTE = 20;
const COST_PER_MINUTE = 200;
const PER_CONNECTION = 3;
const PER_TENANT = 4;
const CONNECTIONS_PER_MINUTE = 4;

/** 1 + 1 = 2. */
const DEAL_TITLES = 'subscription { dealUpdated { title } }';
/** 1 + 1 + 1 + 1 + 1 + 30 × 3 = 95. */
const DEAL_WITH_COMPANY_DEALS =
  'subscription { dealUpdated { title company { name deals(first: 30) { edges { node { title } } } } } }';
const DEAL_WITH_COMPANY_DEALS_COST = 95;

let e2e: E2EPlatform;
let redis: Redis;
const keyPrefix = `test:e2e-live-limits:${randomUUID()}`;
const clients: Client[] = [];

beforeAll(async () => {
  e2e = await startE2EPlatform({
    // Only this suite's relays publish its events (see live-subscriptions.test.ts).
    ownDatabase: true,
    gateway: {
      rateLimits: {
        redisUrl: REDIS_URL,
        keyPrefix,
        connectionAttemptsPerMinute: CONNECTIONS_PER_MINUTE,
        plans: {
          ...DEFAULT_PLANS,
          standard: { requestsPerMinute: REQUESTS_PER_MINUTE, costPerMinute: COST_PER_MINUTE },
        },
      },
      subscriptionLimits: { perConnection: PER_CONNECTION, perTenant: PER_TENANT },
    },
  });
  redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.dispose()));
  await redis?.quit();
  await e2e?.stop();
});

const wsUrl = () => e2e.platform.gateway.url.replace(/^http/, 'ws');

/** `ws` sockets whose upgrade says, as the trusted proxy in front of the gateway would, they come from `address`. */
function socketsFrom(address: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { 'x-forwarded-for': address } });
    }
  } as typeof WebSocket;
}

interface Operation {
  messages: ExecutionResult[];
  errors: GraphQLFormattedError[];
  /** Completes the operation (graphql-ws `complete`). */
  stop(): void;
}

interface Connection {
  client: Client;
  closed: { code: number } | null;
  subscribe(query: string): Operation;
}

/** One graphql-ws connection of `tenant`, from a client address of its own. */
function connect(tenant: SignedUpTenant): Connection {
  const connection = { closed: null } as Connection;
  connection.client = createClient({
    url: wsUrl(),
    webSocketImpl: socketsFrom(randomClientAddress()),
    connectionParams: { authorization: `Bearer ${tenant.token}` },
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => void (connection.closed = { code: (event as { code: number }).code }) },
    onNonLazyError: () => undefined,
  });
  clients.push(connection.client);
  connection.subscribe = (query) => {
    const operation = { messages: [], errors: [] } as unknown as Operation;
    operation.stop = connection.client.subscribe(
      { query },
      {
        next: (message) => void operation.messages.push(message as ExecutionResult),
        error: (error) => void operation.errors.push(...(error as GraphQLFormattedError[])),
        complete: () => undefined,
      },
    );
    return operation;
  };
  return connection;
}

/** The refusal `operation` receives (its first error's extensions). */
async function refusalOf(operation: Operation): Promise<Record<string, unknown>> {
  await waitUntil(() => operation.errors.length > 0, 'the refusal', 5_000);
  return operation.errors[0].extensions ?? {};
}

/** Lets the gateway register subscriptions before events are produced (as live-subscriptions does). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/**
 * Creates a deal of `tenant` by calling crm directly, with the signed context the gateway would
 * send: an event for the tenant's subscriptions that goes through none of the gateway's counters.
 */
async function dealEvent(tenant: SignedUpTenant): Promise<void> {
  const result = await e2e.subgraph<{ createDeal: { deal: { id: string } | null } }>(
    'crm',
    `mutation ($input: CreateDealInput!) { createDeal(input: $input) { deal { id } } }`,
    { input: { title: `Live ${randomUUID()}`, amount: { amount: '10.00', currency: 'EUR' } } },
    e2e.signedFor('crm', tenant.tenantId, tenant.userId),
  );
  if (!result.body.data?.createDeal.deal)
    throw new Error(`createDeal failed: ${JSON.stringify(result.body)}`);
}

/** Produces one event and waits until each of `operations` has received one more message. */
async function deliverEvent(tenant: SignedUpTenant, operations: Operation[]): Promise<void> {
  const received = operations.map((operation) => operation.messages.length);
  await settle();
  await dealEvent(tenant);
  await waitUntil(
    () => operations.every((operation, index) => operation.messages.length > received[index]),
    'the event on every subscription',
    10_000,
  );
}

/** The tenant's request and cost counters in Redis, as every gateway replica reads them. */
async function counted(tenant: SignedUpTenant): Promise<{ requests: number; cost: number }> {
  const [requests, cost] = await Promise.all([
    redis.get(`${keyPrefix}:tenant-requests:${tenant.tenantId}`),
    redis.get(`${keyPrefix}:tenant-cost:${tenant.tenantId}`),
  ]);
  return { requests: Number(requests), cost: Number(cost) };
}

describe('subscribes against the request limit', () => {
  it('counts each subscribe as a request and refuses the one past the limit with RATE_LIMITED, keeping the socket open', async () => {
    const tenant = await e2e.signUpTenant('live-requests');
    const connection = connect(tenant);
    const open = connection.subscribe(DEAL_TITLES);
    await deliverEvent(tenant, [open]);
    // Counted before its document is parsed, like an HTTP request: a document refused at validation counts.
    for (let index = 1; index < REQUESTS_PER_MINUTE; index += 1)
      expect((await refusalOf(connection.subscribe('subscription { dealUpdated { nonsense } }'))).code).toBe(
        'GRAPHQL_VALIDATION_FAILED',
      );
    expect(await counted(tenant)).toEqual({ requests: REQUESTS_PER_MINUTE, cost: 2 });

    const before = e2e.sqlStatements();
    const refused = connection.subscribe(DEAL_TITLES);
    const refusal = await refusalOf(refused);
    expect(refusal).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'tenantRequests',
      maximum: REQUESTS_PER_MINUTE,
      retryAfter: expect.any(Number),
    });
    expect(refusal.retryAfter as number).toBeGreaterThanOrEqual(1);
    expect(refusal.retryAfter as number).toBeLessThanOrEqual(60);
    expect(refused.errors[0].message).toMatch(/more than 20 requests this minute/);
    expect(e2e.sqlStatements()).toEqual(before);

    // The socket is still open, its subscription still delivers, and deliveries are not charged.
    const spent = await counted(tenant);
    await deliverEvent(tenant, [open]);
    await deliverEvent(tenant, [open]);
    expect(connection.closed).toBeNull();
    expect(refused.messages).toEqual([]);
    expect(await counted(tenant)).toEqual(spent);

    // A subscribe over SSE meets the same count, refused as HTTP refuses: 429 and Retry-After.
    const sse = await fetch(e2e.platform.gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${tenant.token}`,
      },
      body: JSON.stringify({ query: DEAL_TITLES }),
    });
    expect(sse.status).toBe(429);
    const body = (await sse.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'tenantRequests' });
    expect(sse.headers.get('retry-after')).toBe(String(body.errors[0].extensions.retryAfter));
  });
});

describe('subscribes against the cost budget', () => {
  it("charges a subscription's estimated cost once and refuses one over budget with BUDGET_EXCEEDED", async () => {
    const tenant = await e2e.signUpTenant('live-cost');
    const connection = connect(tenant);
    const first = connection.subscribe(DEAL_WITH_COMPANY_DEALS);
    const second = connection.subscribe(DEAL_WITH_COMPANY_DEALS);
    await deliverEvent(tenant, [first, second]);

    const before = e2e.sqlStatements();
    const refused = connection.subscribe(DEAL_WITH_COMPANY_DEALS);
    expect(await refusalOf(refused)).toMatchObject({
      code: 'BUDGET_EXCEEDED',
      limit: 'tenantCost',
      maximum: COST_PER_MINUTE,
      cost: DEAL_WITH_COMPANY_DEALS_COST,
      remaining: COST_PER_MINUTE - 2 * DEAL_WITH_COMPANY_DEALS_COST,
      retryAfter: expect.any(Number),
    });
    expect(e2e.sqlStatements()).toEqual(before);

    // The refused cost was given back: a subscription costing 2 fits in the 10 left.
    const cheap = connection.subscribe(DEAL_TITLES);
    await deliverEvent(tenant, [first, second, cheap]);
    expect(cheap.errors).toEqual([]);
    expect(refused.messages).toEqual([]);
    expect(connection.closed).toBeNull();
    // Three subscribes served, each charged once however many events they delivered.
    expect(await counted(tenant)).toEqual({ requests: 4, cost: 2 * DEAL_WITH_COMPANY_DEALS_COST + 2 });
  });
});

describe('open subscriptions', () => {
  it('bounds them per connection and per tenant, and gives the places back when they end', async () => {
    const tenant = await e2e.signUpTenant('live-open');
    const first = connect(tenant);
    const three = [first.subscribe(DEAL_TITLES), first.subscribe(DEAL_TITLES), first.subscribe(DEAL_TITLES)];
    await deliverEvent(tenant, three);
    const fourth = first.subscribe(DEAL_TITLES);
    expect(await refusalOf(fourth)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      limit: 'connectionSubscriptions',
      maximum: PER_CONNECTION,
    });

    // Completing one frees its place on the connection.
    three[0].stop();
    const replacement = first.subscribe(DEAL_TITLES);
    await deliverEvent(tenant, [replacement, three[1], three[2]]);
    expect(replacement.errors).toEqual([]);

    // The tenant's fourth open subscription fits on another connection, its fifth does not.
    const second = connect(tenant);
    const elsewhere = second.subscribe(DEAL_TITLES);
    await deliverEvent(tenant, [elsewhere]);
    const fifth = second.subscribe(DEAL_TITLES);
    expect(await refusalOf(fifth)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      limit: 'tenantSubscriptions',
      maximum: PER_TENANT,
    });
    expect(second.closed).toBeNull();

    // Closing the first connection gives its three places back (once the gateway has seen it close).
    await first.client.dispose();
    await waitUntil(() => first.closed !== null, 'the first connection to close', 5_000);
    let admitted: Operation | null = null;
    for (let attempt = 0; attempt < 5 && !admitted; attempt += 1) {
      const operation = second.subscribe(DEAL_TITLES);
      await settle();
      await dealEvent(tenant);
      await waitUntil(
        () => operation.errors.length > 0 || operation.messages.length > 0,
        'a message or a refusal',
        10_000,
      );
      if (operation.messages.length > 0) admitted = operation;
    }
    expect(admitted?.errors).toEqual([]);
  });
});

describe('websocket connection attempts', () => {
  /** Opens a websocket from `address`: 'open', or the HTTP answer refusing the upgrade. */
  function attempt(address: string): Promise<'open' | IncomingMessage> {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', {
      headers: { 'x-forwarded-for': address },
    });
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        socket.close();
        resolve('open');
      });
      socket.once('unexpected-response', (_request, response) => resolve(response));
      socket.once('error', reject);
    });
  }

  async function jsonOf(
    response: IncomingMessage,
  ): Promise<{ errors: Array<{ extensions: Record<string, unknown> }> }> {
    let text = '';
    for await (const chunk of response) text += String(chunk);
    return JSON.parse(text) as never;
  }

  it('refuses upgrades past the per-address limit with 429 before the handshake', async () => {
    const address = randomClientAddress();
    for (let index = 0; index < CONNECTIONS_PER_MINUTE; index += 1)
      expect(await attempt(address)).toBe('open');
    const refused = await attempt(address);
    if (refused === 'open') throw new Error('the upgrade past the limit was accepted');
    expect(refused.statusCode).toBe(429);
    const body = await jsonOf(refused);
    expect(body.errors[0].extensions).toMatchObject({
      code: 'RATE_LIMITED',
      limit: 'addressConnections',
      maximum: CONNECTIONS_PER_MINUTE,
      retryAfter: expect.any(Number),
    });
    expect(refused.headers['retry-after']).toBe(String(body.errors[0].extensions.retryAfter));
    // Another address connects as usual.
    expect(await attempt(randomClientAddress())).toBe('open');
  });
});
