import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type FetcherResponse = Awaited<ReturnType<RemoteGraphQLDataSource['fetcher']>>;
type FetcherHeaders = FetcherResponse['headers'];

/** Response headers as undici parses them: lower-case names, repeated headers as arrays. */
export type RawResponseHeaders = Record<string, string | string[] | undefined>;

/**
 * The few header operations @apollo/gateway performs on a subgraph response (`get('content-type')`,
 * `get('cache-control')`), over undici's plain object instead of a WHATWG Headers instance.
 */
export class SubgraphResponseHeaders implements FetcherHeaders {
  private readonly byName = new Map<string, string>();

  constructor(raw: RawResponseHeaders) {
    for (const [name, value] of Object.entries(raw)) {
      if (value !== undefined)
        this.byName.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  set(name: string, value: string): void {
    this.byName.set(name.toLowerCase(), value);
  }

  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const existing = this.byName.get(key);
    this.byName.set(key, existing === undefined ? value : `${existing}, ${value}`);
  }

  delete(name: string): void {
    this.byName.delete(name.toLowerCase());
  }

  entries(): IterableIterator<[string, string]> {
    return this.byName.entries();
  }

  keys(): IterableIterator<string> {
    return this.byName.keys();
  }

  values(): IterableIterator<string> {
    return this.byName.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

/**
 * A subgraph's answer, read completely before the fetcher returns (so the call's deadline covers
 * the body too), shaped like the fetch Response RemoteGraphQLDataSource reads: status, ok, headers,
 * text()/json(). Redirects are never followed, so `redirected` is always false.
 */
export class SubgraphResponse implements FetcherResponse {
  readonly redirected = false;
  private consumed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: SubgraphResponseHeaders,
    private readonly body: string,
  ) {}

  get ok(): boolean {
    return this.status >= 200 && this.status < 300;
  }

  get bodyUsed(): boolean {
    return this.consumed;
  }

  async text(): Promise<string> {
    this.consumed = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    this.consumed = true;
    return JSON.parse(this.body);
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.consumed = true;
    return new TextEncoder().encode(this.body).buffer;
  }

  clone(): SubgraphResponse {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}
