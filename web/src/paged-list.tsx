import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type ReactNode, useRef, useState } from 'react';
import { type CombinedError, type RequestPolicy, useQuery } from 'urql';
import { type FragmentType, getFragmentData, graphql } from './__generated__';
import { Button, Empty, Loading, Problems } from './ui';

/**
 * A relay connection read a page at a time: "Load more" asks for the page after the last row and
 * the cache appends it (relayPagination in cache.ts). Mount a list with a `key` of its search and
 * filters so a new search starts again from the first page.
 */

/** What "Load more" needs of a page: whether another follows, and where it starts. */
export const NextPage = graphql(`
  fragment NextPage on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** A connection as a paged list reads it (every paged document selects `pageInfo { ...NextPage }`). */
export interface Connection<Node> {
  totalCount: number;
  pageInfo: FragmentType<typeof NextPage>;
  edges: ReadonlyArray<{ node: Node }>;
}

interface PageVariables {
  first: number;
  after?: string | null;
}

export interface Paged<Node> {
  /** The rows read so far (null until the first page has come). */
  page: { nodes: Node[]; totalCount: number; hasNextPage: boolean } | null;
  fetching: boolean;
  error: CombinedError | undefined;
  loadMore: () => void;
  /** Back to the first page (after a change the cache refetches). */
  restart: () => void;
}

export function usePagedQuery<Data, Variables extends PageVariables, Node>({
  query,
  variables,
  first = 25,
  connection,
  requestPolicy,
}: {
  query: TypedDocumentNode<Data, Variables>;
  /** The query's variables but the page's own (`first`, `after`). */
  variables: Omit<Variables, keyof PageVariables>;
  /** Rows a page. */
  first?: number;
  connection: (data: Data) => Connection<Node> | null | undefined;
  requestPolicy?: RequestPolicy;
}): Paged<Node> {
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({
    query,
    variables: { ...variables, first, after } as Variables,
    requestPolicy,
  });
  // The rows stay on screen while the next page (or a refetch) is on its way.
  const shown = useRef<Connection<Node> | null>(null);
  const current = data ? connection(data) : null;
  if (current) shown.current = current;
  const read = shown.current;
  const pageInfo = read ? getFragmentData(NextPage, read.pageInfo) : null;
  return {
    page: read && {
      nodes: read.edges.map((edge) => edge.node),
      totalCount: read.totalCount,
      hasNextPage: pageInfo?.hasNextPage ?? false,
    },
    fetching,
    error,
    loadMore: () => setAfter(pageInfo?.endCursor ?? null),
    restart: () => setAfter(null),
  };
}

/** "1 company", "60 companies". */
export function countOf(total: number, one: string, many: string): string {
  return total === 1 ? `1 ${one}` : `${total} ${many}`;
}

/** "60 companies, 25 shown" while pages remain to be loaded, "60 companies" once all are shown. */
export function countShown(total: number, shown: number, one: string, many: string): string {
  return `${countOf(total, one, many)}${shown < total ? `, ${shown} shown` : ''}`;
}

/** The rows of a list, one card of dividers. */
export function Rows({ children }: { children: ReactNode }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      {children}
    </ul>
  );
}

/**
 * A paged list as every screen shows one: loading, the request's error, or `empty`; else a line
 * counting the rows, the rows, and "Load more" while pages remain. `label` names it as a region.
 */
export function PagedList<Node>({
  paged,
  label,
  loading,
  empty,
  count,
  children,
}: {
  paged: Paged<Node>;
  label?: string;
  /** What is loading, as in "Loading companies…". */
  loading: string;
  empty: ReactNode;
  count: (total: number, shown: number) => ReactNode;
  children: (nodes: Node[]) => ReactNode;
}) {
  const { page, fetching, error, loadMore } = paged;
  if (!page) return fetching ? <Loading what={loading} /> : <Problems error={error} />;
  if (page.nodes.length === 0) return <Empty>{empty}</Empty>;
  return (
    <section aria-label={label}>
      <p className="mb-2 text-sm text-slate-500">{count(page.totalCount, page.nodes.length)}</p>
      {children(page.nodes)}
      <Problems error={error} />
      {page.hasNextPage && (
        <div className="mt-3 flex justify-center">
          <Button variant="secondary" disabled={fetching} onClick={loadMore}>
            {fetching ? 'Loading…' : 'Load more'}
          </Button>
        </div>
      )}
    </section>
  );
}
