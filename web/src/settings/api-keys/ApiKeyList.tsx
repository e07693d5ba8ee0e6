import { getFragmentData, graphql } from '../../__generated__';
import { countOf, PagedList, Rows, usePagedQuery } from '../../paged-list';
import { formatDate } from '../../ui';
import { formatDateTime } from '../audit/format-time';
import { ApiKeyFields } from './api-key-fields';
import { ApiKeyStatusBadge } from './ApiKeyStatusBadge';
import { RevokeApiKey } from './RevokeApiKey';

const PAGE_SIZE = 20;

const ApiKeyListQuery = graphql(`
  query ApiKeyList($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ApiKeyFields
        }
      }
      pageInfo {
        ...NextPage
      }
    }
  }
`);

function limitsOf(limits: { requestsPerMinute?: number | null; costPerMinute?: number | null }): string {
  const parts = [
    limits.requestsPerMinute != null && `${limits.requestsPerMinute.toLocaleString()} requests`,
    limits.costPerMinute != null && `${limits.costPerMinute.toLocaleString()} cost`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')} a minute` : 'The organisation’s own';
}

/**
 * The tenant's API keys, newest first (revoked and expired ones included): name, prefix, scopes,
 * who made it and when, last use, expiry, limits and status; an active key can be revoked.
 */
export function ApiKeyList() {
  const paged = usePagedQuery({
    query: ApiKeyListQuery,
    variables: {},
    first: PAGE_SIZE,
    connection: (data) => data.apiKeys,
    // Last use is recorded as partners call: look again whenever the list shows.
    requestPolicy: 'cache-and-network',
  });
  return (
    <PagedList
      paged={paged}
      label="API keys"
      loading="API keys"
      empty="No API keys yet. Create one for each partner or program that reads your data."
      count={(total) => countOf(total, 'key', 'keys')}
    >
      {(nodes) => (
        <Rows>
          {nodes.map((node) => {
            const key = getFragmentData(ApiKeyFields, node);
            const nameId = `api-key-${key.id}`;
            return (
              <li
                key={key.id}
                aria-labelledby={nameId}
                className="grid gap-3 px-4 py-3 md:grid-cols-[minmax(0,1fr)_auto] md:items-start"
              >
                <div className="flex min-w-0 flex-col gap-2">
                  <div className="flex flex-wrap items-center gap-2">
                    <h2 id={nameId} className="font-medium break-words">
                      {key.name}
                    </h2>
                    <ApiKeyStatusBadge status={key.status} />
                    <code className="font-mono text-xs text-slate-600">{key.prefix}…</code>
                  </div>
                  <ul aria-label="Scopes" className="flex flex-wrap gap-1">
                    {key.scopes.map((scope) => (
                      <li
                        key={scope}
                        className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700"
                      >
                        {scope}
                      </li>
                    ))}
                  </ul>
                  <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)_auto_minmax(0,1fr)]">
                    <dt className="text-slate-500">Created</dt>
                    <dd>
                      {formatDate(key.createdAt)} by {key.createdBy?.name ?? 'a former member'}
                    </dd>
                    <dt className="text-slate-500">Last used</dt>
                    <dd>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</dd>
                    <dt className="text-slate-500">{key.status === 'EXPIRED' ? 'Expired' : 'Expires'}</dt>
                    <dd>{key.expiresAt ? formatDateTime(key.expiresAt) : 'Never'}</dd>
                    <dt className="text-slate-500">Limits</dt>
                    <dd>{limitsOf(key.limits)}</dd>
                    {key.revokedAt && (
                      <>
                        <dt className="text-slate-500">Revoked</dt>
                        <dd>{formatDateTime(key.revokedAt)}</dd>
                      </>
                    )}
                  </dl>
                </div>
                {key.status === 'ACTIVE' && <RevokeApiKey id={key.id} name={key.name} />}
              </li>
            );
          })}
        </Rows>
      )}
    </PagedList>
  );
}
