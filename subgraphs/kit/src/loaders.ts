import DataLoader from 'dataloader';

export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>;

/**
 * Per-request DataLoaders. Created with the request context and dropped with it, so nothing cached
 * for one caller is ever served to another; cache keys also carry the tenant as a second guard.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown, string>>();

  constructor(private readonly tenantId: string | null) {}

  /** The request's loader named `name`, created on first use with `batchLoad`. */
  get<K, V>(
    name: string,
    batchLoad: BatchLoad<K, V>,
    keyOf: (key: K) => string = String,
  ): DataLoader<K, V, string> {
    let loader = this.loaders.get(name) as DataLoader<K, V, string> | undefined;
    if (!loader) {
      const tenant = this.tenantId ?? '-';
      loader = new DataLoader<K, V, string>(batchLoad, {
        cacheKeyFn: (key) => `${tenant}:${keyOf(key)}`,
        maxBatchSize: 500,
      });
      this.loaders.set(name, loader as DataLoader<unknown, unknown, string>);
    }
    return loader;
  }
}

/** Orders rows to match `keys`; a key without a row yields `fallback` (null by default). */
export function alignToKeys<K, R, V = R | null>(
  keys: readonly K[],
  rows: readonly R[],
  keyOfRow: (row: R) => K,
  fallback: V | null = null,
): Array<R | V | null> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOfRow(row), row);
  return keys.map((key) => byKey.get(key) ?? fallback);
}

/** Groups rows by key, preserving row order; a key without rows yields an empty array. */
export function groupByKeys<K, R>(keys: readonly K[], rows: readonly R[], keyOfRow: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOfRow(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
