import { randomUUID } from 'node:crypto';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import {
  bodyBinding,
  createLogger,
  deriveContextKey,
  PERMISSIONS,
  signCallerContext,
  type CallerContext,
  type ContextKey,
} from '@nexora/kit';
import { DEFAULT_SUPERGRAPH_PATH, readSupergraph } from '@nexora/gateway';
import { runBenchServer } from './bench-server.lifecycle';

/**
 * Benchmark child: the baseline. A stock @apollo/gateway behind a stock ApolloServer standalone
 * server, with none of our layers: no token verification, no directive checks, no request logging
 * or error formatting, the default (make-fetch-happen) fetcher. The only addition is what the
 * subgraphs need to answer at all: a signed context for ONE fixed tenant holding every permission.
 * Env: SUBGRAPH_URLS (JSON name→url), CONTEXT_SIGNING_SECRET, STOCK_TENANT_ID, STOCK_USER_ID, LOG_LEVEL.
 */
class FixedTenantDataSource extends RemoteGraphQLDataSource {
  private readonly key: ContextKey;

  constructor(
    /** The subgraph this source calls, which the signed context must name as its audience. */
    private readonly audience: string,
    url: string,
    private readonly caller: Pick<CallerContext, 'tenantId' | 'userId' | 'permissions'>,
    signingSecret: string,
  ) {
    super({ url });
    this.key = deriveContextKey(signingSecret, audience);
    // The context is bound to the body, which only the fetcher sees: sign there, around the stock
    // (make-fetch-happen) fetcher.
    const stockFetcher = this.fetcher;
    this.fetcher = (target, init) =>
      stockFetcher(target, { ...init, headers: { ...init?.headers, ...this.sign(init?.body ?? '') } });
  }

  private sign(body: string | Uint8Array): Record<string, string> {
    return signCallerContext(
      {
        ...this.caller,
        requestId: randomUUID(),
        audience: this.audience,
        issuedAt: Date.now(),
        operationName: null,
      },
      bodyBinding(body),
      this.key,
    );
  }
}

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

runBenchServer('stock-gateway', async () => {
  const urls = JSON.parse(requiredEnv('SUBGRAPH_URLS')) as Record<string, string>;
  const signingSecret = requiredEnv('CONTEXT_SIGNING_SECRET');
  const caller = {
    tenantId: requiredEnv('STOCK_TENANT_ID'),
    userId: requiredEnv('STOCK_USER_ID'),
    permissions: [...PERMISSIONS],
  };
  const logger = createLogger('stock-gateway', process.env.LOG_LEVEL ?? 'silent');
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraph(DEFAULT_SUPERGRAPH_PATH),
    logger,
    buildService: ({ name, url }) =>
      new FixedTenantDataSource(name, urls[name] ?? url ?? '', caller, signingSecret),
  });
  // The parent stops this process with SIGTERM; Apollo's own handler would re-raise it mid-stop.
  const server = new ApolloServer({ gateway, logger, stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  return { ready: { url }, stop: () => server.stop() };
});
