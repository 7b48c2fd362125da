import { expectProblem } from '@zhanggui/api-platform/testing';
import { createHrWorld, createPosition, eventually, HrWorld } from '../testing/hr-fixtures';

describe('recruitment: headcount, two-step approval, pipeline, hire', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);

  it('refuses hiring over the headcount plan with a 409 naming the position and the numbers', async () => {
    const position = await createPosition(w, w.org.sales, 1);
    const problem = expectProblem(
      await as('salesManager')
        .post('/api/v1/hiring-requests')
        .send({ positionId: position.id, headcount: 2, period: '2026', reason: '扩张' }),
      409,
      'HEADCOUNT_EXCEEDED',
    );
    expect(problem.detail).toContain(position.code);
    expect(problem.detail).toMatch(/1 planned/);
    expect(problem.errors).toEqual([{ field: 'headcount', message: 'at most 1 available' }]);
  });

  it('a manager cannot ask for another unit’s position', async () => {
    const position = await createPosition(w, w.org.cs, 3);
    expectProblem(
      await as('salesManager')
        .post('/api/v1/hiring-requests')
        .send({ positionId: position.id, headcount: 1, period: '2026', reason: 'x' }),
      422,
      'POSITION_UNKNOWN',
    );
  });

  it('goes through the general manager then HR, joins the plan, and hires a candidate onto probation', async () => {
    const position = await createPosition(w, w.org.sales, 2);
    const created = await as('salesManager')
      .post('/api/v1/hiring-requests')
      .send({ positionId: position.id, headcount: 1, period: '2026', reason: '华南扩张' })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'pending_approval',
      number: expect.stringMatching(/^HQ-\d{8}-\d{4}$/),
    });
    const approvalId = created.body.approvalRequestId;

    // HR cannot decide step 1; the general manager can.
    expect(
      (await as('hr').post(`/api/v1/approval-requests/${approvalId}/decisions`).send({ decision: 'approve' }))
        .status,
    ).toBeGreaterThanOrEqual(400);
    await as('generalManager')
      .post(`/api/v1/approval-requests/${approvalId}/decisions`)
      .send({ decision: 'approve' })
      .expect(200);
    const afterOne = await as('hr').get(`/api/v1/hiring-requests/${created.body.id}`).expect(200);
    expect(afterOne.body.status).toBe('pending_approval');
    await as('hr')
      .post(`/api/v1/approval-requests/${approvalId}/decisions`)
      .send({ decision: 'approve' })
      .expect(200);
    await eventually(async () => {
      expect((await as('hr').get(`/api/v1/hiring-requests/${created.body.id}`)).body.status).toBe('approved');
    });

    const plan = await as('salesManager').get('/api/v1/recruitment-plan?period=2026').expect(200);
    expect(plan.body.lines.map((l: { hiringRequestId: string }) => l.hiringRequestId)).toContain(
      created.body.id,
    );

    // Headcount now: 2 planned, 1 open → only 1 more may be requested.
    expectProblem(
      await as('salesManager')
        .post('/api/v1/hiring-requests')
        .send({ positionId: position.id, headcount: 2, period: '2026', reason: 'x' }),
      409,
      'HEADCOUNT_EXCEEDED',
    );

    const candidate = await as('hr')
      .post('/api/v1/candidates')
      .send({ hiringRequestId: created.body.id, name: '李四', phone: '13900000000' })
      .expect(201);
    expectProblem(
      await as('hr').post(`/api/v1/candidates/${candidate.body.id}/hire`).send({ hireDate: '2026-12-01' }),
      422,
      'CANDIDATE_STAGE_INVALID',
    );
    for (const stage of ['screening', 'interview'])
      await as('hr').post(`/api/v1/candidates/${candidate.body.id}/stage`).send({ stage }).expect(200);
    await as('hr')
      .post(`/api/v1/candidates/${candidate.body.id}/stage`)
      .send({ stage: 'offer', offeredSalary: 800000, note: '面试优秀' })
      .expect(200);
    const hired = await as('hr')
      .post(`/api/v1/candidates/${candidate.body.id}/hire`)
      .send({
        hireDate: '2026-12-01',
        probationMonths: 3,
        personal: { idNumber: '440106199001011234', bankAccount: '6225880000005678' },
      })
      .expect(201);
    expect(hired.body.stage).toBe('hired');
    const employee = await as('hr')
      .get(hired.headers.location.replace(/^.*\/api\/v1/, '/api/v1'))
      .expect(200);
    expect(employee.body).toMatchObject({
      status: 'probation',
      probationEndDate: '2027-03-01',
      salary: 800000,
      idNumber: '440106199001011234',
      bankAccount: '6225880000005678',
      piiMasked: false,
      number: expect.stringMatching(/^E\d{5}$/),
    });
    const request = await as('hr').get(`/api/v1/hiring-requests/${created.body.id}`).expect(200);
    expect(request.body).toMatchObject({ status: 'filled', hired: 1 });
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'EmployeeHired' AND payload->>'employeeId' = $1`,
      [employee.body.id],
    );
    expect(event.payload).toMatchObject({
      salary: 800000,
      positionId: position.id,
      probationEndDate: '2027-03-01',
    });

    // Personal data: in full for HR only; masked for the GM, the auditor and the unit's manager (raw JSON).
    for (const who of ['generalManager', 'auditor', 'salesManager'] as const) {
      const response = await as(who).get(`/api/v1/employees/${employee.body.id}`).expect(200);
      expect(response.text).not.toContain('440106199001011234');
      expect(response.text).not.toContain('6225880000005678');
      expect(response.text).not.toContain('800000');
      expect(response.body).toMatchObject({
        idNumber: '**************1234',
        bankAccount: '************5678',
        salary: null,
        piiMasked: true,
      });
    }
    // The column holds ciphertext, not the number.
    const [row] = await w.t.dataSource.query(`SELECT id_number_secret FROM employee WHERE id = $1`, [
      employee.body.id,
    ]);
    expect(row.id_number_secret).not.toContain('4401061990');
    // Another unit's manager: 404; and not in their list.
    expectProblem(await as('csLead').get(`/api/v1/employees/${employee.body.id}`), 404, 'EMPLOYEE_NOT_FOUND');
    const list = await as('csLead').get('/api/v1/employees').expect(200);
    expect(list.body.data.map((e: { id: string }) => e.id)).not.toContain(employee.body.id);
    // An editor holds no HR permission.
    await as('editor').get(`/api/v1/employees/${employee.body.id}`).expect(403);
  });

  it('shows the org chart with planned vs filled headcount', async () => {
    const chart = await as('generalManager').get('/api/v1/org-chart?period=2026').expect(200);
    const sales = chart.body.units.find((u: { id: string }) => u.id === w.org.sales);
    expect(sales.positions.length).toBeGreaterThan(0);
    expect(sales.planned).toBeGreaterThanOrEqual(sales.filled);
    expect(chart.body.units[0].kind).toBe('company');
  });
});
