import { createServer, type Server } from 'node:net';
import { parse } from 'graphql';
import { Client } from 'pg';
import {
  createLogger,
  InProcessEventBus,
  startSubgraph,
  TEST_SIGNING_SECRET,
  testDatabaseUrl,
  type SubgraphModule,
} from '../src';

const pingSubgraph: SubgraphModule = {
  name: 'kit_start',
  defaultPort: 0,
  typeDefs: parse('type Query { ping: String }'),
  resolvers: { Query: { ping: () => 'pong' } },
  database: { schema: 'kit_start', entities: [], migrations: [] },
};

function start(port: number) {
  return startSubgraph(pingSubgraph, {
    port,
    host: '127.0.0.1',
    adminDatabaseUrl: testDatabaseUrl(),
    databaseRolePassword: 'nexora-dev-role-password',
    signingSecret: TEST_SIGNING_SECRET,
    events: new InProcessEventBus({ logger: createLogger('event-bus', 'silent') }),
    logger: createLogger('kit_start', 'silent'),
  });
}

async function connectionsOfRole(role: string): Promise<number> {
  const admin = new Client({ connectionString: testDatabaseUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ count: number }>(
      `select count(*)::int as count from pg_stat_activity where usename = $1`,
      [role],
    );
    return rows[0].count;
  } finally {
    await admin.end();
  }
}

describe('startSubgraph', () => {
  it('names a taken port and leaves no database connection behind', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      await expect(start(port)).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
    expect(await connectionsOfRole('nexora_kit_start')).toBe(0);
  });

  it('starts on a free port, answers /health without a signature and stops cleanly', async () => {
    const subgraph = await start(0);
    const health = await fetch(`http://127.0.0.1:${subgraph.port}/health`);
    expect({ status: health.status, body: await health.json() }).toEqual({
      status: 200,
      body: { status: 'ok', service: 'kit_start' },
    });
    await subgraph.stop();
    expect(await connectionsOfRole('nexora_kit_start')).toBe(0);
  });
});
