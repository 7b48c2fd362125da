import { WorkingTimeCalendar } from '@zhanggui/api-platform';
import fc from 'fast-check';
import {
  annualLeaveEntitlement,
  leaveDaysOf,
  monthsBetween,
  overtimeKindOf,
  OVERTIME_MULTIPLIERS,
  summariseMonth,
  SummaryInput,
} from './attendance-rules';

// October 2026: National Day 1–7 (Thu–Wed), make-up working Saturday 10th.
const calendar = new WorkingTimeCalendar({
  holidays: [
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ],
  makeUpWorkdays: ['2026-10-10'],
});
const shift = { startsAt: '09:00', endsAt: '18:00', graceMinutes: 5 };
const base = (over: Partial<SummaryInput> = {}): SummaryInput => ({
  month: '2026-10',
  calendar,
  shiftOn: () => shift,
  hireDate: '2020-01-01',
  leaveDate: null,
  punches: [],
  leave: [],
  overtime: [],
  ...over,
});
const workingDays = calendar.workingDaysBetween('2026-10-01', '2026-10-31');
const fullPunches = (days: string[]) =>
  days.flatMap((date) => [
    { date, time: '08:55' },
    { date, time: '18:02' },
  ]);

describe('summariseMonth', () => {
  it('expects the calendar’s working days: holidays out, the make-up Saturday in', () => {
    // 22 weekdays in October 2026, 5 of them holidays (1, 2, 5, 6, 7), plus Saturday the 10th.
    expect(workingDays).toHaveLength(18);
    expect(workingDays).toContain('2026-10-10');
    const s = summariseMonth(base({ punches: fullPunches(workingDays) }));
    expect(s).toMatchObject({
      expectedDays: 18,
      daysWorked: 18,
      absenceDays: 0,
      lateCount: 0,
      earlyLeaveCount: 0,
    });
  });

  it('counts late after the grace minutes, early leave before the end, a single punch as missing', () => {
    const [d1, d2, d3, d4] = workingDays;
    const s = summariseMonth(
      base({
        punches: [
          { date: d1, time: '09:05' }, // on time: within 5 minutes' grace
          { date: d1, time: '18:00' },
          { date: d2, time: '09:06' }, // late
          { date: d2, time: '17:59' }, // and early
          { date: d3, time: '08:30' }, // one punch only
          ...fullPunches(workingDays.slice(4)),
        ],
      }),
    );
    expect(s).toMatchObject({
      daysWorked: 17,
      lateCount: 1,
      earlyLeaveCount: 1,
      missingPunchCount: 1,
      absenceDays: 1,
    });
    expect(s.days.find((d) => d.date === d2)!.status).toBe('late_early');
    expect(s.days.find((d) => d.date === d4)!.status).toBe('absent');
  });

  it('counts approved leave by type on working days only, and punches on holidays make no worked day', () => {
    const s = summariseMonth(
      base({
        punches: [
          ...fullPunches(workingDays.filter((d) => d < '2026-10-12' || d > '2026-10-16')),
          ...fullPunches(['2026-10-03']),
        ],
        leave: [{ type: 'annual', startsOn: '2026-10-10', endsOn: '2026-10-16' }],
        overtime: [
          { kind: 'public_holiday', hours: 8 },
          { kind: 'weekday', hours: 1.5 },
          { kind: 'weekday', hours: 1 },
        ],
      }),
    );
    // 10th (make-up Saturday) and 12–16th: 6 working days of leave; the 11th is Sunday.
    expect(s.leaveDays).toEqual({ annual: 6 });
    expect(s).toMatchObject({ expectedDays: 18, daysWorked: 12, absenceDays: 0 });
    expect(s.overtimeHours).toEqual({ weekday: 2.5, rest_day: 0, public_holiday: 8 });
  });

  it('expects only the days of employment', () => {
    const s = summariseMonth(base({ hireDate: '2026-10-19', leaveDate: '2026-10-23' }));
    expect(s).toMatchObject({ expectedDays: 5, absenceDays: 5 });
  });

  it('always adds up: expected = worked + absent + leave', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...workingDays, '2026-10-03', '2026-10-11')),
        fc.boolean(),
        (days, withLeave) => {
          const s = summariseMonth(
            base({
              punches: days.map((date) => ({ date, time: '09:00' })),
              leave: withLeave ? [{ type: 'sick', startsOn: '2026-10-20', endsOn: '2026-10-21' }] : [],
            }),
          );
          const leave = Object.values(s.leaveDays).reduce((a, b) => a + b, 0);
          expect(s.daysWorked + s.absenceDays + leave).toBe(s.expectedDays);
        },
      ),
    );
  });
});

describe('annualLeaveEntitlement', () => {
  it('gives 5, 10, 15 days by full years of service', () => {
    expect(annualLeaveEntitlement('2020-01-01', 2026)).toBe(5);
    expect(annualLeaveEntitlement('2016-01-01', 2026)).toBe(10);
    expect(annualLeaveEntitlement('2006-01-01', 2026)).toBe(15);
    expect(annualLeaveEntitlement('2026-03-01', 2026)).toBe(0);
    expect(annualLeaveEntitlement('2027-03-01', 2026)).toBe(0);
  });

  it('prorates the year a tier is reached over the days left, rounded down', () => {
    // One year on 2026-07-01: 184 of 365 days at 5 days → 2.52 → 2.
    expect(annualLeaveEntitlement('2025-07-01', 2026)).toBe(2);
    // Ten years on 2026-07-01: 181/365 × 5 + 184/365 × 10 = 7.52 → 7.
    expect(annualLeaveEntitlement('2016-07-01', 2026)).toBe(7);
  });

  it('counts years worked before joining when given', () => {
    expect(annualLeaveEntitlement('2025-01-01', 2026, 9)).toBe(10);
  });
});

describe('overtime and leave days', () => {
  it('maps the calendar to the statutory multipliers', () => {
    expect(OVERTIME_MULTIPLIERS[overtimeKindOf(calendar.dayKind('2026-10-01'))]).toBe(3);
    expect(OVERTIME_MULTIPLIERS[overtimeKindOf(calendar.dayKind('2026-10-11'))]).toBe(2);
    expect(OVERTIME_MULTIPLIERS[overtimeKindOf(calendar.dayKind('2026-10-10'))]).toBe(1.5);
    expect(OVERTIME_MULTIPLIERS[overtimeKindOf(calendar.dayKind('2026-10-12'))]).toBe(1.5);
  });

  it('counts working days, or calendar days for maternity leave', () => {
    // 30 Sep, 8, 9, 10 (make-up Saturday) and 12 Oct: the holiday week and Sunday the 11th do not count.
    expect(leaveDaysOf(calendar, '2026-09-30', '2026-10-12', 'working_days')).toBe(5);
    expect(leaveDaysOf(calendar, '2026-09-30', '2026-10-12', 'calendar_days')).toBe(13);
  });

  it('lists the months a range touches', () => {
    expect(monthsBetween('2026-11-28', '2027-01-02')).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
