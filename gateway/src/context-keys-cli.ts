import { ConfigError, contextKeyVariable, deriveContextKey, formatContextKey } from '@nexora/kit';
import { loadGatewayConfig } from './config';
import { readSupergraph } from './start-from-config';

/** The subgraph names a supergraph joins (`@join__graph(name: "crm", …)`), in its order. */
export function subgraphNamesOf(supergraphSdl: string): string[] {
  return [...supergraphSdl.matchAll(/@join__graph\(\s*name:\s*"([^"]+)"/g)].map((match) => match[1]);
}

/** `CONTEXT_SIGNING_KEY_<NAME>=<key>` for each subgraph: the key it would derive from `masterSecret`. */
export function contextKeyLines(masterSecret: string, subgraphs: readonly string[]): string[] {
  return subgraphs.map(
    (name) => `${contextKeyVariable(name)}=${formatContextKey(deriveContextKey(masterSecret, name))}`,
  );
}

/**
 * `npm run context-keys`: prints, from the gateway's CONTEXT_SIGNING_SECRET and supergraph, the key
 * of every subgraph, so a deployment can give each subgraph only its own (CONTEXT_SIGNING_KEY_<NAME>)
 * and keep the master in the gateway. Names given as arguments restrict the list.
 */
function main(): void {
  try {
    const config = loadGatewayConfig(process.env, []);
    const names = process.argv.slice(2);
    const subgraphs = names.length > 0 ? names : subgraphNamesOf(readSupergraph(config.SUPERGRAPH_PATH));
    for (const line of contextKeyLines(config.CONTEXT_SIGNING_SECRET, subgraphs)) console.log(line);
  } catch (error) {
    console.error(`context-keys: ${error instanceof ConfigError ? error.message : (error as Error).message}`);
    process.exit(error instanceof ConfigError ? 78 : 1);
  }
}

if (require.main === module) main();
