import type { GraphQLFormattedError } from 'graphql';
import { CLIENT_ERROR_CODES, REQUEST_ERROR_CODES, type Logger } from '@nexora/kit';

/**
 * Codes the gateway itself produces about the client's request or a failed hop. Coming from a
 * subgraph instead (e.g. GRAPHQL_VALIDATION_FAILED after schema drift) they describe a deployment
 * fault, not the client's mistake, and are reported as internal; only CLIENT_ERROR_CODES and
 * TIMEOUT (a subgraph's statement_timeout or request deadline stopped the work: retry later) pass
 * through from subgraphs.
 */
const GATEWAY_CODES = new Set([
  ...CLIENT_ERROR_CODES,
  'TIMEOUT',
  'SUBGRAPH_UNAVAILABLE',
  ...REQUEST_ERROR_CODES,
]);

const SUBGRAPH_CODES = new Set([...CLIENT_ERROR_CODES, 'TIMEOUT']);

/**
 * What @apollo/gateway and Apollo Server attach that must not reach a client: the failing
 * subgraph's name, the upstream response (URL, status, body), exception details and stack traces.
 */
const INTERNAL_EXTENSIONS = ['serviceName', 'response', 'exception', 'stacktrace', 'http'];

function publicExtensions(extensions: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions)) {
    if (!INTERNAL_EXTENSIONS.includes(key)) kept[key] = value;
  }
  return kept;
}

/**
 * Apollo Server `formatError` for the gateway: errors with a code clients branch on keep their
 * message; everything else becomes a generic INTERNAL_SERVER_ERROR, logged in full here.
 */
export function formatGatewayError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const extensions = formatted.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    const fromSubgraph = typeof extensions.serviceName === 'string';
    const allowed = fromSubgraph ? SUBGRAPH_CODES : GATEWAY_CODES;
    if (code !== undefined && allowed.has(code)) {
      return {
        message: formatted.message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: publicExtensions(extensions),
      };
    }
    logger.error(
      { err: error, code, subgraph: extensions.serviceName, path: formatted.path },
      'unexpected error hidden from the client',
    );
    return {
      message: 'Internal server error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
