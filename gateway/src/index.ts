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
export type { ApiKeyLimits, GatewayCaller, GatewayContext } from './gateway-context';
export { assertKnownPlans, REQUEST_LIMIT_SETTINGS, requestLimitOptions } from './limits/request-limit-config';
export { DEFAULT_PLANS, type PlanLimits } from './limits/rate-limit-plans';
export type { RateLimitOptions } from './limits/rate-limit-setup';
export { PUBLIC_GRAPH_SETTINGS, publicGraphOptions } from './public-graph/public-graph-config';
export { OPERATION_SETTINGS, operationOptions } from './operations/operations-config';
export type { OperationOptions } from './operations/operation-pipeline';
export { PUBLIC_GRAPH_PATH, type PublicGraphSettings } from './public-graph/public-graph';
