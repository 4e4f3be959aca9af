/** Write counters summed over the statements of a seed, from Neo4j's result summaries. */
export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export function emptyCounters(): WriteCounters {
  return {
    nodesCreated: 0,
    nodesDeleted: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    labelsAdded: 0,
    labelsRemoved: 0,
  };
}

/** Adds `more` into `into`; unknown keys in `more` (index and constraint counts) are ignored. */
export function addCounters(
  into: WriteCounters,
  more: Partial<WriteCounters> | Partial<Record<string, number>>,
): void {
  const source = more as Partial<Record<string, number>>;
  for (const key of Object.keys(into) as (keyof WriteCounters)[]) into[key] += source[key] ?? 0;
}
