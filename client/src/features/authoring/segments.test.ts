import { describe, expect, it } from 'vitest';
import { lines, segmentText, type Mark } from './segments.ts';

describe('lines', () => {
  it('keeps the lines with words, with their offsets, and drops blank ones', () => {
    expect(lines('Title\n\nOne.\n  \nTwo.')).toStrictEqual([
      { start: 0, end: 5 },
      { start: 7, end: 11 },
      { start: 15, end: 19 },
    ]);
  });
});

describe('segmentText', () => {
  it('cuts at the edges of overlapping marks and lists the marks over each piece', () => {
    const text = 'T\n\nByteDance owns TikTok.';
    const evidence: Mark = { start: 3, end: 24, kind: 'evidence', refId: 'owns' };
    const tiktok: Mark = { start: 18, end: 24, kind: 'entity', refId: 'tiktok' };
    expect(segmentText(text, [evidence, tiktok])).toStrictEqual([
      { start: 0, end: 1, segments: [{ start: 0, end: 1, text: 'T', marks: [] }] },
      {
        start: 3,
        end: 25,
        segments: [
          { start: 3, end: 18, text: 'ByteDance owns ', marks: [evidence] },
          { start: 18, end: 24, text: 'TikTok', marks: [evidence, tiktok] },
          { start: 24, end: 25, text: '.', marks: [] },
        ],
      },
    ]);
  });
});
