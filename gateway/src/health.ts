import { sendJson, type RouteHandler } from '@nexora/kit';

export interface SubgraphEndpoint {
  name: string;
  /** The subgraph's GraphQL URL, e.g. http://crm:4003/graphql. */
  url: string;
}

/** A subgraph serves /health beside /graphql: the GraphQL URL minus its `/graphql` path. */
export function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/health`;
  url.search = '';
  return url.toString();
}

async function answers(url: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}

/** Liveness: the process answers. Orchestrators restart the gateway only when this fails. */
export const healthRoute: RouteHandler = (_req, res) =>
  sendJson(res, 200, { status: 'ok', service: 'gateway' });

/**
 * Readiness: every subgraph's /health answers in time. A load balancer stops routing to a gateway
 * that answers 503, and the body names the subgraphs that are down (names only, never addresses).
 */
export function readyRoute(options: {
  subgraphs: () => readonly SubgraphEndpoint[];
  draining: () => boolean;
  timeoutMs: number;
}): RouteHandler {
  return async (_req, res) => {
    if (options.draining()) return sendJson(res, 503, { status: 'draining', down: [] });
    const subgraphs = options.subgraphs();
    const results = await Promise.all(
      subgraphs.map((subgraph) => answers(healthUrlOf(subgraph.url), options.timeoutMs)),
    );
    const down = subgraphs.filter((_, index) => !results[index]).map((subgraph) => subgraph.name);
    const up = subgraphs.filter((_, index) => results[index]).map((subgraph) => subgraph.name);
    sendJson(res, down.length === 0 ? 200 : 503, {
      status: down.length === 0 ? 'ready' : 'unavailable',
      up,
      down,
    });
  };
}
