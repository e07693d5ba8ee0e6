import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger, PERMISSIONS, TEST_SIGNING_SECRET } from '@nexora/kit';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, readSupergraph, type RunningGateway } from '../src';
import {
  startIdentityFixture,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type IdentityFixture,
} from './fixtures/identity-fixture';

/**
 * A client that goes away must not leave the gateway waiting on subgraphs for it: the subgraph call
 * is given up, its connection closed, so the subgraph (whose kit cancels the SQL of a request whose
 * connection closed) stops working for nobody.
 */
let identity: IdentityFixture;
let gateway: RunningGateway;
let subgraph: Server;
const received: IncomingMessage[] = [];
const closedEarly: IncomingMessage[] = [];

beforeAll(async () => {
  identity = await startIdentityFixture();
  // A subgraph that never answers: only the gateway giving up can end its requests.
  subgraph = createServer((req, res) => {
    received.push(req);
    res.once('close', () => {
      if (!res.writableFinished) closedEarly.push(req);
    });
  });
  await new Promise<void>((resolve) => subgraph.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
  gateway = await createGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls: { identity: url, crm: url, erp: url },
    jwks: identity.jwksUrl,
    issuer: TEST_ISSUER,
    audience: TEST_AUDIENCE,
    signingSecret: TEST_SIGNING_SECRET,
    // Far beyond the test: only the client's departure can end the subgraph call in time.
    timeoutMs: 60_000,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway', 'silent'),
  });
});

afterAll(async () => {
  await gateway.stop();
  subgraph.closeAllConnections();
  await new Promise((resolve) => subgraph.close(resolve));
  await identity.stop();
});

async function until(condition: () => boolean, tries = 100): Promise<boolean> {
  for (let attempt = 0; attempt < tries && !condition(); attempt++) await sleep(50);
  return condition();
}

it('closes the subgraph connection when the client goes away mid-request', async () => {
  const token = await identity.token({ perms: [...PERMISSIONS] });
  const client = new AbortController();
  const request = fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ companies(first: 1) { totalCount } }' }),
    signal: client.signal,
  }).catch((error: unknown) => error);
  expect(await until(() => received.length === 1)).toBe(true);
  expect(closedEarly).toHaveLength(0);

  client.abort();
  expect((await request) as { name?: string }).toMatchObject({ name: 'AbortError' });
  expect(await until(() => closedEarly.length === 1)).toBe(true);
  expect(closedEarly[0]).toBe(received[0]);
});
