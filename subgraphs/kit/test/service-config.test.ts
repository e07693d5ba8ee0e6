import {
  ConfigError,
  DEV_SIGNING_SECRET,
  deriveContextKey,
  formatContextKey,
  loadSubgraphConfig,
} from '../src';

const SUBGRAPH = { name: 'crm', defaultPort: 4999 };
const MASTER = 'a-production-master-secret-of-enough-length-42';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadSubgraphConfig(SUBGRAPH, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('subgraph configuration: request bounds', () => {
  it('defaults the deadline a little above the gateway subgraph timeout, and the autonomous pool to 2', () => {
    const config = loadSubgraphConfig(SUBGRAPH, {});
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

describe('subgraph configuration: the context key', () => {
  const derived = formatContextKey(deriveContextKey(MASTER, 'crm'));

  it('derives the subgraph’s own key from CONTEXT_SIGNING_SECRET, the dev default outside production', () => {
    expect(
      formatContextKey(loadSubgraphConfig(SUBGRAPH, { CONTEXT_SIGNING_SECRET: MASTER }).contextKey),
    ).toBe(derived);
    expect(formatContextKey(loadSubgraphConfig(SUBGRAPH, {}).contextKey)).toBe(
      formatContextKey(deriveContextKey(DEV_SIGNING_SECRET, 'crm')),
    );
  });

  it('takes CONTEXT_SIGNING_KEY_<NAME> instead, so production can hand a subgraph only its own key', () => {
    const config = loadSubgraphConfig(SUBGRAPH, {
      NODE_ENV: 'production',
      DATABASE_ROLE_PASSWORD: 'x'.repeat(16),
      CONTEXT_SIGNING_KEY_CRM: derived,
    });
    expect(formatContextKey(config.contextKey)).toBe(derived);
    expect(config.CONTEXT_SIGNING_SECRET).toBeUndefined();
  });

  it('needs a real master or the key in production, and names what is wrong with a key', () => {
    const production = { NODE_ENV: 'production', DATABASE_ROLE_PASSWORD: 'x'.repeat(16) };
    expect(problemsOf(production)).toEqual([expect.stringMatching(/^CONTEXT_SIGNING_SECRET: /)]);
    expect(problemsOf({ ...production, CONTEXT_SIGNING_SECRET: DEV_SIGNING_SECRET })).toEqual([
      'CONTEXT_SIGNING_SECRET: must not be the development default in production',
    ]);
    expect(problemsOf({ CONTEXT_SIGNING_KEY_CRM: 'c2hvcnQ' })).toEqual([
      'CONTEXT_SIGNING_KEY_CRM: must decode to at least 32 bytes (it decodes to 5)',
    ]);
    // Both given and disagreeing: a deployment mistake, refused rather than guessed.
    expect(
      problemsOf({
        CONTEXT_SIGNING_SECRET: MASTER,
        CONTEXT_SIGNING_KEY_CRM: formatContextKey(deriveContextKey(MASTER, 'erp')),
      }),
    ).toEqual([
      'CONTEXT_SIGNING_KEY_CRM: is not the key CONTEXT_SIGNING_SECRET derives for crm; set only one of them',
    ]);
    expect(problemsOf({ CONTEXT_SIGNING_SECRET: MASTER, CONTEXT_SIGNING_KEY_CRM: derived })).toEqual([]);
  });
});
