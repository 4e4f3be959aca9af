import { inDateRange } from '@newsgraph/model';
import type { RelationshipDto } from '../api/types.ts';

/**
 * The explorer's date-range filter over the relationships on the canvas.
 * Dated relationships are kept when their date (taken as the period it
 * covers: "2022-11" is all of November) overlaps [from, to]; undated ones,
 * which the text gives no time, are kept or hidden as a whole by
 * `showUndated`. Entities stay, as with the relationship-type filter.
 */
export interface DateFilter {
  /** yyyy-mm-dd, inclusive; null leaves the end open. */
  readonly from: string | null;
  readonly to: string | null;
  readonly showUndated: boolean;
}

export const NO_DATE_FILTER: DateFilter = { from: null, to: null, showUndated: true };

export function isDateFilterActive(filter: DateFilter | undefined): filter is DateFilter {
  return (
    filter !== undefined && (filter.from !== null || filter.to !== null || !filter.showUndated)
  );
}

/** Whether the filter lets `edge` show. */
export function passesDateFilter(
  edge: Pick<RelationshipDto, 'date'>,
  filter: DateFilter | undefined,
): boolean {
  if (!isDateFilterActive(filter)) return true;
  if (edge.date === null) return filter.showUndated;
  return inDateRange(edge.date, filter);
}

/** The earliest and latest day the dated relationships cover, for the inputs' bounds. */
export function datedExtent(edges: readonly Pick<RelationshipDto, 'date'>[]): {
  dated: number;
  undated: number;
  first: string | null;
  last: string | null;
} {
  const dates = edges.flatMap((edge) => (edge.date === null ? [] : [edge.date])).sort();
  return {
    dated: dates.length,
    undated: edges.length - dates.length,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}

/**
 * What the filter hides among `edges` (those that would show without it),
 * for the status line: the counts it gives add up with the shown ones.
 * Null when the filter is off.
 */
export function dateFilterNote(
  edges: readonly Pick<RelationshipDto, 'date'>[],
  filter: DateFilter | undefined,
): string | null {
  if (!isDateFilterActive(filter)) return null;
  const hidden = edges.filter((edge) => !passesDateFilter(edge, filter));
  const undated = hidden.filter((edge) => edge.date === null).length;
  const range = `${filter.from ?? '…'} – ${filter.to ?? '…'}`;
  return `dates ${range}: ${String(hidden.length - undated)} dated and ${String(undated)} undated hidden`;
}
