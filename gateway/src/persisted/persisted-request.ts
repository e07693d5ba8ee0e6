import type { HTTPGraphQLRequest } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';
import { RequestRejectedError, type ErrorCode, type Logger } from '@nexora/kit';
import { APQ_KEY_PREFIX } from './apq-cache';
import { canonicalHashOfText, sha256Hex } from './canonical-document';
import type { PersistedDocument, PersistedDocuments } from './persisted-documents';
import { isObject, persistedQueryOf, readRequestParams, withQuery } from './request-params';

/** `off`: no check; `log`: a first-party document not on the safelist is logged; `enforce`: refused. */
export type SafelistMode = 'off' | 'log' | 'enforce';

/** The header first-party clients name themselves with, e.g. `X-Nexora-Client: web`. */
export const FIRST_PARTY_CLIENT_HEADER = 'x-nexora-client';

export interface SafelistPolicy {
  mode: SafelistMode;
  /** `X-Nexora-Client` values that mark a first-party client (lower case), e.g. `web`. */
  clients: ReadonlySet<string>;
}

export interface PersistedRequestOptions {
  /** The safelist's documents, also what `documentId` and hash-only requests are looked up in. */
  documents: PersistedDocuments;
  /** The cache Apollo Server registers APQ documents in (null: APQ off). */
  apqCache: KeyValueCache<string> | null;
  /** The first-party policy; null on a route without first-party clients (the partner graph). */
  safelist: SafelistPolicy | null;
  /** The parser's token limit, for the canonical form of a full-text first-party document. */
  maxTokens: number;
  logger: Logger;
}

