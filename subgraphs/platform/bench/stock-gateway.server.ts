import { randomUUID } from 'node:crypto';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { createLogger, PERMISSIONS, signCallerContext, type CallerContext } from '@nexora/kit';
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
  constructor(
    /** The subgraph this source calls, which the signed context must name as its audience. */
    private readonly audience: string,
    url: string,
    private readonly caller: Pick<CallerContext, 'tenantId' | 'userId' | 'permissions'>,
    private readonly signingSecret: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request }: GraphQLDataSourceProcessOptions): void {
    const signed = signCallerContext(
      {
        ...this.caller,
        requestId: randomUUID(),
        audience: this.audience,
        issuedAt: Date.now(),
        operationName: null,
      },
      this.signingSecret,
    );
    for (const [name, value] of Object.entries(signed)) request.http?.headers.set(name, value);
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
