/**
 * Duplicate candidates come in pairs; records that pair up with each other (A~B, B~C) are one group,
 * merged into one survivor in one go. Groups keep the order of their first (most alike) pair.
 */
export interface DuplicateRecord {
  id: string;
  name: string;
}

export interface DuplicateGroup<T extends DuplicateRecord> {
  /** The ids of its records, sorted: stable across refetches. */
  key: string;
  records: T[];
  /** The reasons its pairs gave, most alike first, without repeats. */
  reasons: string[];
  /** The highest score of its pairs (0–1). */
  score: number;
}

export function groupDuplicates<T extends DuplicateRecord>(
  pairs: ReadonlyArray<{ records: readonly T[]; reason: string; score: number }>,
): DuplicateGroup<T>[] {
  const parent = new Map<string, string>();
  const root = (id: string): string => {
    let current = id;
    for (let next = parent.get(current); next !== undefined && next !== current; next = parent.get(current))
      current = next;
    parent.set(id, current);
    return current;
  };
  const records = new Map<string, T>();
  for (const pair of pairs) {
    for (const record of pair.records) {
      records.set(record.id, record);
      if (!parent.has(record.id)) parent.set(record.id, record.id);
    }
    const [first, ...others] = pair.records;
    for (const other of others) parent.set(root(other.id), root(first.id));
  }

  const groups = new Map<string, { records: T[]; reasons: string[]; score: number }>();
  for (const pair of pairs) {
    if (pair.records.length === 0) continue;
    const id = root(pair.records[0].id);
    const group = groups.get(id) ?? { records: [], reasons: [], score: 0 };
    groups.set(id, group);
    if (!group.reasons.includes(pair.reason)) group.reasons.push(pair.reason);
    group.score = Math.max(group.score, pair.score);
  }
  for (const record of records.values()) groups.get(root(record.id))?.records.push(record);

  return [...groups.values()]
    .filter((group) => group.records.length > 1)
    .map((group) => ({
      ...group,
      key: group.records
        .map((record) => record.id)
        .sort()
        .join('+'),
    }));
}
