import { describe, expect, it } from 'vitest';
import { articleSourceText } from './articleSource.ts';

describe('articleSourceText', () => {
  it('gives outlet and date as they are when the text states them', () => {
    expect(articleSourceText({ outlet: 'Desk', publishedAt: '2023-03-27', provenance: null })).toBe(
      'Desk, 2023-03-27',
    );
  });

  it('says an unknown outlet, the credit line and an inferred date', () => {
    expect(
      articleSourceText({
        outlet: 'Unknown outlet',
        publishedAt: '2023-03-24',
        provenance: {
          outlet: 'unknown',
          publishedAt: 'inferred',
          credit: '(With information from AFP)',
          note: 'Republished.',
        },
      }),
    ).toBe('Outlet unknown (With information from AFP), 2023-03-24 (date inferred)');
  });

  it('marks an inferred outlet and keeps a stated date plain', () => {
    expect(
      articleSourceText({
        outlet: 'Le Monde',
        publishedAt: '2023-03-25',
        provenance: {
          outlet: 'inferred',
          publishedAt: 'stated',
          credit: null,
          note: 'From the URL.',
        },
      }),
    ).toBe('Le Monde (outlet inferred), 2023-03-25');
  });
});
