import {
  createLogger,
  InProcessEventBus,
  startSubgraph,
  testDatabaseUrl,
  type RunningSubgraph,
} from '@nexora/kit';
import { SUBGRAPHS } from '@nexora/schema';
import { runBenchServer } from './bench-server.lifecycle';

/**
 * Benchmark child: identity, crm and erp in one process (as in all-in-one mode), each its own HTTP
 * server on a free port, with the production start path. Env: DATABASE_URL, CONTEXT_SIGNING_SECRET,
 * LOG_LEVEL. Prints `{ url, subgraphs: { identity, crm, erp }, jwksUrl }` when ready.
 */
runBenchServer('subgraphs', async () => {
  const signingSecret = process.env.CONTEXT_SIGNING_SECRET;
  if (!signingSecret) throw new Error('CONTEXT_SIGNING_SECRET is required');
  const events = new InProcessEventBus();
  const running: RunningSubgraph[] = [];
  const stop = async () => {
    for (const subgraph of running.reverse()) await subgraph.stop();
    await events.close();
  };
  try {
    for (const module of SUBGRAPHS) {
      running.push(
        await startSubgraph(module, {
          port: 0,
          host: '127.0.0.1',
          adminDatabaseUrl: testDatabaseUrl(),
          // The same role password the test suites use: provisioning sets it on the shared roles.
          databaseRolePassword: process.env.DATABASE_ROLE_PASSWORD ?? 'nexora-dev-role-password',
          signingSecret,
          events,
          logger: createLogger(module.name, process.env.LOG_LEVEL ?? 'silent'),
        }),
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const subgraphs = Object.fromEntries(running.map((subgraph) => [subgraph.name, subgraph.url]));
  const identity = running.find((subgraph) => subgraph.name === 'identity');
  if (!identity) throw new Error('the identity subgraph did not start');
  return {
    ready: {
      url: subgraphs.crm,
      subgraphs,
      jwksUrl: `http://127.0.0.1:${identity.port}/.well-known/jwks.json`,
    },
    stop,
  };
});
