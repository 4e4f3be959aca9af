/**
 * Relationship dates are as precise as the text: yyyy, yyyy-mm or
 * yyyy-mm-dd. A filter by day range must treat "2022-11" as the whole of
 * November, so a date is the period it covers. The server's Cypher
 * (RELATIONSHIPS_IN_PERIOD) applies the same rule; an integration test
 * checks the two agree.
 */

/** The first and last day a partial date covers, as yyyy-mm-dd. */
export function periodOf(date: string): { first: string; last: string } {
  const [year = '', month, day] = date.split('-');
  if (day !== undefined) return { first: date, last: date };
  if (month !== undefined) {
    const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { first: `${date}-01`, last: `${date}-${String(days).padStart(2, '0')}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** A day range, both ends inclusive; a null end is open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/**
 * Whether a dated relationship falls in the range: its period overlaps it.
 *
 * @example inDateRange('2022-11', { from: '2022-11-15', to: null }) // true
 */
export function inDateRange(date: string, { from, to }: DateRange): boolean {
  const { first, last } = periodOf(date);
  return (from === null || last >= from) && (to === null || first <= to);
}
