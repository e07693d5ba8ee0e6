/**
 * A first request a partner can paste into a shell: the partner graph (`/public/graphql`) with the
 * key as a bearer token, asking for something the key's scopes allow (the partner graph offers
 * companies, people and invoices; README "Partner API").
 */
const EXAMPLES: ReadonlyArray<{ scope: string; query: string }> = [
  { scope: 'crm.company:read', query: '{ companies(first: 5) { edges { node { name } } } }' },
  { scope: 'crm.person:read', query: '{ people(first: 5) { edges { node { name } } } }' },
  { scope: 'erp.invoice:read', query: '{ invoices(first: 5) { edges { node { number status } } } }' },
];

/** The example for a key's scopes, or null when none of them reads the partner graph. */
export function partnerExampleQuery(scopes: readonly string[]): string | null {
  return EXAMPLES.find((example) => scopes.includes(example.scope))?.query ?? null;
}

/** `query` sent to this origin's partner graph with `key`, as a curl command of four lines. */
export function curlCommand(origin: string, key: string, query: string): string {
  return [
    `curl -s ${origin}/public/graphql \\`,
    `  -H "Authorization: Bearer ${key}" \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '${JSON.stringify({ query })}'`,
  ].join('\n');
}
