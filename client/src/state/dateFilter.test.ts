import { describe, expect, it } from 'vitest';
import {
  dateFilterNote,
  datedExtent,
  isDateFilterActive,
  NO_DATE_FILTER,
  passesDateFilter,
} from './dateFilter.ts';

const edges = [{ date: '2017' }, { date: '2022-11' }, { date: '2023-03-23' }, { date: null }];

describe('the date filter', () => {
  it('is off by default and lets everything through', () => {
    expect(isDateFilterActive(NO_DATE_FILTER)).toBe(false);
    expect(isDateFilterActive(undefined)).toBe(false);
    expect(edges.every((edge) => passesDateFilter(edge, NO_DATE_FILTER))).toBe(true);
    expect(dateFilterNote(edges, NO_DATE_FILTER)).toBeNull();
  });

  it('keeps dated relationships whose period overlaps the range, and undated ones on request', () => {
    const march = { from: '2023-03-01', to: '2023-03-31', showUndated: true };
    expect(edges.map((edge) => passesDateFilter(edge, march))).toStrictEqual([
      false,
      false,
      true,
      true,
    ]);
    const withoutUndated = { ...march, showUndated: false };
    expect(edges.map((edge) => passesDateFilter(edge, withoutUndated))).toStrictEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(dateFilterNote(edges, withoutUndated)).toBe(
      'dates 2023-03-01 – 2023-03-31: 2 dated and 1 undated hidden',
    );
  });

  it('hides only the undated ones when no range is set and undated are off', () => {
    const filter = { from: null, to: null, showUndated: false };
    expect(isDateFilterActive(filter)).toBe(true);
    expect(edges.map((edge) => passesDateFilter(edge, filter))).toStrictEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(dateFilterNote(edges, filter)).toBe('dates … – …: 0 dated and 1 undated hidden');
  });

  it('finds the extent of the dated relationships', () => {
    expect(datedExtent(edges)).toStrictEqual({
      dated: 3,
      undated: 1,
      first: '2017',
      last: '2023-03-23',
    });
  });
});
