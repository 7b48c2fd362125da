import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { createHrWorld, createPosition, HrWorld } from '../testing/hr-fixtures';

describe('training records', () => {
  let w: HrWorld;
  let sales: { id: string };
  let agent: { id: string };
  beforeAll(async () => {
    w = await createHrWorld();
    const hire = async (unit: string, name: string) =>
      (
        await as('hr')
          .post('/api/v1/employees')
          .send({ name, positionId: (await createPosition(w, unit, 3)).id, hireDate: '2025-01-01' })
          .expect(201)
      ).body;
    sales = await hire(w.org.sales, '王伟');
    agent = await hire(w.org.cs, '张娜');
  }, 60_000);
  afterAll(() => w.t.close());
  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);
  const course = (employeeId: string, startsOn: string) => ({
    employeeId,
    title: '客户投诉处理技巧',
    kind: 'external',
    provider: '某培训机构',
    startsOn,
    endsOn: startsOn,
    hours: 6.5,
    cost: 120000,
    result: 'passed',
    score: 88,
  });

  it('records a training on the file, priced in fen, and shows it to the unit’s manager only', async () => {
    const created = await as('hr')
      .post('/api/v1/training-records')
      .send(course(sales.id, '2026-11-02'))
      .expect(201);
    expect(created.body).toMatchObject({
      number: expect.stringMatching(/^TR-\d{8}-\d{4}$/),
      hours: 6.5,
      cost: 120000,
      currency: 'CNY',
      orgUnitId: w.org.sales,
    });
    await as('hr').post('/api/v1/training-records').send(course(agent.id, '2026-11-03')).expect(201);
    await as('salesManager')
      .post('/api/v1/training-records')
      .send(course(sales.id, '2026-11-04'))
      .expect(403);
    expectProblem(
      await as('hr')
        .post('/api/v1/training-records')
        .send({ ...course(sales.id, '2026-11-05'), endsOn: '2026-11-01' }),
      422,
      'TRAINING_DATES_INVALID',
    );
    expectProblem(
      await as('hr')
        .post('/api/v1/training-records')
        .send({ ...course(sales.id, '2026-11-05'), cost: 1.5 }),
      400,
      'VALIDATION_FAILED',
    );
    const seen = await as('salesManager').get('/api/v1/training-records').expect(200);
    expect(seen.body.data.map((t: { employeeId: string }) => t.employeeId)).toEqual([sales.id]);
    await as('csLead').get(`/api/v1/training-records/${created.body.id}`).expect(404);
    const history = await as('hr').get(`/api/v1/employees/${sales.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toContain('trained');
    const one = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/training-records?limit=1').expect(200),
    );
    const two = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/training-records?limit=2').expect(200),
    );
    expect(two.count).toBe(one.count);
  });
});
