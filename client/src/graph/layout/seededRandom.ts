/**
 * fcose draws its start positions and spectral samples from Math.random, so
 * the same view came out in a different shape on every load, every export
 * and every machine. Users compare pictures (a shared link, a slide made
 * yesterday, an export beside the screen), and tests that check pixels need
 * the same picture every time. So each layout run draws from a generator
 * seeded by what it lays out: the same nodes and links give the same layout.
 */

/** FNV-1a over the text: a 32-bit seed that changes with any id. */
export function seedOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small 32-bit generator (splitmix-style mixing) giving numbers in [0, 1). */
export function seededGenerator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    mixed ^= mixed >>> 16;
    return (mixed >>> 0) / 4294967296;
  };
}

/**
 * Runs `work` with Math.random replaced by a generator seeded from `seedText`,
 * and puts the real one back even when it throws. Safe because the layout
 * runs synchronously: nothing else can draw from Math.random meanwhile.
 */
export function withSeededRandom<T>(seedText: string, work: () => T): T {
  const real = Math.random;
  Math.random = seededGenerator(seedOf(seedText));
  try {
    return work();
  } finally {
    Math.random = real;
  }
}
