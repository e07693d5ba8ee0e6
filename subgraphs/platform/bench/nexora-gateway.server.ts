import { createLogger } from '@nexora/kit';
import { createGateway, gatewayOptionsFromConfig, loadGatewayConfig } from '@nexora/gateway';
import { runBenchServer } from './bench-server.lifecycle';

/**
 * Benchmark child: OUR gateway, configured from the environment exactly as `gateway/src/main.ts`
 * configures it in production (PORT, HOST, SUBGRAPH_URLS, IDENTITY_JWKS_URL, CONTEXT_SIGNING_SECRET,
 * LOG_LEVEL). Prints `{ url }` when ready.
 */
runBenchServer('nexora-gateway', async () => {
  // No CLI flags: the parent passes everything through the environment.
  const config = loadGatewayConfig(process.env, []);
  const gateway = await createGateway(
    gatewayOptionsFromConfig(config, createLogger('gateway', config.LOG_LEVEL)),
  );
  return { ready: { url: gateway.url }, stop: () => gateway.stop() };
});
