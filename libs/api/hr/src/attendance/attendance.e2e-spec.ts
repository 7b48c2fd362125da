import { beijingDate } from '@zhanggui/api-platform';
import { countQueries, ensureCalendarYear, expectProblem } from '@zhanggui/api-platform/testing';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import { createHrWorld, createPosition, eventually, HrWorld } from '../testing/hr-fixtures';

/**
 * October 2026: National Day 1–7 (1, 2, 5, 6, 7 are weekdays off), Saturday the 10th is a make-up working day.
 * 22 weekdays − 5 + 1 = 18 working days.
 */
describe('attendance: shifts, punches, leave, overtime, the monthly summary and its lock', () => {
  let w: HrWorld;
  let sales: { id: string; number: string };
  let salesTwo: { id: string; number: string };
  let cs: { id: string; number: string };
  beforeAll(async () => {
    w = await createHrWorld();
    const hire = async (unit: string, name: string) => {
      const position = await createPosition(w, unit, 5);
      return (
        await as('hr')
          .post('/api/v1/employees')
          .send({ name, positionId: position.id, hireDate: '2020-01-01', status: 'regular' })
          .expect(201)
      ).body;
    };
    sales = await hire(w.org.sales, '王伟');
    salesTwo = await hire(w.org.sales, '李芳');
    cs = await hire(w.org.cs, '张娜');
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);
  const approve = async (approvalId: string, ...who: Array<keyof HrWorld['people']>) => {
    for (const person of who)
      await as(person)
        .post(`/api/v1/approval-requests/${approvalId}/decisions`)
        .send({ decision: 'approve' })
        .expect(200);
  };
  const octoberWorkingDays = [
    '2026-10-08',
    '2026-10-09',
    '2026-10-10',
    '2026-10-12',
    '2026-10-13',
    '2026-10-14',
    '2026-10-15',
    '2026-10-16',
    '2026-10-19',
    '2026-10-20',
    '2026-10-21',
    '2026-10-22',
    '2026-10-23',
    '2026-10-26',
    '2026-10-27',
    '2026-10-28',
    '2026-10-29',
    '2026-10-30',
  ];

  it('defines a shift with lunch and assigns it to a unit; a shift ending before it starts is refused', async () => {
    expectProblem(
      await as('hr')
        .post('/api/v1/shifts')
        .send({ code: 'BAD', name: 'x', startsAt: '18:00', endsAt: '09:00' }),
      422,
      'SHIFT_TIMES_INVALID',
    );
    const shift = await as('hr')
      .post('/api/v1/shifts')
      .send({
        code: 'DAY',
        name: '白班',
        startsAt: '09:00',
        endsAt: '18:00',
        breakStartsAt: '12:00',
        breakEndsAt: '13:00',
        graceMinutes: 5,
      })
      .expect(201);
    expectProblem(
      await as('hr')
        .post('/api/v1/shifts')
        .send({ code: 'day', name: '重复', startsAt: '09:00', endsAt: '18:00' }),
      409,
      'SHIFT_CODE_TAKEN',
    );
    await as('salesManager')
      .post('/api/v1/shifts')
      .send({ code: 'X', name: 'x', startsAt: '09:00', endsAt: '18:00' })
      .expect(403);
    await as('hr')
      .post(`/api/v1/shifts/${shift.body.id}/assignments`)
      .send({ orgUnitId: w.org.sales, startsOn: '2026-01-01' })
      .expect(201);
    // A later shift for one employee from November does not change October.
    const late = await as('hr')
      .post('/api/v1/shifts')
      .send({ code: 'LATE', name: '晚班', startsAt: '13:00', endsAt: '22:00' })
      .expect(201);
    await as('hr')
      .post(`/api/v1/shifts/${late.body.id}/assignments`)
      .send({ employeeId: sales.id, startsOn: '2026-11-01' })
      .expect(201);
    const list = await as('salesManager').get('/api/v1/shifts').expect(200);
    expect(list.body.data.map((s: { code: string }) => s.code)).toEqual(['DAY', 'LATE']);

    // Shifts are the company's, who works them is each unit's: HR of another unit neither sees nor assigns.
    const csHr = await userWithRoles(w.t, w.admin, [{ role: 'hr', orgUnitId: w.org.cs }]);
    const assign = (orgUnitId: string) =>
      w.t
        .http(csHr.auth)
        .post(`/api/v1/shifts/${late.body.id}/assignments`)
        .send({ orgUnitId, startsOn: '2026-12-01' });
    const [theirs, nobodys] = [
      await assign(w.org.sales),
      await assign('01a21f21-0000-7000-8000-0000000000ff'),
    ];
    expectProblem(theirs, 422, 'ORG_UNIT_UNKNOWN');
    expect(theirs.body.errors).toEqual(nobodys.body.errors);
    for (const id of [shift.body.id, late.body.id])
      expect((await w.t.http(csHr.auth).get(`/api/v1/shifts/${id}/assignments`).expect(200)).body).toEqual(
        [],
      );
    const ofSales = await as('salesManager').get(`/api/v1/shifts/${late.body.id}/assignments`).expect(200);
    expect(ofSales.body).toEqual([expect.objectContaining({ employeeId: sales.id, startsOn: '2026-11-01' })]);
  });

  it('imports October’s punches from CSV, reporting bad rows by line and skipping punches sent twice', async () => {
    const lines = ['工号,打卡时间,设备'];
    for (const date of octoberWorkingDays) {
      if (date === '2026-10-12' || date === '2026-10-13' || date === '2026-10-14') continue; // leave, leave, absent
      lines.push(`${sales.number},${date} ${date === '2026-10-09' ? '09:20' : '08:55'},GATE`);
      lines.push(`${sales.number},${date} 18:05,GATE`);
    }
    lines.push(`E99999,2026-10-15 09:00,GATE`);
    lines.push(`${sales.number},15/10/2026 09:00,GATE`);
    const imported = await as('hr')
      .post('/api/v1/clock-records/imports')
      .send({ csv: lines.join('\n') })
      .expect(200);
    expect(imported.body).toEqual({
      imported: 30,
      duplicates: 0,
      errors: [
        { line: 32, field: 'employeeNumber', message: 'no employee E99999' },
        { line: 33, field: 'clockedAt', message: expect.stringContaining('YYYY-MM-DD HH:MM') },
      ],
    });
    const again = await as('hr')
      .post('/api/v1/clock-records/imports')
      .send({ csv: lines.slice(0, 3).join('\n') })
      .expect(200);
    expect(again.body).toMatchObject({ imported: 0, duplicates: 2, errors: [] });
    await as('salesManager')
      .post('/api/v1/clock-records/imports')
      .send({ csv: lines.join('\n') })
      .expect(403);

    const records = await as('salesManager')
      .get(`/api/v1/clock-records?employeeId=${sales.id}&month=2026-10&limit=2`)
      .expect(200);
    expect(records.body.data[0]).toMatchObject({ workDate: '2026-10-30', source: 'csv', device: 'GATE' });
    expect(records.body.nextCursor).toEqual(expect.any(String));
    const csRecords = await as('csLead').get(`/api/v1/clock-records?employeeId=${sales.id}`).expect(200);
    expect(csRecords.body.data).toEqual([]);
  });

  it('takes punches from a clock device with an API key, limited to the key’s unit', async () => {
    const key = (
      await w.t
        .http(w.admin.auth)
        .post('/api/v1/api-keys')
        .send({ name: '销售部考勤机', permissions: ['clock-records:submit'], orgUnitId: w.org.sales })
        .expect(201)
    ).body;
    const device = w.t.http(`Bearer ${key.secret}`);
    const result = await device
      .post('/api/v1/clock-records/device-punches')
      .send({
        deviceId: 'GATE-2',
        punches: [
          { employeeNumber: salesTwo.number, clockedAt: '2026-10-08T00:58:00.000Z' },
          { employeeNumber: salesTwo.number, clockedAt: '2026-10-08T10:01:00.000Z' },
          { employeeNumber: cs.number, clockedAt: '2026-10-08T01:00:00.000Z' },
        ],
      })
      .expect(200);
    expect(result.body).toMatchObject({
      imported: 2,
      errors: [{ line: 2, field: 'employeeNumber', message: `no employee ${cs.number}` }],
    });
    await device.get('/api/v1/clock-records').expect(403);
  });

  it('grants annual leave by years of service and deducts it only on approval', async () => {
    await as('hr').post('/api/v1/leave-balances/accruals').send({ year: 2026 }).expect(200);
    const again = await as('hr').post('/api/v1/leave-balances/accruals').send({ year: 2026 }).expect(200);
    expect(again.body.created).toBe(0);
    const balance = async () =>
      (await as('salesManager').get(`/api/v1/leave-balances?employeeId=${sales.id}&year=2026`).expect(200))
        .body.data[0];
    expect(await balance()).toMatchObject({ leaveType: 'annual', entitled: 5, used: 0, remaining: 5 });

    const types = await as('hr').get('/api/v1/leave-types').expect(200);
    expect(types.body.map((t: { code: string }) => t.code)).toEqual(
      expect.arrayContaining(['annual', 'sick', 'personal', 'marriage', 'maternity', 'bereavement']),
    );

    // The manager files for their own people only.
    expectProblem(
      await as('csLead').post('/api/v1/leave-requests').send({
        employeeId: sales.id,
        leaveType: 'annual',
        startsOn: '2026-10-12',
        endsOn: '2026-10-13',
        reason: 'x',
      }),
      404,
      'EMPLOYEE_NOT_FOUND',
    );
    const leave = await as('salesManager')
      .post('/api/v1/leave-requests')
      .send({
        employeeId: sales.id,
        leaveType: 'annual',
        startsOn: '2026-10-11',
        endsOn: '2026-10-13',
        reason: '回老家',
      })
      .expect(201);
    // Sunday the 11th is not a working day.
    expect(leave.body).toMatchObject({
      days: 2,
      status: 'pending_approval',
      number: expect.stringMatching(/^LV-\d{8}-\d{4}$/),
    });
    expect((await balance()).used).toBe(0);
    expectProblem(
      await as('salesManager').post('/api/v1/leave-requests').send({
        employeeId: sales.id,
        leaveType: 'sick',
        startsOn: '2026-10-13',
        endsOn: '2026-10-13',
        reason: 'x',
      }),
      409,
      'LEAVE_OVERLAPS',
    );
    await approve(leave.body.approvalRequestId, 'hr');
    await eventually(async () => {
      expect((await as('hr').get(`/api/v1/leave-requests/${leave.body.id}`)).body.status).toBe('approved');
    });
    expect(await balance()).toMatchObject({ used: 2, remaining: 3 });

    // Five days ask for more than the three left: two approvers say yes, the balance still says no.
    const tooLong = await as('salesManager')
      .post('/api/v1/leave-requests')
      .send({
        employeeId: sales.id,
        leaveType: 'annual',
        startsOn: '2026-11-02',
        endsOn: '2026-11-06',
        reason: '旅游',
      })
      .expect(201);
    await approve(tooLong.body.approvalRequestId, 'generalManager', 'hr');
    await eventually(async () => {
      const got = (await as('hr').get(`/api/v1/leave-requests/${tooLong.body.id}`)).body;
      expect(got.status).toBe('rejected');
      expect(got.statusNote).toMatch(/insufficient balance: 3 day/);
    });
    expect((await balance()).used).toBe(2);

    // Cancelling an approved leave gives the days back.
    const oneDay = await as('salesManager')
      .post('/api/v1/leave-requests')
      .send({
        employeeId: sales.id,
        leaveType: 'annual',
        startsOn: '2026-11-09',
        endsOn: '2026-11-09',
        reason: '办事',
      })
      .expect(201);
    await approve(oneDay.body.approvalRequestId, 'hr');
    await eventually(async () => expect((await balance()).used).toBe(3));
    const cancelled = await as('salesManager')
      .post(`/api/v1/leave-requests/${oneDay.body.id}/cancel`)
      .expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await balance()).used).toBe(2);

    // HR adjusts an entitlement (years worked elsewhere), never below what is taken.
    const current = await balance();
    expectProblem(
      await as('hr').put(`/api/v1/leave-balances/${current.id}`).send({ entitled: 1, note: '更正' }),
      422,
      'LEAVE_REQUEST_INVALID',
    );
    await as('salesManager')
      .put(`/api/v1/leave-balances/${current.id}`)
      .send({ entitled: 10, note: 'x' })
      .expect(403);
    // HR of another unit gets what an unknown balance gets, and changes nothing.
    const csHr = await userWithRoles(w.t, w.admin, [{ role: 'hr', orgUnitId: w.org.cs }]);
    const outside = await w.t
      .http(csHr.auth)
      .put(`/api/v1/leave-balances/${current.id}`)
      .send({ entitled: 30, note: '越权' });
    expectProblem(outside, 404, 'LEAVE_BALANCE_NOT_FOUND');
    expect((await balance()).entitled).toBe(current.entitled);
    const adjusted = await as('hr')
      .put(`/api/v1/leave-balances/${current.id}`)
      .send({ entitled: 10, note: '含入职前工作年限 12 年' })
      .expect(200);
    expect(adjusted.body).toMatchObject({
      entitled: 10,
      used: 2,
      remaining: 8,
      note: '含入职前工作年限 12 年',
    });

    expectProblem(
      await as('salesManager').post('/api/v1/leave-requests').send({
        employeeId: sales.id,
        leaveType: 'marriage',
        startsOn: '2026-11-16',
        endsOn: '2026-11-20',
        reason: 'x',
      }),
      422,
      'LEAVE_REQUEST_INVALID',
    );
    expectProblem(
      await as('salesManager').post('/api/v1/leave-requests').send({
        employeeId: sales.id,
        leaveType: 'annual',
        startsOn: '2026-10-03',
        endsOn: '2026-10-04',
        reason: 'x',
      }),
      422,
      'LEAVE_REQUEST_INVALID',
    );
  });

  it('records overtime with the multiplier of the day’s kind for payroll', async () => {
    const holiday = await as('salesManager')
      .post('/api/v1/overtime-requests')
      .send({ employeeId: sales.id, workDate: '2026-10-03', hours: 8, reason: '国庆大促值班' })
      .expect(201);
    expect(holiday.body).toMatchObject({ kind: 'public_holiday', multiplier: 3, status: 'pending_approval' });
    const weekend = await as('salesManager')
      .post('/api/v1/overtime-requests')
      .send({ employeeId: sales.id, workDate: '2026-10-11', hours: 4, reason: '盘点' })
      .expect(201);
    expect(weekend.body).toMatchObject({ kind: 'rest_day', multiplier: 2 });
    const weekday = await as('salesManager')
      .post('/api/v1/overtime-requests')
      .send({ employeeId: sales.id, workDate: '2026-10-10', hours: 1.5, reason: '调休日加班' })
      .expect(201);
    expect(weekday.body).toMatchObject({ kind: 'weekday', multiplier: 1.5 });
    await approve(holiday.body.approvalRequestId, 'hr');
    await approve(weekday.body.approvalRequestId, 'hr');
    await as('hr')
      .post('/api/v1/approval-requests/' + weekend.body.approvalRequestId + '/decisions')
      .send({ decision: 'reject' })
      .expect(200);
    await eventually(async () => {
      expect((await as('hr').get(`/api/v1/overtime-requests/${weekday.body.id}`)).body.status).toBe(
        'approved',
      );
      expect((await as('hr').get(`/api/v1/overtime-requests/${weekend.body.id}`)).body.status).toBe(
        'rejected',
      );
      expect((await as('hr').get(`/api/v1/overtime-requests/${holiday.body.id}`)).body.status).toBe(
        'approved',
      );
    });
  });

  it('summarises October across the holiday week and the make-up Saturday', async () => {
    const month = await as('hr').get('/api/v1/attendance-months/2026-10').expect(200);
    expect(month.body).toMatchObject({
      month: '2026-10',
      locked: false,
      calendarMaintained: true,
      expectedDays: 18,
    });

    const page = await as('salesManager')
      .get(`/api/v1/attendance-summaries?month=2026-10&employeeId=${sales.id}`)
      .expect(200);
    const summary = page.body.data[0];
    expect(summary).toMatchObject({
      employeeId: sales.id,
      locked: false,
      expectedDays: 18,
      daysWorked: 15,
      lateCount: 1,
      earlyLeaveCount: 0,
      missingPunchCount: 0,
      absenceDays: 1,
      leaveDays: { annual: 2 },
      overtimeHours: { weekday: 1.5, rest_day: 0, public_holiday: 8 },
    });
    const day = (date: string) => summary.days.find((d: { date: string }) => d.date === date);
    expect(day('2026-10-01')).toEqual({ date: '2026-10-01', kind: 'holiday', status: 'off' });
    expect(day('2026-10-10')).toEqual({ date: '2026-10-10', kind: 'make-up-workday', status: 'worked' });
    expect(day('2026-10-09').status).toBe('late');
    expect(day('2026-10-14').status).toBe('absent');

    // The device's punches (Beijing 08:58 and 18:01 on the 8th) make one worked day for the colleague.
    const two = (
      await as('hr').get(`/api/v1/attendance-summaries?month=2026-10&employeeId=${salesTwo.id}`).expect(200)
    ).body.data[0];
    expect(two).toMatchObject({ daysWorked: 1, absenceDays: 17, lateCount: 0, earlyLeaveCount: 0 });

    // A manager sees their unit only.
    const csView = await as('csLead').get('/api/v1/attendance-summaries?month=2026-10').expect(200);
    expect(csView.body.data.map((s: { employeeId: string }) => s.employeeId)).toEqual([cs.id]);
    await as('editor').get('/api/v1/attendance-summaries?month=2026-10').expect(403);
    expectProblem(await as('hr').get('/api/v1/attendance-summaries?month=2026-13'), 400, 'VALIDATION_FAILED');
  });

  it('serves a page of summaries with the same number of statements for 1 or 3 employees', async () => {
    const few = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/attendance-summaries?month=2026-10&limit=1').expect(200),
    );
    const many = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/attendance-summaries?month=2026-10&limit=3').expect(200),
    );
    expect(many.result.body.data).toHaveLength(3);
    expect(many.count).toBe(few.count);
    for (const list of [
      '/api/v1/leave-requests',
      '/api/v1/overtime-requests',
      '/api/v1/clock-records',
      '/api/v1/leave-balances',
    ]) {
      const one = await countQueries(w.t, (http) =>
        http(w.people.hr.auth).get(`${list}?limit=1`).expect(200),
      );
      const three = await countQueries(w.t, (http) =>
        http(w.people.hr.auth).get(`${list}?limit=3`).expect(200),
      );
      expect(three.count).toBe(one.count);
    }
  });

  it('locks a month for payroll: frozen summaries, AttendanceLocked, and 409 for any change in the month', async () => {
    await as('salesManager').post('/api/v1/attendance-months/2026-10/lock').expect(403);
    expectProblem(
      await as('hr').post('/api/v1/attendance-months/2024-10/lock'),
      422,
      'WORK_CALENDAR_NOT_MAINTAINED',
    );
    const thisMonth = beijingDate(new Date()).slice(0, 7);
    await ensureCalendarYear(w.t, Number(thisMonth.slice(0, 4)));
    expectProblem(
      await as('hr').post(`/api/v1/attendance-months/${thisMonth}/lock`),
      422,
      'ATTENDANCE_MONTH_NOT_OVER',
    );

    const locked = await as('hr').post('/api/v1/attendance-months/2026-10/lock').expect(200);
    expect(locked.body).toMatchObject({ month: '2026-10', locked: true, employees: 3 });
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'AttendanceLocked'`,
    );
    expect(event.payload).toMatchObject({ month: '2026-10', employees: 3 });
    expectProblem(
      await as('hr').post('/api/v1/attendance-months/2026-10/lock'),
      409,
      'ATTENDANCE_MONTH_LOCKED',
    );

    const frozen = (
      await as('hr').get(`/api/v1/attendance-summaries?month=2026-10&employeeId=${sales.id}`).expect(200)
    ).body.data[0];
    expect(frozen).toMatchObject({
      locked: true,
      expectedDays: 18,
      daysWorked: 15,
      leaveDays: { annual: 2 },
    });

    const late = await as('hr')
      .post('/api/v1/clock-records/imports')
      .send({ csv: `工号,打卡时间\n${sales.number},2026-10-14 09:00` })
      .expect(200);
    expect(late.body).toMatchObject({
      imported: 0,
      errors: [{ line: 2, field: 'clockedAt', message: '2026-10 is locked' }],
    });
    expectProblem(
      await as('salesManager').post('/api/v1/leave-requests').send({
        employeeId: salesTwo.id,
        leaveType: 'sick',
        startsOn: '2026-10-30',
        endsOn: '2026-11-02',
        reason: 'x',
      }),
      409,
      'ATTENDANCE_MONTH_LOCKED',
    );
    expectProblem(
      await as('salesManager')
        .post('/api/v1/overtime-requests')
        .send({ employeeId: salesTwo.id, workDate: '2026-10-20', hours: 2, reason: 'x' }),
      409,
      'ATTENDANCE_MONTH_LOCKED',
    );
    const october = (
      await as('hr').get(`/api/v1/leave-requests?employeeId=${sales.id}&status=approved`).expect(200)
    ).body.data.find((l: { startsOn: string }) => l.startsOn === '2026-10-11');
    expectProblem(
      await as('salesManager').post(`/api/v1/leave-requests/${october.id}/cancel`),
      409,
      'ATTENDANCE_MONTH_LOCKED',
    );
  });
});
