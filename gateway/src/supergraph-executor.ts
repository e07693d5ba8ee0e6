import { ApolloGateway } from '@apollo/gateway';
import type { Logger } from '@nexora/kit';
import type { Agent } from 'undici';
import { AccessRuleMap } from './access-rules';
import type { SubgraphEndpoint } from './health';
import { SignedDataSource } from './signed-data-source';

export interface SupergraphExecutorOptions {
  supergraphSdl: string;
  subgraphUrls: Record<string, string>;
  signingSecret: string;
  timeoutMs: number;
  maxResponseBytes: number;
  dispatcher: Agent;
  logger: Logger;
}

export interface SupergraphExecutor {
  gateway: ApolloGateway;
  /** The subgraphs the supergraph names, with the URLs they are called at (filled when it loads). */
  subgraphs: ReadonlyMap<string, SubgraphEndpoint>;
  /** The signed data source of each subgraph (filled when it loads); live subscriptions use them too. */
  dataSources: ReadonlyMap<string, SignedDataSource>;
  /** The tenancy rules read from the raw supergraph; null until loaded, or when unreadable. */
  rules(): AccessRuleMap | null;
  /** Why the gateway must not serve this supergraph, or null. Call after the gateway has loaded. */
  startupProblem(): string | null;
}

/**
 * Plans and executes operations over the subgraphs (@apollo/gateway), every subgraph call going
 * through a `SignedDataSource` (step 4 of a request: the signed fetch). Also reads the tenancy
 * directives from the raw supergraph each time it loads: @apollo/gateway strips them from the API
 * schema it executes against, so the access check needs them from here.
 */
export function createSupergraphExecutor(options: SupergraphExecutorOptions): SupergraphExecutor {
  const { logger } = options;
  const subgraphs = new Map<string, SubgraphEndpoint>();
  const dataSources = new Map<string, SignedDataSource>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) {
        throw new Error(`Subgraph "${name}" has no URL in the supergraph and none was configured.`);
      }
      subgraphs.set(name, { name, url: target });
      const source = new SignedDataSource({
        name,
        url: target,
        signingSecret: options.signingSecret,
        timeoutMs: options.timeoutMs,
        maxResponseBytes: options.maxResponseBytes,
        dispatcher: options.dispatcher,
        logger,
      });
      dataSources.set(name, source);
      return source;
    },
  });

  let rules: AccessRuleMap | null = null;
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
    try {
      rules = AccessRuleMap.fromSupergraph(coreSupergraphSdl);
      if (!rules.linksTenancy) {
        logger.warn(
          'the supergraph does not link the tenancy directives: every field is public at the gateway',
        );
      }
    } catch (error) {
      rules = null;
      logger.error({ err: error }, 'cannot read access rules from the supergraph; refusing all operations');
    }
  });

  return {
    gateway,
    subgraphs,
    dataSources,
    rules: () => rules,
    startupProblem: () => {
      if (!rules) return 'The supergraph’s access rules could not be read.';
      const unknown = Object.keys(options.subgraphUrls).filter((name) => !subgraphs.has(name));
      if (unknown.length > 0)
        return `Subgraph URL overrides name unknown subgraphs: ${unknown.join(', ')} (known: ${[...subgraphs.keys()].join(', ')}).`;
      return null;
    },
  };
}
