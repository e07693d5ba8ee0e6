import path from 'node:path';
import { ConfigError, DEV_SIGNING_SECRET } from '@nexora/kit';
import { DEFAULT_SUPERGRAPH_PATH, loadGatewayConfig, parseCliFlags, parseSubgraphUrls } from '../src';

const STRONG_SECRET = 'a-production-secret-that-is-long-enough-0123456789';

describe('loadGatewayConfig', () => {
  it('has working defaults for development', () => {
    const config = loadGatewayConfig({}, []);
    expect(config).toMatchObject({
      PORT: 4000,
      HOST: '0.0.0.0',
      SUPERGRAPH_PATH: DEFAULT_SUPERGRAPH_PATH,
      SUBGRAPH_URLS: {},
      IDENTITY_JWKS_URL: 'http://localhost:4001/.well-known/jwks.json',
      JWT_ISSUER: 'nexora-identity',
      JWT_AUDIENCE: 'nexora-api',
      CONTEXT_SIGNING_SECRET: DEV_SIGNING_SECRET,
      SUBGRAPH_TIMEOUT_MS: 10_000,
      INTROSPECTION: 'authenticated',
      MAX_QUERY_TOKENS: 3_000,
      MAX_QUERY_DEPTH: 15,
      MAX_QUERY_ALIASES: 30,
      MAX_QUERY_FIELDS: 1_000,
      MAX_ROOT_FIELDS: 20,
      MAX_MUTATION_ROOT_FIELDS: 5,
      MAX_QUERY_COST: 100_000,
      DEFAULT_LIST_SIZE: 10,
      MAX_RESPONSE_BYTES: 10_000_000,
      TRUSTED_PROXY_COUNT: 0,
      LOG_LEVEL: 'info',
    });
    expect(DEFAULT_SUPERGRAPH_PATH).toBe(path.resolve(__dirname, '../../schema/supergraph.graphql'));
  });

  it('reads the introspection policy and refuses anything else by name', () => {
    expect(loadGatewayConfig({ INTROSPECTION: 'true' }, []).INTROSPECTION).toBe(true);
    expect(loadGatewayConfig({ INTROSPECTION: 'false' }, []).INTROSPECTION).toBe(false);
    expect(() => loadGatewayConfig({ INTROSPECTION: 'sometimes' }, [])).toThrow(/INTROSPECTION/);
    expect(() => loadGatewayConfig({ MAX_QUERY_COST: '-1' }, [])).toThrow(/MAX_QUERY_COST/);
    expect(() => loadGatewayConfig({ TRUSTED_PROXY_COUNT: 'two' }, [])).toThrow(/TRUSTED_PROXY_COUNT/);
  });

  it('reads subgraph URL overrides as name=url pairs', () => {
    const config = loadGatewayConfig(
      { SUBGRAPH_URLS: 'crm=http://crm:4003/graphql, erp=https://erp.internal/graphql' },
      [],
    );
    expect(config.SUBGRAPH_URLS).toEqual({
      crm: 'http://crm:4003/graphql',
      erp: 'https://erp.internal/graphql',
    });
  });

  it.each([['crm'], ['crm=ftp://x'], ['=http://x/graphql'], ['crm=http://a/graphql,crm=http://b/graphql']])(
    'reports a malformed SUBGRAPH_URLS (%s) by name',
    (value) => {
      expect(() => loadGatewayConfig({ SUBGRAPH_URLS: value }, [])).toThrow(ConfigError);
      expect(() => loadGatewayConfig({ SUBGRAPH_URLS: value }, [])).toThrow(/SUBGRAPH_URLS/);
    },
  );

  it('lets --supergraph and --port override the environment', () => {
    const config = loadGatewayConfig({ PORT: '5000', SUPERGRAPH_PATH: '/etc/env.graphql' }, [
      '--supergraph',
      'my.graphql',
      '--port=4100',
    ]);
    expect(config.PORT).toBe(4100);
    expect(config.SUPERGRAPH_PATH).toBe(path.resolve('my.graphql'));
  });

  it('rejects unknown or incomplete flags', () => {
    expect(() => parseCliFlags(['--prot', '1'])).toThrow(/unknown argument "--prot"/);
    expect(() => parseCliFlags(['--port'])).toThrow(/--port needs a value/);
  });

  it('requires a real signing secret in production, and reports every problem at once', () => {
    let problems: string[] = [];
    try {
      loadGatewayConfig({ NODE_ENV: 'production', PORT: 'abc', SUBGRAPH_TIMEOUT_MS: '5' }, []);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((problem) => problem.split(':')[0]).sort()).toEqual([
      'CONTEXT_SIGNING_SECRET',
      'PORT',
      'SUBGRAPH_TIMEOUT_MS',
    ]);
    expect(() =>
      loadGatewayConfig({ NODE_ENV: 'production', CONTEXT_SIGNING_SECRET: DEV_SIGNING_SECRET }, []),
    ).toThrow(/development default/);
    expect(
      loadGatewayConfig({ NODE_ENV: 'production', CONTEXT_SIGNING_SECRET: STRONG_SECRET }, [])
        .CONTEXT_SIGNING_SECRET,
    ).toBe(STRONG_SECRET);
  });

  it('parses an empty override list as no overrides', () => {
    expect(parseSubgraphUrls('')).toEqual({});
  });
});
