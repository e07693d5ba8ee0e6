import { readFileSync } from 'node:fs';
import { deriveContextKey, formatContextKey } from '@nexora/kit';
import { DEFAULT_SUPERGRAPH_PATH } from './config';
import { contextKeyLines, subgraphNamesOf } from './context-keys-cli';

describe('npm run context-keys', () => {
  it('lists every subgraph of the supergraph', () => {
    expect(subgraphNamesOf(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8'))).toEqual(
      expect.arrayContaining(['identity', 'crm', 'erp']),
    );
  });

  it('prints the key each subgraph derives from the master, ready for its environment', () => {
    const master = 'a-master-secret-long-enough-for-the-gateway-1';
    expect(contextKeyLines(master, ['crm', 'erp'])).toEqual([
      `CONTEXT_SIGNING_KEY_CRM=${formatContextKey(deriveContextKey(master, 'crm'))}`,
      `CONTEXT_SIGNING_KEY_ERP=${formatContextKey(deriveContextKey(master, 'erp'))}`,
    ]);
  });
});