/** A request whose document is known: the text that will run (null when it is not known). */
export interface ResolvedRequest {
  request: HTTPGraphQLRequest;
  query: string | null;
  operationName: string | null;
  variables: unknown;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;
const MAX_DOCUMENT_ID_LENGTH = 200;

function refusal(code: ErrorCode, message: string): RequestRejectedError {
  return new RequestRejectedError(code, message);
}

/** `extensions.persistedQuery` checked: `{ version: 1, sha256Hash: <64 lower-case hex digits> }`. */
function persistedQueryHash(persistedQuery: unknown): string | undefined {
  if (persistedQuery === undefined || persistedQuery === null) return undefined;
  const hash = isObject(persistedQuery) ? persistedQuery.sha256Hash : undefined;
  if (
    !isObject(persistedQuery) ||
    persistedQuery.version !== 1 ||
    typeof hash !== 'string' ||
    !SHA256_HEX.test(hash)
  )
    throw refusal(
      'PERSISTED_QUERY_NOT_SUPPORTED',
      'extensions.persistedQuery must be { "version": 1, "sha256Hash": "<SHA-256 of the document, 64 lower-case hex digits>" }.',
    );
  return hash;
}

/**
 * The persisted-document step in front of Apollo Server (README, "Persisted operations"):
 * - `documentId` (GraphQL-over-HTTP persisted documents: `sha256:<hex>` or a safelist id) and a
 *   hash-only APQ request are given their text from the safelist, else from the APQ cache, so Apollo
 *   always receives a `query`; an unknown `documentId` is 404 `PERSISTED_QUERY_NOT_FOUND` (an unknown
 *   APQ hash is left to Apollo, which answers the protocol's `PERSISTED_QUERY_NOT_FOUND`);
 * - a hash or id that is not the one of the text sent is 400 `PERSISTED_QUERY_HASH_MISMATCH`;
 * - a first-party request (`X-Nexora-Client`, or an id or hash from the safelist) whose document is
 *   not on the safelist is logged (`log`) or refused with 400 `PERSISTED_QUERY_NOT_ALLOWED`
 *   (`enforce`) before anything is parsed for execution, planned or sent to a subgraph.
 */
export function createPersistedRequestResolver(
  options: PersistedRequestOptions,
): (request: HTTPGraphQLRequest) => Promise<ResolvedRequest> {
  const { documents, apqCache, safelist, logger } = options;
  // Full texts first-party clients send again and again: their canonical hash, by the text's SHA-256.
  const canonicalHashes = new LRUCache<string, string>({ max: 2_000 });
  const loggedOutsiders = new LRUCache<string, true>({ max: 1_000 });

  const canonicalMatch = (text: string): PersistedDocument | undefined => {
    const key = sha256Hex(text);
    let canonical = canonicalHashes.get(key);
    if (canonical === undefined) {
      canonical = canonicalHashOfText(text, options.maxTokens) ?? '';
      canonicalHashes.set(key, canonical);
    }
    return canonical ? documents.byCanonicalHash(canonical) : undefined;
  };

  const apqText = async (hash: string) => (apqCache ? apqCache.get(APQ_KEY_PREFIX + hash) : undefined);

  return async (request) => {
    const params = readRequestParams(request);
    if (!params) return { request, query: null, operationName: null, variables: undefined };
    const hash = persistedQueryHash(persistedQueryOf(params));
    const sent = typeof params.query === 'string' && params.query.length > 0 ? params.query : undefined;
    let listed: PersistedDocument | undefined;
    let text = sent;

    if (params.documentId !== undefined && params.documentId !== null && params.documentId !== '') {
      const documentId = params.documentId;
      if (typeof documentId !== 'string' || documentId.length > MAX_DOCUMENT_ID_LENGTH)
        throw refusal(
          'BAD_USER_INPUT',
          `documentId must be a string of at most ${MAX_DOCUMENT_ID_LENGTH} characters.`,
        );
      listed = documents.byDocumentId(documentId);
      const found =
        listed?.text ?? (documentId.startsWith('sha256:') ? await apqText(documentId.slice(7)) : undefined);
      if (found === undefined)
        throw refusal(
          'PERSISTED_QUERY_NOT_FOUND',
          `No persisted document has the id "${documentId}"; send the document itself in "query".`,
        );
      if ((sent !== undefined && sent !== found) || (hash !== undefined && hash !== sha256Hex(found)))
        throw refusal(
          'PERSISTED_QUERY_HASH_MISMATCH',
          'The document sent is not the one documentId names; send one or the other.',
        );
      text = found;
    } else if (hash !== undefined) {
      if (sent !== undefined && sha256Hex(sent) !== hash)
        throw refusal(
          'PERSISTED_QUERY_HASH_MISMATCH',
          'extensions.persistedQuery.sha256Hash is not the SHA-256 of the query sent; nothing was run or stored.',
        );
      listed = documents.bySha256Hash(hash);
      text = sent ?? listed?.text ?? (await apqText(hash));
    }

    if (safelist && safelist.mode !== 'off') {
      const client = request.headers.get(FIRST_PARTY_CLIENT_HEADER)?.trim().toLowerCase();
      const firstParty = listed !== undefined || (client !== undefined && safelist.clients.has(client));
      if (firstParty && !listed && !(text !== undefined && canonicalMatch(text))) {
        const documentHash = hash ?? (text !== undefined ? sha256Hex(text) : 'unknown');
        if (!loggedOutsiders.has(documentHash)) {
          loggedOutsiders.set(documentHash, true);
          logger.warn(
            { client, documentHash, operationName: params.operationName, safelistMode: safelist.mode },
            safelist.mode === 'enforce'
              ? 'first-party document not on the safelist refused'
              : 'first-party document not on the safelist (SAFELIST_MODE=log: served)',
          );
        }
        if (safelist.mode === 'enforce')
          throw refusal(
            'PERSISTED_QUERY_NOT_ALLOWED',
            'This client may only send the operations it was built with, and this document is not one of them; rebuild the client (npm run codegen) or send a listed documentId.',
          );
      }
    }

    return {
      // Apollo Server knows no documentId: it always gets the text (and never the id).
      request:
        text !== undefined && (text !== sent || params.documentId !== undefined)
          ? withQuery(request, text)
          : request,
      query: text ?? null,
      operationName: typeof params.operationName === 'string' ? params.operationName : null,
      variables: params.variables,
    };
  };
}
