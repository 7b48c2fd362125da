import { expectProblem } from '@zhanggui/api-platform/testing';
import { createEmployee, createHrWorld, decide, eventsOf, eventually, HrWorld } from '../testing/hr-fixtures';

describe('probation (试用期): trainings, scored assessments, recommendation through approval', () => {
  let w: HrWorld;
  beforeAll(async () => {
    w = await createHrWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);
  const probationer = (unit = w.org.sales) =>
    createEmployee(w, unit, { hireDate: '2026-09-01', status: 'probation', probationEndDate: '2026-12-01' });
  const employee = async (id: string) => (await as('hr').get(`/api/v1/employees/${id}`).expect(200)).body;

  it('the unit’s manager assigns and scores; another unit’s manager cannot', async () => {
    const p = await probationer();
    const training = await as('salesManager')
      .post('/api/v1/probation-items')
      .send({ employeeId: p.id, kind: 'training', title: '新员工入职培训', dueOn: '2026-09-15' })
      .expect(201);
    const assessment = await as('salesManager')
      .post('/api/v1/probation-items')
      .send({ employeeId: p.id, kind: 'assessment', title: '第一个月考核' })
      .expect(201);
    const second = await as('hr')
      .post('/api/v1/probation-items')
      .send({ employeeId: p.id, kind: 'assessment', title: '第二个月考核' })
      .expect(201);
    expectProblem(
      await as('csLead')
        .post('/api/v1/probation-items')
        .send({ employeeId: p.id, kind: 'training', title: 'x' }),
      404,
      'EMPLOYEE_NOT_FOUND',
    );
    expectProblem(
      await as('csLead')
        .post(`/api/v1/probation-items/${assessment.body.id}/completion`)
        .send({ completedOn: '2026-10-01', score: 90 }),
      404,
      'PROBATION_ITEM_NOT_FOUND',
    );
    const noScore = expectProblem(
      await as('salesManager')
        .post(`/api/v1/probation-items/${assessment.body.id}/completion`)
        .send({ completedOn: '2026-10-01' }),
      400,
      'PROBATION_SCORE_REQUIRED',
    );
    expect(noScore.errors).toEqual([{ field: 'score', message: 'is required for an assessment' }]);
    expectProblem(
      await as('salesManager')
        .post(`/api/v1/probation-items/${assessment.body.id}/completion`)
        .send({ completedOn: '2026-10-01', score: 101 }),
      400,
      'VALIDATION_FAILED',
    );
    await as('salesManager')
      .post(`/api/v1/probation-items/${assessment.body.id}/completion`)
      .send({ completedOn: '2026-10-01', score: 80, note: '良好' })
      .expect(200);
    await as('salesManager')
      .post(`/api/v1/probation-items/${second.body.id}/completion`)
      .send({ completedOn: '2026-11-01', score: 91 })
      .expect(200);
    await as('salesManager')
      .post(`/api/v1/probation-items/${training.body.id}/completion`)
      .send({ completedOn: '2026-09-10' })
      .expect(200);
    expectProblem(
      await as('salesManager')
        .post(`/api/v1/probation-items/${second.body.id}/completion`)
        .send({ completedOn: '2026-11-02', score: 99 }),
      409,
      'PROBATION_ITEM_DONE',
    );
    const file = await as('salesManager').get(`/api/v1/employees/${p.id}/probation`).expect(200);
    expect(file.body).toMatchObject({
      status: 'probation',
      probationEndDate: '2026-12-01',
      averageScore: 86,
    });
    expect(file.body.items.map((i: { score: number | null }) => i.score)).toEqual([null, 80, 91]);
    await as('csLead').get(`/api/v1/employees/${p.id}/probation`).expect(404);
    await as('editor').get(`/api/v1/employees/${p.id}/probation`).expect(403);
  });

  it('confirm goes through the general manager then HR, and the employee becomes regular', async () => {
    const p = await probationer();
    const review = await as('salesManager')
      .post('/api/v1/probation-reviews')
      .send({ employeeId: p.id, recommendation: 'confirm', reason: '考核优秀，建议转正' })
      .expect(201);
    expect(review.body).toMatchObject({
      number: expect.stringMatching(/^PR-\d{8}-\d{4}$/),
      status: 'pending_approval',
      recommendation: 'confirm',
    });
    expectProblem(
      await as('hr')
        .post('/api/v1/probation-reviews')
        .send({ employeeId: p.id, recommendation: 'end', reason: 'x' }),
      409,
      'PROBATION_REVIEW_PENDING',
    );
    await decide(w, review.body.approvalRequestId, ['generalManager']);
    expect((await as('hr').get(`/api/v1/probation-reviews/${review.body.id}`).expect(200)).body.status).toBe(
      'pending_approval',
    );
    expect((await employee(p.id)).status).toBe('probation');
    await decide(w, review.body.approvalRequestId, ['hr']);
    await eventually(async () => expect((await employee(p.id)).status).toBe('regular'));
    expect(
      (await as('salesManager').get(`/api/v1/probation-reviews?employeeId=${p.id}`).expect(200)).body.data,
    ).toEqual([expect.objectContaining({ id: review.body.id, status: 'approved' })]);
    expect(await eventsOf(w, 'EmployeeStatusChanged', 'employeeId', p.id)).toEqual([
      expect.objectContaining({ from: 'probation', to: 'regular', reason: 'probation-confirm' }),
    ]);
    // A regular employee has no probation to review or work on.
    expectProblem(
      await as('salesManager')
        .post('/api/v1/probation-reviews')
        .send({ employeeId: p.id, recommendation: 'confirm', reason: 'x' }),
      422,
      'EMPLOYEE_STATUS_INVALID',
    );
    expectProblem(
      await as('salesManager')
        .post('/api/v1/probation-items')
        .send({ employeeId: p.id, kind: 'training', title: 'x' }),
      422,
      'EMPLOYEE_STATUS_INVALID',
    );
    await as('csLead').get(`/api/v1/probation-reviews/${review.body.id}`).expect(404);
  });

  it('extend sets a new end date within six months; end makes the employee leave; a refusal changes nothing', async () => {
    const p = await probationer();
    const post = (body: object) =>
      as('salesManager')
        .post('/api/v1/probation-reviews')
        .send({ employeeId: p.id, reason: '需继续观察', ...body });
    expectProblem(await post({ recommendation: 'extend' }), 400, 'PROBATION_END_REQUIRED');
    expectProblem(
      await post({ recommendation: 'extend', newProbationEndDate: '2026-11-30' }),
      400,
      'PROBATION_END_INVALID',
    );
    const tooLong = expectProblem(
      await post({ recommendation: 'extend', newProbationEndDate: '2027-03-02' }),
      400,
      'PROBATION_END_INVALID',
    );
    expect(tooLong.errors).toEqual([
      { field: 'newProbationEndDate', message: 'must be on or before 2027-03-01' },
    ]);
    const extend = await post({ recommendation: 'extend', newProbationEndDate: '2027-02-01' }).expect(201);
    await decide(w, extend.body.approvalRequestId, ['generalManager', 'hr']);
    await eventually(async () => expect((await employee(p.id)).probationEndDate).toBe('2027-02-01'));
    expect((await employee(p.id)).status).toBe('probation');

    const refused = await post({ recommendation: 'end' }).expect(201);
    await decide(w, refused.body.approvalRequestId, ['generalManager'], 'reject');
    await eventually(async () =>
      expect((await as('hr').get(`/api/v1/probation-reviews/${refused.body.id}`)).body.status).toBe(
        'rejected',
      ),
    );
    expect((await employee(p.id)).status).toBe('probation');

    const end = await post({
      recommendation: 'end',
      leaveDate: '2026-11-20',
      reason: '不符合录用条件',
    }).expect(201);
    await decide(w, end.body.approvalRequestId, ['generalManager', 'hr']);
    await eventually(async () =>
      expect(await employee(p.id)).toMatchObject({ status: 'left', leaveDate: '2026-11-20' }),
    );
    const history = await as('hr').get(`/api/v1/employees/${p.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['recommended-extend', 'rejected', 'recommended-end', 'approved']),
    );
  });
});
