export { createGateway, type GatewayOptions, type RunningGateway } from './gateway';
export {
  loadGatewayConfig,
  parseCliFlags,
  parseSubgraphUrls,
  DEFAULT_SUPERGRAPH_PATH,
  type GatewayConfig,
} from './config';
export { gatewayOptionsFromConfig, readSupergraph } from './start-from-config';
export {
  createTokenVerifier,
  type JwksSource,
  type VerifiedToken,
  type TokenVerifier,
} from './auth/verify-token';
export { AccessRuleMap } from './access-rules';
export type { GatewayContext } from './gateway-context';
