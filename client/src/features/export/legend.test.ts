import { describe, expect, it } from 'vitest';
import { NARRATED_STYLE, OTHER_CLAIM_STYLE, STANCE_STYLES } from '../../graph/entityStyles.ts';
import { legendFor, letterKey } from './legend.ts';

describe('legendFor', () => {
  it('lists each drawn entity type once, sorted, and nothing for edges when none are drawn', () => {
    expect(legendFor(['Person', 'Company', 'Person'], []).map((e) => e.label)).toStrictEqual([
      'Company',
      'Person',
    ]);
  });

  it('lists only the edge styles drawn, in a fixed order', () => {
    const labels = legendFor(
      ['Claim'],
      [
        { attribution: 'attributed', stance: 'denies' },
        { attribution: 'attributed', stance: 'something-new' },
        { attribution: 'attributed', stance: 'denies' },
      ],
    ).map((e) => e.label);
    expect(labels).toStrictEqual([
      'Claim',
      STANCE_STYLES.denies.description,
      OTHER_CLAIM_STYLE.description,
    ]);
    expect(legendFor([], [{ attribution: 'narrated', stance: undefined }])).toStrictEqual([
      {
        kind: 'edge',
        label: NARRATED_STYLE.description,
        color: NARRATED_STYLE.color,
        lineStyle: 'solid',
      },
    ]);
  });
});

describe('letterKey', () => {
  it('gives each lettered entity its full name, in letter order (Z before AA)', () => {
    const keyed = new Map([
      ['b', { letter: 'AA', name: 'The twenty-seventh long name' }],
      ['a', { letter: 'B', name: 'China could use TikTok to spy and gather data' }],
      ['c', { letter: 'A', name: 'TikTok gives Chinese authorities access to data' }],
    ]);
    expect(letterKey(keyed)).toStrictEqual([
      { kind: 'marker', label: 'TikTok gives Chinese authorities access to data', marker: 'A' },
      { kind: 'marker', label: 'China could use TikTok to spy and gather data', marker: 'B' },
      { kind: 'marker', label: 'The twenty-seventh long name', marker: 'AA' },
    ]);
  });
});
