import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { reportListSpec, toReportQuery } from './report-list-state';

const UNIT = '0190a0b0-0000-7000-8000-0000000d0101';

describe('report list state', () => {
  it('reads period, level and unit from the URL and ignores what is not one', () => {
    const state = readUrlState(reportListSpec, new URLSearchParams(`period=2026-11&level=city&unit=${UNIT}`));
    expect(state).toEqual({ period: '2026-11', level: 'city', unit: UNIT, limit: 50 });
    expect(
      readUrlState(reportListSpec, new URLSearchParams('period=2026-13&level=province&unit=gz')),
    ).toEqual({ period: undefined, level: undefined, unit: undefined, limit: 50 });
  });

  it('asks for the count with the first page only', () => {
    const state = { period: '2026-11', level: undefined, unit: UNIT, limit: 20 };
    expect(toReportQuery(state, undefined)).toMatchObject({ orgUnitId: UNIT, count: true, limit: 20 });
    expect(toReportQuery(state, 'next').count).toBeUndefined();
  });
});
