import { describe, expect, it } from 'vitest';
import { createReadOnlyVerdicts } from './readOnlyVerdicts.ts';

describe('read-only verdicts', () => {
  it('knows only the texts it approved, exactly', () => {
    const verdicts = createReadOnlyVerdicts();
    verdicts.approve('MATCH (n) RETURN n');
    expect(verdicts.isApproved('MATCH (n) RETURN n')).toBe(true);
    expect(verdicts.isApproved('MATCH (n) RETURN n ')).toBe(false);
    expect(verdicts.isApproved('MATCH (n) DETACH DELETE n')).toBe(false);
  });

  it('drops the least recently used text beyond its capacity', () => {
    const verdicts = createReadOnlyVerdicts(2);
    verdicts.approve('a');
    verdicts.approve('b');
    expect(verdicts.isApproved('a')).toBe(true); // a is now the most recent
    verdicts.approve('c');
    expect(verdicts.isApproved('b')).toBe(false);
    expect(verdicts.isApproved('a')).toBe(true);
    expect(verdicts.isApproved('c')).toBe(true);
  });
});
