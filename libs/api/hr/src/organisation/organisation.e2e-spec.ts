import { expectProblem } from '@zhanggui/api-platform/testing';
import { createEmployee, createHrWorld, createPosition, HrWorld, unique } from '../testing/hr-fixtures';

describe('positions, headcount plans, work calendar and HR approval chains', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);

  it('HR creates and edits positions with duties; codes are unique; managers read their own unit’s', async () => {
    const code = `P-${unique()}`;
    const created = await as('hr')
      .post('/api/v1/positions')
      .send({ code, title: '区域销售', orgUnitId: w.org.sales, duties: '开拓华南市场', grade: 'P3' })
      .expect(201);
    expect(created.body).toMatchObject({ code, duties: '开拓华南市场', status: 'active', grade: 'P3' });
    expectProblem(
      await as('hr')
        .post('/api/v1/positions')
        .send({ code: code.toLowerCase(), title: 'x', orgUnitId: w.org.sales }),
      409,
      'POSITION_CODE_TAKEN',
    );
    expectProblem(
      await as('hr')
        .post('/api/v1/positions')
        .send({ code: `P-${unique()}`, title: 'x', orgUnitId: '00000000-0000-7000-8000-000000000000' }),
      422,
      'ORG_UNIT_UNKNOWN',
    );
    const updated = await as('hr')
      .patch(`/api/v1/positions/${created.body.id}`)
      .set('If-Match', `"${created.body.version}"`)
      .send({ duties: '开拓华南及西南市场' })
      .expect(200);
    expect(updated.body.duties).toBe('开拓华南及西南市场');
    await as('salesManager')
      .post('/api/v1/positions')
      .send({ code: 'x', title: 'x', orgUnitId: w.org.sales })
      .expect(403);
    await as('salesManager').get(`/api/v1/positions/${created.body.id}`).expect(200);
    const listed = await as('hr').get(`/api/v1/positions?orgUnitId=${w.org.sales}&limit=200`).expect(200);
    expect(listed.body.data.map((p: { id: string }) => p.id)).toContain(created.body.id);
    await as('editor').get('/api/v1/positions').expect(403);
  });

  it('sets a year’s headcount plan (编制) and reports planned, filled, open and available', async () => {
    const position = await createPosition(w, w.org.sales, 3, '2027');
    await createEmployee(w, w.org.sales, { positionId: position.id });
    const set = await as('hr')
      .put(`/api/v1/positions/${position.id}/headcount/2027`)
      .send({ planned: 4, note: '年中追加' })
      .expect(200);
    expect(set.body).toMatchObject({
      period: '2027',
      planned: 4,
      filled: 1,
      open: 0,
      available: 3,
      note: '年中追加',
    });
    expectProblem(
      await as('hr').put(`/api/v1/positions/${position.id}/headcount/27`).send({ planned: 4 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await as('hr').put(`/api/v1/positions/${position.id}/headcount/2027`).send({ planned: -1 }),
      400,
      'VALIDATION_FAILED',
    );
    const plan = await as('salesManager')
      .get(`/api/v1/headcount-plans?orgUnitId=${w.org.sales}&period=2027`)
      .expect(200);
    expect(plan.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ positionId: position.id, planned: 4, filled: 1, available: 3 }),
      ]),
    );
    const chart = await as('hr').get('/api/v1/org-chart?period=2027').expect(200);
    const sales = chart.body.units.find((u: { id: string }) => u.id === w.org.sales);
    expect(sales.positions).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: position.id, planned: 4, filled: 1 })]),
    );
  });

  it('HR maintains the work calendar; the customer-service lead reads it', async () => {
    const years = await as('csLead').get('/api/v1/work-calendar/years').expect(200);
    expect(years.body.years).toEqual(expect.arrayContaining([2025, 2026]));
    const days = await as('csLead').get('/api/v1/work-calendar/days?year=2026').expect(200);
    expect(days.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ date: '2026-10-01', kind: 'holiday' })]),
    );
    expect(days.body.some((d: { kind: string }) => d.kind === 'make-up-workday')).toBe(true);

    await as('hr')
      .put('/api/v1/work-calendar/days/2027-06-01')
      .send({ kind: 'holiday', name: '公司周年庆' })
      .expect(200);
    const y2027 = await as('hr').get('/api/v1/work-calendar/days?year=2027').expect(200);
    expect(y2027.body).toEqual(
      expect.arrayContaining([{ date: '2027-06-01', kind: 'holiday', name: '公司周年庆' }]),
    );
    await as('hr').delete('/api/v1/work-calendar/days/2027-06-01').expect(204);
    const after = await as('hr').get('/api/v1/work-calendar/days?year=2027').expect(200);
    expect(after.body.map((d: { date: string }) => d.date)).not.toContain('2027-06-01');
    expectProblem(
      await as('hr').put('/api/v1/work-calendar/days/2027-02-30').send({ kind: 'holiday', name: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    // A blank name is a field error, not the table's check failing (found by the fuzzer as a 500).
    const blank = expectProblem(
      await as('hr').put('/api/v1/work-calendar/days/2027-06-02').send({ kind: 'holiday', name: '   ' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(blank.errors?.map((e) => e.field)).toEqual(['name']);
    expectProblem(
      await as('hr').put('/api/v1/work-calendar/days/2027-06-02').send({ kind: 'weekend', name: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await as('hr').get('/api/v1/work-calendar/days?year=99'), 400, 'VALIDATION_FAILED');
    await as('csLead')
      .put('/api/v1/work-calendar/days/2027-06-01')
      .send({ kind: 'holiday', name: 'x' })
      .expect(403);
    await as('salesManager').get('/api/v1/work-calendar/years').expect(403);
  });

  it('HR configures the approval chain of each request type', async () => {
    const chains = await as('salesManager').get('/api/v1/hr-approval-chains').expect(200);
    const subjects = chains.body.map((c: { subject: string }) => c.subject);
    expect(subjects).toEqual(
      expect.arrayContaining(['hiring_request', 'probation_review', 'action:raise', 'action:dismissal']),
    );
    expect(chains.body.find((c: { subject: string }) => c.subject === 'action:raise')).toEqual({
      subject: 'action:raise',
      steps: [{ role: 'general-manager' }, { role: 'hr' }],
      configured: false,
    });
    await as('hr')
      .put('/api/v1/hr-approval-chains/action:promotion')
      .send({
        steps: [{ role: 'sales-manager', at: 'department' }, { role: 'general-manager' }, { role: 'hr' }],
      })
      .expect(200);
    const after = await as('hr').get('/api/v1/hr-approval-chains').expect(200);
    expect(after.body.find((c: { subject: string }) => c.subject === 'action:promotion')).toMatchObject({
      configured: true,
      steps: [{ role: 'sales-manager', at: 'department' }, { role: 'general-manager' }, { role: 'hr' }],
    });
    expectProblem(
      await as('hr')
        .put('/api/v1/hr-approval-chains/action:nap')
        .send({ steps: [{ role: 'hr' }] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await as('hr').put('/api/v1/hr-approval-chains/action:raise').send({ steps: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await as('hr')
        .put('/api/v1/hr-approval-chains/action:raise')
        .send({ steps: [{ role: 'janitor' }] }),
      400,
      'VALIDATION_FAILED',
    );
    await as('salesManager')
      .put('/api/v1/hr-approval-chains/action:raise')
      .send({ steps: [{ role: 'hr' }] })
      .expect(403);
  });
});
