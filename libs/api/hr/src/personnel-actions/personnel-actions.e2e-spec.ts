import { beijingDate } from '@zhanggui/api-platform';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { addDays } from '../shared/dates';
import {
  createEmployee,
  createHrWorld,
  createPosition,
  decide,
  eventsOf,
  eventually,
  HrWorld,
} from '../testing/hr-fixtures';
import { PersonnelActionsService } from './personnel-actions.service';

/** Expects a 201, showing the problem otherwise. */
const created = (r: { status: number; body: unknown }) => {
  if (r.status !== 201) throw new Error(`expected 201, got ${r.status}: ${JSON.stringify(r.body)}`);
};

describe('personnel actions (人事异动): approval chains, effective dates, history, payroll events', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);
  const today = beijingDate(new Date());
  const status = async (id: string) =>
    (await as('hr').get(`/api/v1/personnel-actions/${id}`).expect(200)).body.status;

  it('a raise approved by the general manager then HR takes effect and feeds payroll the new salary', async () => {
    const employee = await createEmployee(w, w.org.sales, { salary: 800000, status: 'regular' });
    const proposed = await as('hr')
      .post('/api/v1/personnel-actions')
      .send({
        employeeId: employee.id,
        type: 'raise',
        effectiveOn: today,
        salary: 950000,
        reason: '年度调薪',
      })
      .expect(created);
    expect(proposed.body).toMatchObject({
      number: expect.stringMatching(/^PA-\d{8}-\d{4}$/),
      status: 'pending_approval',
      changes: { salary: 950000 },
      currency: 'CNY',
    });
    // Step 1 is the general manager's: HR cannot decide it yet.
    expect(
      (
        await as('hr')
          .post(`/api/v1/approval-requests/${proposed.body.approvalRequestId}/decisions`)
          .send({ decision: 'approve' })
      ).status,
    ).toBeGreaterThanOrEqual(400);
    await decide(w, proposed.body.approvalRequestId, ['generalManager']);
    expect(await status(proposed.body.id)).toBe('pending_approval');
    await decide(w, proposed.body.approvalRequestId, ['hrLead']);
    await eventually(async () => expect(await status(proposed.body.id)).toBe('effective'));

    const file = await as('hr').get(`/api/v1/employees/${employee.id}`).expect(200);
    expect(file.body.salary).toBe(950000);
    const [event] = await eventsOf(w, 'PersonnelActionEffective', 'actionId', proposed.body.id);
    expect(event).toMatchObject({
      type: 'raise',
      salary: 950000,
      amount: null,
      currency: 'CNY',
      effectiveOn: today,
    });
    const history = await as('hr').get(`/api/v1/employees/${employee.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['raise-proposed', 'approved', 'raise-effective']),
    );
    // The unit's manager sees the action, but not the salary in it.
    const seen = await as('salesManager').get(`/api/v1/personnel-actions/${proposed.body.id}`).expect(200);
    expect(seen.body.changes).toEqual({});
    expect(seen.text).not.toContain('950000');
  });

  it('a future-dated transfer waits for its date and is applied once by the daily job', async () => {
    const employee = await createEmployee(w, w.org.sales, { status: 'regular' });
    const target = await createPosition(w, w.org.cs, 3);
    const effectiveOn = addDays(today, 10);
    const proposed = await as('hr')
      .post('/api/v1/personnel-actions')
      .send({
        employeeId: employee.id,
        type: 'internal_transfer',
        effectiveOn,
        positionId: target.id,
        reason: '调往客服部',
      })
      .expect(created);
    await decide(w, proposed.body.approvalRequestId, ['generalManager', 'hrLead']);
    await eventually(async () => expect(await status(proposed.body.id)).toBe('approved'));
    expect((await as('hr').get(`/api/v1/employees/${employee.id}`)).body.positionId).toBe(
      employee.positionId,
    );

    const job = w.t.app.get(PersonnelActionsService);
    await job.applyDue(addDays(effectiveOn, -1));
    expect(await status(proposed.body.id)).toBe('approved');
    await job.applyDue(effectiveOn);
    await job.applyDue(addDays(effectiveOn, 1));
    expect(await status(proposed.body.id)).toBe('effective');
    const file = await as('hr').get(`/api/v1/employees/${employee.id}`).expect(200);
    expect(file.body).toMatchObject({ positionId: target.id, orgUnitId: w.org.cs });
    const primary = file.body.positions.filter((p: { isPrimary: boolean }) => p.isPrimary);
    expect(primary).toEqual([
      expect.objectContaining({ positionId: employee.positionId, endedOn: effectiveOn }),
      expect.objectContaining({ positionId: target.id, startedOn: effectiveOn, endedOn: null }),
    ]);
    expect(await eventsOf(w, 'PersonnelActionEffective', 'actionId', proposed.body.id)).toEqual([
      expect.objectContaining({
        type: 'internal_transfer',
        positionId: target.id,
        orgUnitId: w.org.cs,
        salary: null,
      }),
    ]);
  });

  it('a resignation marks the employee leaving, then left on the date; a cancelled one brings them back', async () => {
    const employee = await createEmployee(w, w.org.sales, { status: 'regular' });
    const effectiveOn = addDays(today, 30);
    const resign = await as('hr')
      .post('/api/v1/personnel-actions')
      .send({ employeeId: employee.id, type: 'resignation', effectiveOn, reason: '个人原因' })
      .expect(created);
    await decide(w, resign.body.approvalRequestId, ['generalManager', 'hrLead']);
    await eventually(async () =>
      expect((await as('hr').get(`/api/v1/employees/${employee.id}`)).body).toMatchObject({
        status: 'leaving',
        leaveDate: effectiveOn,
      }),
    );
    await w.t.app.get(PersonnelActionsService).applyDue(effectiveOn);
    expect((await as('hr').get(`/api/v1/employees/${employee.id}`)).body.status).toBe('left');
    expect(await eventsOf(w, 'EmployeeStatusChanged', 'employeeId', employee.id)).toEqual([
      expect.objectContaining({ from: 'regular', to: 'leaving' }),
      expect.objectContaining({ from: 'leaving', to: 'left' }),
    ]);
    // Nothing more for someone who has left, except a transfer back in.
    expectProblem(
      await as('hr')
        .post('/api/v1/personnel-actions')
        .send({ employeeId: employee.id, type: 'reward', effectiveOn: today, amount: 10000, reason: 'x' }),
      422,
      'EMPLOYEE_STATUS_INVALID',
    );

    const other = await createEmployee(w, w.org.sales, { status: 'regular' });
    const dismiss = await as('hr')
      .post('/api/v1/personnel-actions')
      .send({ employeeId: other.id, type: 'dismissal', effectiveOn, reason: '严重违纪' })
      .expect(created);
    await decide(w, dismiss.body.approvalRequestId, ['generalManager', 'hrLead']);
    await eventually(async () => expect(await status(dismiss.body.id)).toBe('approved'));
    await as('hr').post(`/api/v1/personnel-actions/${dismiss.body.id}/cancellation`).expect(200);
    expect((await as('hr').get(`/api/v1/employees/${other.id}`)).body).toMatchObject({
      status: 'regular',
      leaveDate: null,
    });
  });

  it('refuses actions that do not fit their type and illegal transitions (409)', async () => {
    const employee = await createEmployee(w, w.org.sales, { status: 'regular', salary: 700000 });
    const post = (body: object) =>
      as('hr')
        .post('/api/v1/personnel-actions')
        .send({ employeeId: employee.id, effectiveOn: today, reason: 'x', ...body });
    expect(expectProblem(await post({ type: 'raise' }), 422, 'PERSONNEL_ACTION_INVALID').errors).toEqual([
      { field: 'salary', message: 'is required for a raise' },
    ]);
    expectProblem(await post({ type: 'raise', salary: 700000 }), 422, 'PERSONNEL_ACTION_INVALID');
    expectProblem(await post({ type: 'dismissal', salary: 1 }), 422, 'PERSONNEL_ACTION_INVALID');
    expectProblem(
      await post({ type: 'promotion', positionId: '00000000-0000-7000-8000-000000000000' }),
      422,
      'POSITION_UNKNOWN',
    );
    expectProblem(await post({ type: 'raise', salary: -1 }), 400, 'VALIDATION_FAILED');
    expectProblem(await post({ type: 'nap', salary: 1 }), 400, 'VALIDATION_FAILED');

    const reward = await post({ type: 'reward', amount: 50000 }).expect(created);
    // Pending: withdrawn in the approval inbox, not here.
    expectProblem(
      await as('hr').post(`/api/v1/personnel-actions/${reward.body.id}/cancellation`),
      409,
      'PERSONNEL_ACTION_STATE',
    );
    await decide(w, reward.body.approvalRequestId, ['generalManager', 'hrLead']);
    await eventually(async () => expect(await status(reward.body.id)).toBe('effective'));
    expectProblem(
      await as('hr').post(`/api/v1/personnel-actions/${reward.body.id}/cancellation`),
      409,
      'PERSONNEL_ACTION_STATE',
    );
    expect((await eventsOf(w, 'PersonnelActionEffective', 'actionId', reward.body.id))[0]).toMatchObject({
      amount: 50000,
      salary: null,
    });

    const refused = await post({ type: 'grading', grade: 'P5' }).expect(created);
    await decide(w, refused.body.approvalRequestId, ['generalManager'], 'reject');
    await eventually(async () => expect(await status(refused.body.id)).toBe('rejected'));
    expectProblem(
      await as('hr').post(`/api/v1/personnel-actions/${refused.body.id}/cancellation`),
      409,
      'PERSONNEL_ACTION_STATE',
    );
    expect((await as('hr').get(`/api/v1/employees/${employee.id}`)).body.grade).not.toBe('P5');
  });

  it('routes each type through its configured chain, and a manager sees their unit’s actions only', async () => {
    await as('hr')
      .put('/api/v1/hr-approval-chains/action:reward')
      .send({ steps: [{ role: 'sales-manager', at: 'department' }] })
      .expect(200);
    const employee = await createEmployee(w, w.org.sales, { status: 'regular' });
    const reward = await as('hr')
      .post('/api/v1/personnel-actions')
      .send({
        employeeId: employee.id,
        type: 'reward',
        effectiveOn: today,
        amount: 20000,
        reason: '销售冠军',
      })
      .expect(created);
    await decide(w, reward.body.approvalRequestId, ['salesManager']);
    await eventually(async () => expect(await status(reward.body.id)).toBe('effective'));

    const mine = await as('salesManager')
      .get(`/api/v1/personnel-actions?employeeId=${employee.id}`)
      .expect(200);
    expect(mine.body.data.map((a: { id: string }) => a.id)).toEqual([reward.body.id]);
    expectProblem(
      await as('csLead').get(`/api/v1/personnel-actions/${reward.body.id}`),
      404,
      'PERSONNEL_ACTION_NOT_FOUND',
    );
    const theirs = await as('csLead').get('/api/v1/personnel-actions').expect(200);
    expect(theirs.body.data.map((a: { id: string }) => a.id)).not.toContain(reward.body.id);
    await as('salesManager').post('/api/v1/personnel-actions').send({}).expect(403);
    await as('editor').get('/api/v1/personnel-actions').expect(403);
  });

  it('filters by unit (with the units under it) and by effective date', async () => {
    const seller = await createEmployee(w, w.org.sales, { status: 'regular', salary: 700000 });
    const buyer = await createEmployee(w, w.org.sales, { status: 'regular', salary: 700000 });
    const agent = await createEmployee(w, w.org.cs, { status: 'regular', salary: 600000 });
    const propose = async (employeeId: string, effectiveOn: string) =>
      (
        await as('hr')
          .post('/api/v1/personnel-actions')
          .send({ employeeId, type: 'raise', effectiveOn, salary: 990000, reason: '调薪' })
          .expect(created)
      ).body.id as string;
    const early = await propose(seller.id, addDays(today, 40));
    const late = await propose(buyer.id, addDays(today, 90));
    const elsewhere = await propose(agent.id, addDays(today, 40));
    const ids = async (query: string) =>
      (await as('hr').get(`/api/v1/personnel-actions?${query}`).expect(200)).body.data.map(
        (a: { id: string }) => a.id,
      );

    const inSales = await ids(`orgUnitId=${w.org.sales}`);
    expect(inSales).toEqual(expect.arrayContaining([early, late]));
    expect(inSales).not.toContain(elsewhere);
    // The company is above both departments: its subtree holds all three.
    expect(await ids(`orgUnitId=${w.org.company}`)).toEqual(expect.arrayContaining([early, late, elsewhere]));
    const [from, to] = [addDays(today, 30), addDays(today, 60)];
    const window = (
      await as('hr')
        .get(`/api/v1/personnel-actions?orgUnitId=${w.org.sales}&effectiveFrom=${from}&effectiveTo=${to}`)
        .expect(200)
    ).body.data as Array<{ id: string; effectiveOn: string }>;
    // Earlier tests leave other sales actions behind: every row must fall in the window, and ours be among them.
    expect(window.map((a) => a.id)).toContain(early);
    expect(window.map((a) => a.id)).not.toContain(late);
    expect(window.every((a) => a.effectiveOn >= from && a.effectiveOn <= to)).toBe(true);
    expectProblem(
      await as('hr').get('/api/v1/personnel-actions?effectiveFrom=2027-02-30'),
      400,
      'VALIDATION_FAILED',
    );
  });
});
