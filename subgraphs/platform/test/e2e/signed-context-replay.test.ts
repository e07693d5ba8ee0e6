import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  bodyBinding,
  createLogger,
  CONTEXT_HEADER,
  REQUEST_BINDING_HEADER,
  SIGNATURE_HEADER,
} from '@nexora/kit';
import { createGateway, DEFAULT_SUPERGRAPH_PATH, readSupergraph, type RunningGateway } from '@nexora/gateway';
import {
  createCompany,
  startE2EPlatform,
  uniqueName,
  type E2EPlatform,
  type GraphQLResult,
  type SignedUpTenant,
} from './e2e-client';

/**
 * Issue 9: a signed context captured on the wire between the gateway and crm must not be usable with
 * another body. A recording hop sits between a real gateway (the production `createGateway`, the
 * platform's master secret) and the platform's real crm, and keeps the exact bytes the gateway sent;
 * the test then replays those headers itself, as an attacker on that network would.
 */
interface RecordedRequest {
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

interface Recorder {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** An HTTP hop that records each request whole, then forwards it unchanged to `target`. */
async function startRecorder(target: string): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    requests.push({ url: req.url ?? '/', headers: req.headers, body });
    const forwarded: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name))
        forwarded[name] = value;
    }
    const answer = await fetch(target, { method: req.method, headers: forwarded, body });
    res.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let e2e: E2EPlatform;
let recorder: Recorder;
let gateway: RunningGateway;
let owner: SignedUpTenant;
let companyId: string;

beforeAll(async () => {
  e2e = await startE2EPlatform();
  const { subgraphs } = e2e.platform;
  recorder = await startRecorder(subgraphs.crm.url);
  gateway = await createGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    subgraphUrls: {
      ...Object.fromEntries(Object.values(subgraphs).map((subgraph) => [subgraph.name, subgraph.url])),
      crm: recorder.url,
    },
    jwks: `http://127.0.0.1:${subgraphs.identity.port}/.well-known/jwks.json`,
    issuer: 'nexora-identity',
    audience: 'nexora-api',
    signingSecret: e2e.signingSecret,
    port: 0,
    host: '127.0.0.1',
    logger: createLogger('gateway', 'silent'),
  });
  owner = await e2e.signUpTenant('replay');
  companyId = await createCompany(e2e, owner.token, uniqueName('Replay Co'));
});

afterAll(async () => {
  await gateway?.stop();
  await recorder?.close();
  await e2e?.stop();
});

const COMPANIES = `query Companies { companies(first: 5) { totalCount edges { node { id name } } } }`;

/** What a request to a subgraph answered, sent with exactly `headers` and the bytes of `body`. */
async function replay(
  url: string,
  headers: Record<string, string>,
  body: string,
): Promise<GraphQLResult<Record<string, unknown>>> {
  const response = await fetch(url, { method: 'POST', headers, body });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLResult<Record<string, unknown>>['body'],
  };
}

/** Sends COMPANIES through the recording gateway and returns the one request it made to crm. */
async function captureCompaniesFetch(): Promise<{ headers: Record<string, string>; body: Buffer }> {
  const before = recorder.requests.length;
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}` },
    body: JSON.stringify({ query: COMPANIES }),
  });
  const answer = (await response.json()) as { data?: { companies: { totalCount: number } } };
  expect(answer.data?.companies.totalCount).toBe(1);
  const sent = recorder.requests.slice(before);
  expect(sent).toHaveLength(1);
  const [{ headers, body }] = sent;
  const signed: Record<string, string> = { 'content-type': 'application/json' };
  for (const name of [CONTEXT_HEADER, REQUEST_BINDING_HEADER, SIGNATURE_HEADER])
    signed[name] = String(headers[name]);
  return { headers: signed, body };
}

describe('a signed context captured between the gateway and crm', () => {
  it('is bound to the SHA-256 of the exact bytes the gateway sent', async () => {
    const captured = await captureCompaniesFetch();
    expect(captured.headers[REQUEST_BINDING_HEADER]).toBe(bodyBinding(captured.body));
    expect(captured.body.toString('utf8')).toContain('companies');
  });

  it('is refused by crm with another body (401 CONTEXT_BODY_MISMATCH), running no SQL at all', async () => {
    const captured = await captureCompaniesFetch();
    const original = JSON.parse(captured.body.toString('utf8')) as { query: string; variables?: unknown };
    const otherBodies = [
      // Another operation under the same signature: a write.
      JSON.stringify({
        query: `mutation { createCompany(input: { name: "Replayed Co" }) { company { id } } }`,
      }),
      // The same operation with other variables, and the same bytes plus one space.
      JSON.stringify({ ...original, variables: { first: 100 } }),
      `${captured.body.toString('utf8')} `,
    ];
    const sqlBefore = e2e.sqlStatements();
    for (const body of otherBodies) {
      const refused = await replay(e2e.platform.subgraphs.crm.url, captured.headers, body);
      expect({ status: refused.status, hasData: 'data' in refused.body }).toEqual({
        status: 401,
        hasData: false,
      });
      expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['CONTEXT_BODY_MISMATCH']);
    }
    expect(e2e.sqlStatements()).toEqual(sqlBefore);

    // Nothing was written: the tenant still has its one company.
    const after = await e2e.gql<{ companies: { totalCount: number } }>(
      `{ companies { totalCount } }`,
      {},
      owner.token,
    );
    expect(after.body.data?.companies.totalCount).toBe(1);
  });

  it('still works with the original bytes within its window, so the refusals above are about the body', async () => {
    const captured = await captureCompaniesFetch();
    const sqlBefore = e2e.sqlStatements().crm;
    const same = await replay(
      e2e.platform.subgraphs.crm.url,
      captured.headers,
      captured.body.toString('utf8'),
    );
    expect(same.status).toBe(200);
    expect(JSON.stringify(same.body.data)).toContain(companyId);
    expect(e2e.sqlStatements().crm).toBeGreaterThan(sqlBefore);
  });

  it('is refused by erp and identity even with its original body: each subgraph has its own key', async () => {
    const captured = await captureCompaniesFetch();
    for (const name of ['erp', 'identity']) {
      const refused = await replay(
        e2e.platform.subgraphs[name].url,
        captured.headers,
        captured.body.toString('utf8'),
      );
      expect({ name, status: refused.status }).toEqual({ name, status: 401 });
      expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(refused.body.errors?.[0].message).toMatch(/another service/);
    }
  });
});
