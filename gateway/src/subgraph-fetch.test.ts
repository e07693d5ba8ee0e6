import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Agent } from 'undici';
import { createSubgraphAgent, isTimeout, subgraphFailure, subgraphFetcher } from './subgraph-fetch';

type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;

interface TestServer {
  url: string;
  requests: Array<{ method?: string; url?: string; headers: IncomingMessage['headers']; body: string }>;
  connections: number;
  close(): Promise<void>;
}

async function startServer(handler: Handler): Promise<TestServer> {
  const state: TestServer = { url: '', requests: [], connections: 0, close: async () => undefined };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      state.requests.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, body, res);
    });
  });
  server.on('connection', () => (state.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(value));
};

const graphqlInit = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-nexora-context': 'signed' },
  body: JSON.stringify(body),
});

describe('subgraphFetcher', () => {
  let agent: Agent;
  const servers: TestServer[] = [];
  const serve = async (handler: Handler) => {
    const server = await startServer(handler);
    servers.push(server);
    return server;
  };

  beforeEach(() => {
    agent = createSubgraphAgent(10_000);
  });

  afterEach(async () => {
    await agent.close();
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });

  it('posts the body and headers and returns what RemoteGraphQLDataSource reads', async () => {
    const subgraph = await serve((_req, body, res) =>
      json(res, 200, { data: { echo: JSON.parse(body) } }, { 'cache-control': 'private' }),
    );
    const response = await subgraphFetcher(1_000, agent)(subgraph.url, graphqlInit({ query: '{ a }' }));
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.redirected).toBe(false);
    expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('private');
    expect(await response.json()).toEqual({ data: { echo: { query: '{ a }' } } });
    expect(await response.clone().text()).toBe(JSON.stringify({ data: { echo: { query: '{ a }' } } }));
    expect(subgraph.requests).toHaveLength(1);
    expect(subgraph.requests[0]).toMatchObject({
      method: 'POST',
      url: '/graphql',
      body: '{"query":"{ a }"}',
    });
    expect(subgraph.requests[0].headers['x-nexora-context']).toBe('signed');
  });

  it('keeps connections alive across calls', async () => {
    const subgraph = await serve((_req, _body, res) => json(res, 200, { data: {} }));
    const fetcher = subgraphFetcher(1_000, agent);
    for (let i = 0; i < 10; i += 1) await (await fetcher(subgraph.url, graphqlInit({}))).text();
    expect(subgraph.requests).toHaveLength(10);
    // undici's pool may open a second socket before it sees the first one free again; not ten.
    expect(subgraph.connections).toBeLessThanOrEqual(2);
  });

  it('never follows a redirect: the signed context stays with the subgraph', async () => {
    const elsewhere = await serve((_req, _body, res) => json(res, 200, { data: { stolen: true } }));
    const subgraph = await serve((_req, _body, res) => {
      res.writeHead(307, { location: elsewhere.url });
      res.end();
    });
    const response = await subgraphFetcher(1_000, agent)(subgraph.url, graphqlInit({ query: '{ a }' }));
    expect(response.status).toBe(307);
    expect(response.ok).toBe(false);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('passes non-2xx answers through for errorFromResponse', async () => {
    const subgraph = await serve((_req, _body, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end('bad signature');
    });
    const response = await subgraphFetcher(1_000, agent)(subgraph.url, graphqlInit({}));
    expect(response.status).toBe(401);
    expect(response.ok).toBe(false);
    expect(await response.text()).toBe('bad signature');
  });

  it('gives up at the deadline when the subgraph does not answer: TIMEOUT', async () => {
    const subgraph = await serve(() => undefined);
    const started = Date.now();
    const error = await subgraphFetcher(200, agent)(subgraph.url, graphqlInit({})).catch((e: unknown) => e);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(isTimeout(error)).toBe(true);
    expect(subgraphFailure(error).extensions.code).toBe('TIMEOUT');
  });

  it('also gives up at the deadline while the body is still arriving', async () => {
    const subgraph = await serve((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
      // ...and the rest never comes.
    });
    const started = Date.now();
    const error = await subgraphFetcher(200, agent)(subgraph.url, graphqlInit({})).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(isTimeout(error)).toBe(true);
  });

  it('reports a refused connection as unavailable, not as a timeout', async () => {
    const error = await subgraphFetcher(1_000, agent)('http://127.0.0.1:1/graphql', graphqlInit({})).catch(
      (e: unknown) => e,
    );
    expect((error as { code?: unknown }).code).toBe('ECONNREFUSED');
    expect(isTimeout(error)).toBe(false);
    expect(subgraphFailure(error).extensions.code).toBe('SUBGRAPH_UNAVAILABLE');
  });
});
