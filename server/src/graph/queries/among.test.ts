import { describe, expect, it } from 'vitest';
import { RELATIONSHIPS_AMONG } from './among.ts';

describe('relationships-among query', () => {
  it('takes every value as a parameter and interpolates nothing else', () => {
    expect(RELATIONSHIPS_AMONG).not.toMatch(/\$\{/);
    expect([...RELATIONSHIPS_AMONG.matchAll(/\$(\w+)/g)].map((m) => m[1]).sort()).toStrictEqual([
      'limit',
      'newIds',
      'visibleIds',
    ]);
  });

  it('resolves ids through the Entity id constraint or an element-id seek, never a label scan', () => {
    expect(RELATIONSHIPS_AMONG).toContain('MATCH (n:Entity {id: id}) RETURN n');
    expect(RELATIONSHIPS_AMONG).toContain('MATCH (n) WHERE elementId(n) = id AND NOT n:SavedQuery');
    expect(RELATIONSHIPS_AMONG).not.toMatch(/MATCH \(n:Entity\)\s/);
  });

  it('expands a node only when its degree is within what is asked about, else checks pairs', () => {
    expect(RELATIONSHIPS_AMONG).toContain('WHERE COUNT { (a)--() } <= size(everyone)');
    expect(RELATIONSHIPS_AMONG).toContain('WHERE COUNT { (a)--() } > size(everyone)');
    expect(RELATIONSHIPS_AMONG).toContain('collect(r)[0..$limit]');
  });
});
