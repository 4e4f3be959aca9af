import type { ArticleSummaryDto } from '../api/types.ts';

type SourceFields = Pick<ArticleSummaryDto, 'outlet' | 'publishedAt' | 'provenance'>;

/**
 * "<outlet>, <date>" of an article, saying what the text does not state: an
 * unknown or inferred outlet, the text's own credit line, an inferred date.
 * A republished wire story must not read as the agency's own article.
 *
 * @example articleSourceText({ outlet: 'Desk', publishedAt: '2023-03-27', provenance: null }) // 'Desk, 2023-03-27'
 */
export function articleSourceText({ outlet, publishedAt, provenance }: SourceFields): string {
  const date = publishedAt.slice(0, 10);
  if (provenance === null) return `${outlet}, ${date}`;
  const who =
    provenance.outlet === 'unknown'
      ? 'Outlet unknown'
      : provenance.outlet === 'inferred'
        ? `${outlet} (outlet inferred)`
        : outlet;
  const credit = provenance.credit === null ? '' : ` ${provenance.credit}`;
  const when = provenance.publishedAt === 'inferred' ? `${date} (date inferred)` : date;
  return `${who}${credit}, ${when}`;
}
