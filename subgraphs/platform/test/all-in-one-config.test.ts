import { ConfigError } from '@nexora/kit';
import { SUBGRAPHS } from '@nexora/schema';
import { loadAllInOneConfig } from '../src/all-in-one-config';

describe('all-in-one configuration', () => {
  it('runs every registered subgraph on its declared port unless <NAME>_PORT says otherwise', () => {
    const defaults = loadAllInOneConfig({});
    expect(defaults.subgraphPorts).toEqual(
      Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, subgraph.defaultPort])),
    );
    const moved = loadAllInOneConfig({ CRM_PORT: '5103', ERP_PORT: '0' });
    expect(moved.subgraphPorts).toMatchObject({ crm: 5103, erp: 0, identity: 4001 });
  });

  it('refuses a port that is not one, naming the variable', () => {
    expect(() => loadAllInOneConfig({ ERP_PORT: 'http' })).toThrow(ConfigError);
    expect(() => loadAllInOneConfig({ ERP_PORT: 'http' })).toThrow(/ERP_PORT/);
  });
});
