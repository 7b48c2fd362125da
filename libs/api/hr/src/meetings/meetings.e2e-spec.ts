import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { createHrWorld, createPosition, HrWorld } from '../testing/hr-fixtures';

describe('meetings with minutes and action items', () => {
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

  it('lets a manager hold their unit’s meeting, record minutes and follow action items', async () => {
    expectProblem(
      await as('salesManager')
        .post('/api/v1/meetings')
        .send({ title: '客服例会', orgUnitId: w.org.cs, heldAt: '2026-11-30T02:00:00.000Z' }),
      422,
      'ORG_UNIT_UNKNOWN',
    );
    const meeting = await as('salesManager')
      .post('/api/v1/meetings')
      .send({
        title: '销售部 11 月例会',
        orgUnitId: w.org.sales,
        heldAt: '2026-11-30T02:00:00.000Z',
        attendeeIds: [sales.id],
        agenda: '双十二备战',
      })
      .expect(201);
    expect(meeting.body).toMatchObject({
      number: expect.stringMatching(/^MT-\d{8}-\d{4}$/),
      status: 'scheduled',
    });
    const id = meeting.body.id;
    await as('salesManager')
      .put(`/api/v1/meetings/${id}/minutes`)
      .send({ minutes: '决定：备货 2000 件' })
      .expect(200);
    const item = await as('salesManager')
      .post(`/api/v1/meetings/${id}/action-items`)
      .send({ title: '整理备货清单', ownerEmployeeId: sales.id, dueOn: '2026-12-05' })
      .expect(201);
    expectProblem(
      await as('salesManager')
        .post(`/api/v1/meetings/${id}/action-items`)
        .send({ title: 'x', ownerEmployeeId: agent.id, dueOn: '2026-12-05' }),
      422,
      'ACTION_OWNER_UNKNOWN',
    );
    const open = await as('salesManager').get('/api/v1/meeting-action-items?status=open').expect(200);
    expect(open.body.data.map((i: { id: string }) => i.id)).toEqual([item.body.id]);
    await as('salesManager').post(`/api/v1/meetings/${id}/action-items/${item.body.id}/done`).expect(200);
    const detail = await as('hr').get(`/api/v1/meetings/${id}`).expect(200);
    expect(detail.body).toMatchObject({ status: 'held', minutes: '决定：备货 2000 件' });
    expect(detail.body.actionItems).toMatchObject([{ status: 'done', doneAt: expect.any(String) }]);
    await as('csLead').get(`/api/v1/meetings/${id}`).expect(404);
    await as('editor').get('/api/v1/meetings').expect(403);
    const one = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/meetings?limit=1').expect(200),
    );
    const two = await countQueries(w.t, (http) =>
      http(w.people.hr.auth).get('/api/v1/meetings?limit=2').expect(200),
    );
    expect(two.count).toBe(one.count);
  });
});
