import {
  countRows,
  createLogger,
  domainEvent,
  InProcessEventBus,
  type DomainEvent,
  type RunningSubgraph,
  startSubgraph,
  type SubgraphModule,
  subgraphTestHarness,
  TEST_SIGNING_SECRET,
  useOwnTestDatabase,
  waitUntil,
} from '@nexora/kit';
import { erpSubgraph } from '@nexora/erp';
import { analyticsSubgraph } from '../src';

/** A member's analytics permissions: every KPI, stock value included. */
export const MEMBER_PERMISSIONS = ['analytics.metric:read', 'analytics.valuation:read'];
/** A viewer's: KPIs, but not the stock value (as erp keeps valuation from viewers). */
export const VIEWER_PERMISSIONS = ['analytics.metric:read'];

export const analyticsHarness = subgraphTestHarness(analyticsSubgraph, { permissions: MEMBER_PERMISSIONS });
export const { call } = analyticsHarness;

/** erp and analytics as the platform runs them: one in-process bus, so erp's events reach analytics. */
export interface ErpAndAnalytics {
  erp: RunningSubgraph;
  analytics: RunningSubgraph;
  stop(): Promise<void>;
}

/**
 * On a database of the suite's own: another suite's erp relay on the shared database would publish
 * this suite's outbox rows on its own bus, and analytics here would never see them.
 */
export async function startErpAndAnalytics(): Promise<ErpAndAnalytics> {
  const database = await useOwnTestDatabase('nexora_analytics');
  const events = new InProcessEventBus({ logger: createLogger('event-bus', 'silent') });
  const start = (module: SubgraphModule) =>
    startSubgraph(module, {
      port: 0,
      host: '127.0.0.1',
      adminDatabaseUrl: database.url,
      databaseRolePassword: 'nexora-dev-role-password',
      signingSecret: TEST_SIGNING_SECRET,
      events,
      logger: createLogger(module.name, 'silent'),
      // Both subscribed before either publishes: an event published earlier would reach no one.
      startOutboxRelay: false,
    });
  const analytics = await start(analyticsSubgraph);
  const erp = await start(erpSubgraph);
  erp.outbox?.start();
  analytics.outbox?.start();
  return {
    erp,
    analytics,
    async stop() {
      await erp.drain();
      await analytics.drain();
      await erp.stop();
      await analytics.stop();
      await database.drop();
    },
  };
}

/**
 * Waits until every event erp wrote for the tenant is published. The in-process bus resolves a
 * publish once the consumers have handled it, so analytics has applied them all by then.
 */
export async function untilAnalyticsCaughtUp(tenantId: string): Promise<void> {
  await waitUntil(
    async () =>
      (await countRows(`select 1 from erp.outbox where tenant_id = $1 and published_at is null`, [
        tenantId,
      ])) === 0,
    "analytics to apply erp's events",
  );
}

/** Delivers `event` to analytics' consumers as the bus would (the publish resolves once handled). */
export async function deliver(running: ErpAndAnalytics, event: DomainEvent): Promise<void> {
  await running.analytics.runtime.events.publish(event);
}

export { domainEvent };

/** A KPI's points, now; a GraphQL error fails the test. */
export async function metricPoints(
  analytics: RunningSubgraph,
  tenantId: string,
  name: string,
): Promise<Array<{ currency: string | null; value: string }>> {
  const result = await call<{ metric: { points: Array<{ currency: string | null; value: string }> } }>(
    analytics,
    { tenantId },
    `query ($name: MetricName!) { metric(name: $name) { points { currency value } } }`,
    { name },
  );
  if (!result.body.data) throw new Error(JSON.stringify(result.body));
  return result.body.data.metric.points;
}
