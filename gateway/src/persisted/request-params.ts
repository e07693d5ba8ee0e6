import type { HTTPGraphQLRequest } from '@apollo/server';

/** The GraphQL-over-HTTP parameters of one request (anything the client sent; not yet checked). */
export interface RequestParams {
  query?: unknown;
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
  [other: string]: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsedJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    // Left as text: Apollo Server answers a malformed parameter itself.
    return text;
  }
}

/**
 * The parameters of a POST's JSON object or a GET's query string (`variables` and `extensions` as
 * JSON there); null for anything else (a batch, a non-JSON body), which goes to Apollo unchanged.
 */
export function readRequestParams(request: HTTPGraphQLRequest): RequestParams | null {
  if (request.method === 'POST') return isObject(request.body) ? { ...request.body } : null;
  if (request.method !== 'GET') return null;
  const search = new URLSearchParams(request.search);
  const params: RequestParams = {};
  for (const name of ['query', 'documentId', 'operationName'] as const) {
    const value = search.get(name);
    if (value !== null) params[name] = value;
  }
  for (const name of ['variables', 'extensions'] as const) {
    const value = parsedJson(search.get(name));
    if (value !== undefined) params[name] = value;
  }
  return params;
}

/** `request` with its `query` set to `query` and its `documentId` removed. */
export function withQuery(request: HTTPGraphQLRequest, query: string): HTTPGraphQLRequest {
  if (request.method === 'POST') {
    const body: Record<string, unknown> = { ...(request.body as Record<string, unknown>), query };
    delete body.documentId;
    return { ...request, body };
  }
  const search = new URLSearchParams(request.search);
  search.set('query', query);
  search.delete('documentId');
  return { ...request, search: `?${search.toString()}` };
}

/** The `extensions.persistedQuery` of the parameters as sent (undefined without one). */
export function persistedQueryOf(params: RequestParams): unknown {
  return isObject(params.extensions) ? params.extensions.persistedQuery : undefined;
}

export { isObject };
