import { ConfigError, loadSubgraphConfig } from '../src';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadSubgraphConfig(4999, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('subgraph configuration: request bounds', () => {
  it('defaults the deadline a little above the gateway subgraph timeout, and the autonomous pool to 2', () => {
    const config = loadSubgraphConfig(4999, {});
    expect(config.REQUEST_TIMEOUT_MS).toBe(11_000);
    expect(config.DATABASE_AUTONOMOUS_POOL_SIZE).toBe(2);
  });

  it('names the variable and the rule for a deadline it cannot use', () => {
    expect(problemsOf({ REQUEST_TIMEOUT_MS: 'soon' })).toEqual([
      'REQUEST_TIMEOUT_MS: must be a whole number of milliseconds',
    ]);
    expect(problemsOf({ REQUEST_TIMEOUT_MS: '50' })).toEqual([
      'REQUEST_TIMEOUT_MS: must be at least 1000 ms',
    ]);
    expect(problemsOf({ REQUEST_TIMEOUT_MS: '1000000' })).toEqual([
      "REQUEST_TIMEOUT_MS: must be at most 300000 ms; keep it a little above the gateway's SUBGRAPH_TIMEOUT_MS",
    ]);
    expect(problemsOf({ DATABASE_AUTONOMOUS_POOL_SIZE: '0' })).toEqual([
      'DATABASE_AUTONOMOUS_POOL_SIZE: must be at least 1',
    ]);
  });
});
