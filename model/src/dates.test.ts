import { describe, expect, it } from 'vitest';
import { inDateRange, periodOf } from './dates.ts';

describe('periodOf', () => {
  it('covers a whole year, a whole month (leap years included) or one day', () => {
    expect(periodOf('2017')).toStrictEqual({ first: '2017-01-01', last: '2017-12-31' });
    expect(periodOf('2022-11')).toStrictEqual({ first: '2022-11-01', last: '2022-11-30' });
    expect(periodOf('2024-02')).toStrictEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodOf('2023-02')).toStrictEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(periodOf('2023-03-24')).toStrictEqual({ first: '2023-03-24', last: '2023-03-24' });
  });
});

describe('inDateRange', () => {
  it('keeps a date whose period overlaps the range, ends included', () => {
    const march = { from: '2023-03-01', to: '2023-03-24' };
    expect(inDateRange('2023-03-24', march)).toBe(true);
    expect(inDateRange('2023-03-25', march)).toBe(false);
    expect(inDateRange('2023-02-28', march)).toBe(false);
    expect(inDateRange('2023', march)).toBe(true);
    expect(inDateRange('2022-11', march)).toBe(false);
    expect(inDateRange('2022-11', { from: '2022-11-30', to: '2022-12-31' })).toBe(true);
    expect(inDateRange('2022-11', { from: '2022-12-01', to: null })).toBe(false);
  });

  it('treats a missing end as open', () => {
    expect(inDateRange('1999', { from: null, to: null })).toBe(true);
    expect(inDateRange('2017', { from: null, to: '2016-12-31' })).toBe(false);
    expect(inDateRange('2017', { from: '2017-12-31', to: null })).toBe(true);
  });
});
