/**
 * A least-recently-used map bounded by bytes, not by entries: a hub page and
 * a search hit differ in size by a factor of a thousand, so a count bound
 * would either waste memory or hold almost nothing.
 */
export interface Sized {
  /** Bytes this value holds (its body); the key's size is added by the map. */
  readonly bytes: number;
}

/** Map bookkeeping per entry, a rough figure so that many tiny entries still count. */
const ENTRY_OVERHEAD_BYTES = 200;

export class ByteLru<V extends Sized> {
  // A Map iterates in insertion order: the first key is the least recently used.
  private readonly entries = new Map<string, V>();
  private used = 0;

  constructor(readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  private static cost(key: string, value: Sized): number {
    return key.length * 2 + value.bytes + ENTRY_OVERHEAD_BYTES;
  }

  /** The value, now the most recently used; undefined when absent. */
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  /** Stores the value, evicting the least recently used until it fits; false when it never can. */
  set(key: string, value: V): boolean {
    this.delete(key);
    const cost = ByteLru.cost(key, value);
    if (cost > this.maxBytes) return false;
    for (const [oldest, old] of this.entries) {
      if (this.used + cost <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= ByteLru.cost(oldest, old);
    }
    this.entries.set(key, value);
    this.used += cost;
    return true;
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.used -= ByteLru.cost(key, old);
  }
}
