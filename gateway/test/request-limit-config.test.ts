import { randomUUID } from 'node:crypto';
import { createLogger } from '@nexora/kit';
import { gatewayOptionsFromConfig, loadGatewayConfig } from '../src';

const logger = createLogger('gateway', 'silent');

describe('request limit configuration', () => {
  it('has rate limits on by default, with the default plans, in memory without REDIS_URL', () => {
    const options = gatewayOptionsFromConfig(loadGatewayConfig({}, []), logger);
    expect(options.maxBodyBytes).toBe(1_000_000);
    expect(options.rateLimits).toEqual({
      redisUrl: undefined,
      redisTimeoutMs: 100,
      anonymousRequestsPerMinute: 300,
      connectionAttemptsPerMinute: 120,
      plans: {
        free: { requestsPerMinute: 300, costPerMinute: 300_000 },
        standard: { requestsPerMinute: 3_000, costPerMinute: 3_000_000 },
        enterprise: { requestsPerMinute: 30_000, costPerMinute: 30_000_000 },
      },
      tenantPlans: {},
      defaultPlan: 'standard',
    });
    expect(options.subscriptionLimits).toEqual({ perConnection: 100, perTenant: 5_000 });
  });

  it('reads the websocket and open-subscription bounds from the environment', () => {
    const config = loadGatewayConfig(
      {
        WEBSOCKET_CONNECTIONS_PER_MINUTE: '30',
        MAX_SUBSCRIPTIONS_PER_CONNECTION: '10',
        MAX_SUBSCRIPTIONS_PER_TENANT: '200',
      },
      [],
    );
    const options = gatewayOptionsFromConfig(config, logger);
    expect(options.rateLimits).toMatchObject({ connectionAttemptsPerMinute: 30 });
    expect(options.subscriptionLimits).toEqual({ perConnection: 10, perTenant: 200 });
    expect(() => loadGatewayConfig({ MAX_SUBSCRIPTIONS_PER_CONNECTION: '0' }, [])).toThrow(
      /MAX_SUBSCRIPTIONS_PER_CONNECTION/,
    );
  });

  it('reads plan figures, new plans, tenant plans and Redis from the environment', () => {
    const tenantId = randomUUID();
    const config = loadGatewayConfig(
      {
        REDIS_URL: 'redis://redis:6379',
        PLAN_LIMITS: JSON.stringify({
          free: { requestsPerMinute: 60 },
          partner: { requestsPerMinute: 600, costPerMinute: 500_000 },
        }),
        TENANT_PLANS: JSON.stringify({ [tenantId]: 'partner' }),
        DEFAULT_TENANT_PLAN: 'free',
        MAX_BODY_BYTES: '2000000',
      },
      [],
    );
    const options = gatewayOptionsFromConfig(config, logger);
    expect(options.maxBodyBytes).toBe(2_000_000);
    expect(options.rateLimits).toMatchObject({
      redisUrl: 'redis://redis:6379',
      plans: {
        free: { requestsPerMinute: 60, costPerMinute: 300_000 },
        partner: { requestsPerMinute: 600, costPerMinute: 500_000 },
      },
      tenantPlans: { [tenantId]: 'partner' },
      defaultPlan: 'free',
    });
  });

  it('turns rate limits off with RATE_LIMITS=false', () => {
    const config = loadGatewayConfig({ RATE_LIMITS: 'false' }, []);
    expect(gatewayOptionsFromConfig(config, logger).rateLimits).toBe(false);
  });

  it('refuses plans and assignments it cannot use, naming the variable', () => {
    expect(() => loadGatewayConfig({ TENANT_PLANS: '{not json' }, [])).toThrow(/TENANT_PLANS: is not JSON/);
    expect(() => loadGatewayConfig({ TENANT_PLANS: '{"acme":"free"}' }, [])).toThrow(
      /TENANT_PLANS: acme: is not a tenant id/,
    );
    expect(() => loadGatewayConfig({ TENANT_PLANS: JSON.stringify({ [randomUUID()]: 'gold' }) }, [])).toThrow(
      /plan "gold", which is not one of free, standard, enterprise/,
    );
    expect(() => loadGatewayConfig({ DEFAULT_TENANT_PLAN: 'gold' }, [])).toThrow(/default plan "gold"/);
    expect(() => loadGatewayConfig({ PLAN_LIMITS: '{"gold":{"requestsPerMinute":10}}' }, [])).toThrow(
      /PLAN_LIMITS: the new plan "gold" needs requestsPerMinute and costPerMinute/,
    );
    expect(() => loadGatewayConfig({ PLAN_LIMITS: '{"free":{"requestsPerMinute":0}}' }, [])).toThrow(
      /PLAN_LIMITS: free.requestsPerMinute/,
    );
    expect(() => loadGatewayConfig({ MAX_BODY_BYTES: '10' }, [])).toThrow(/MAX_BODY_BYTES/);
  });
});
