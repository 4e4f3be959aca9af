import { describe, expect, it } from 'vitest';
import { dataFileName, imageFileName, slug } from './fileNames.ts';

const date = new Date('2024-05-01T12:00:00Z');

describe('export file names', () => {
  it('say scope, size, scale, background and date for a PNG', () => {
    expect(
      imageFileName({
        format: 'png',
        scope: 'selection',
        nodeCount: 3,
        scale: 2,
        transparent: true,
        title: 'TikTok & China’s data!',
        date,
      }),
    ).toBe('newsgraph-tiktok-china-s-data-selection-3-entities-2x-transparent-2024-05-01.png');
  });

  it('leave the scale out of an SVG, which has none', () => {
    expect(imageFileName({ format: 'svg', scope: 'graph', nodeCount: 40, scale: 4, date })).toBe(
      'newsgraph-graph-40-entities-2024-05-01.svg',
    );
  });

  it('name data files by format, CSV coming as a zip of two tables', () => {
    expect(dataFileName('graphml', 'graph', 12, date)).toBe(
      'newsgraph-graph-12-entities-2024-05-01.graphml',
    );
    expect(dataFileName('csv', 'selection', 2, date)).toBe(
      'newsgraph-selection-2-entities-2024-05-01.zip',
    );
  });

  it('slug keeps names short and safe', () => {
    expect(slug('  Ünïcode — Title  ')).toBe('unicode-title');
    expect(slug('x'.repeat(60))).toHaveLength(40);
  });
});
