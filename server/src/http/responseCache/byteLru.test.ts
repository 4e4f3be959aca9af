import { describe, expect, it } from 'vitest';
import { ByteLru } from './byteLru.ts';

const body = (bytes: number) => ({ bytes });
// Each entry costs its body, twice its key's length and 200 bytes of bookkeeping.
const cost = (key: string, bytes: number) => key.length * 2 + bytes + 200;

describe('ByteLru', () => {
  it('evicts the least recently used entries until a new one fits in the byte bound', () => {
    const lru = new ByteLru(cost('a', 300) * 3);
    lru.set('a', body(300));
    lru.set('b', body(300));
    lru.set('c', body(300));
    expect(lru.get('a')).toStrictEqual(body(300)); // a is now the most recent
    lru.set('d', body(300));
    expect([lru.get('b'), lru.get('a'), lru.get('c'), lru.get('d')]).toStrictEqual([
      undefined,
      body(300),
      body(300),
      body(300),
    ]);
    expect(lru.bytes).toBe(cost('a', 300) * 3);
  });

  it('evicts several small entries for one big one, and refuses one bigger than the bound', () => {
    const lru = new ByteLru(1000);
    lru.set('a', body(100));
    lru.set('b', body(100));
    lru.set('c', body(100));
    expect(lru.set('big', body(500))).toBe(true);
    expect(lru.size).toBe(1);
    expect(lru.bytes).toBe(cost('big', 500));
    expect(lru.set('huge', body(1000))).toBe(false);
    expect(lru.get('huge')).toBeUndefined();
    expect(lru.get('big')).toStrictEqual(body(500));
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const lru = new ByteLru(10_000);
    lru.set('a', body(100));
    lru.set('a', body(400));
    expect(lru.size).toBe(1);
    expect(lru.bytes).toBe(cost('a', 400));
    lru.delete('a');
    expect(lru.bytes).toBe(0);
  });

  it('holds nothing with a bound of 0 (the cache switched off)', () => {
    const lru = new ByteLru(0);
    expect(lru.set('a', body(1))).toBe(false);
    expect(lru.size).toBe(0);
  });
});
