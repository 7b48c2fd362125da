import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import { createHrWorld, createPosition, HrWorld } from '../testing/hr-fixtures';

const ITEMS = [
  { code: 'sales', name: '销售额达成率', weight: 60 },
  { code: 'service', name: '客户满意度', weight: 30 },
  { code: 'team', name: '团队协作', weight: 10 },
];
const scores = (sales: number, service: number, team: number) => ({
  scores: [
    { code: 'sales', score: sales },
    { code: 'service', score: service },
    { code: 'team', score: team },
  ],
});

describe('appraisal: cycle, self and manager review, calibration, grades for payroll', () => {
  let w: HrWorld;
  let me: { id: string }; // the employee linked to the editor's user account
  let colleague: { id: string };
  let agent: { id: string };
  let cycleId: string;
  const appraisalOf: Record<string, string> = {};
  beforeAll(async () => {
    w = await createHrWorld();
    const salesPosition = await createPosition(w, w.org.sales, 5);
    const csPosition = await createPosition(w, w.org.cs, 5);
    const hire = async (positionId: string, name: string, userId?: string) =>
      (
        await as('hr')
          .post('/api/v1/employees')
          .send({
            name,
            positionId,
            hireDate: '2024-01-01',
            status: 'regular',
            ...(userId ? { userId } : {}),
          })
          .expect(201)
      ).body;
    me = await hire(salesPosition.id, '王伟', w.people.editor.id);
    colleague = await hire(salesPosition.id, '李芳');
    agent = await hire(csPosition.id, '张娜');
    expectProblem(
      await as('hr')
        .put(`/api/v1/kpi-templates/${salesPosition.id}`)
        .send({ name: '销售考核', items: ITEMS.slice(0, 2) }),
      422,
      'APPRAISAL_INVALID',
    );
    await as('salesManager')
      .put(`/api/v1/kpi-templates/${salesPosition.id}`)
      .send({ name: 'x', items: ITEMS })
      .expect(403);
    for (const position of [salesPosition, csPosition])
      await as('hr')
        .put(`/api/v1/kpi-templates/${position.id}`)
        .send({ name: '季度考核', items: ITEMS })
        .expect(200);
  }, 60_000);
  afterAll(() => w.t.close());

  const as = (who: keyof HrWorld['people']) => w.t.http(w.people[who].auth);
  const advance = (expected: string) =>
    as('hr')
      .post(`/api/v1/appraisal-cycles/${cycleId}/advance`)
      .expect(200)
      .then((r) => expect(r.body.status).toBe(expected));

  it('keeps a configurable grade table with the bonus coefficients', async () => {
    const grades = await as('salesManager').get('/api/v1/appraisal-grades').expect(200);
    expect(grades.body.map((g: { grade: string; coefficient: number }) => [g.grade, g.coefficient])).toEqual([
      ['S', 1.5],
      ['A', 1.2],
      ['B', 1],
      ['C', 0.8],
      ['D', 0],
    ]);
    expectProblem(
      await as('hr')
        .put('/api/v1/appraisal-grades')
        .send({
          grades: [
            { grade: 'S', rank: 1, minScore: 90, coefficient: 1.5 },
            { grade: 'A', rank: 2, minScore: 95, coefficient: 1 },
          ],
        }),
      422,
      'APPRAISAL_INVALID',
    );
  });

  it('opens a cycle and makes an appraisal per employee from their position’s template', async () => {
    const created = await as('hr')
      .post('/api/v1/appraisal-cycles')
      .send({
        name: '2026 Q4',
        periodStart: '2026-10-01',
        periodEnd: '2026-12-31',
        forcedDistribution: { S: 34 },
      })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      number: expect.stringMatching(/^AC-\d{8}-\d{4}$/),
    });
    cycleId = created.body.id;
    expectProblem(
      await as('hr')
        .post('/api/v1/appraisal-cycles')
        .send({
          name: 'x',
          periodStart: '2026-10-01',
          periodEnd: '2026-12-31',
          forcedDistribution: { Z: 10 },
        }),
      422,
      'APPRAISAL_INVALID',
    );
    await advance('self_review');
    const all = await as('hr').get(`/api/v1/appraisals?cycleId=${cycleId}`).expect(200);
    expect(all.body.data).toHaveLength(3);
    for (const a of all.body.data) appraisalOf[a.employeeId] = a.id;
    expect(all.body.data[0].items).toEqual(ITEMS);
    // A manager sees their unit only.
    const mine = await as('salesManager').get(`/api/v1/appraisals?cycleId=${cycleId}`).expect(200);
    expect(mine.body.data.map((a: { employeeId: string }) => a.employeeId).sort()).toEqual(
      [me.id, colleague.id].sort(),
    );
    await as('csLead').get(`/api/v1/appraisals/${appraisalOf[me.id]}`).expect(404);
  });

  it('lets an employee score only their own self-review', async () => {
    const own = await as('editor').get('/api/v1/appraisals/mine').expect(200);
    expect(own.body.map((a: { id: string }) => a.id)).toEqual([appraisalOf[me.id]]);
    const scored = await as('editor')
      .put(`/api/v1/appraisals/${appraisalOf[me.id]}/self-review`)
      .send({ ...scores(90, 80, 70), comment: '完成目标' })
      .expect(200);
    expect(scored.body).toMatchObject({ selfScore: 85, selfComment: '完成目标' });
    expectProblem(
      await as('editor')
        .put(`/api/v1/appraisals/${appraisalOf[colleague.id]}/self-review`)
        .send(scores(100, 100, 100)),
      404,
      'APPRAISAL_NOT_FOUND',
    );
    expectProblem(
      await as('salesManager')
        .put(`/api/v1/appraisals/${appraisalOf[me.id]}/self-review`)
        .send(scores(100, 100, 100)),
      404,
      'APPRAISAL_NOT_FOUND',
    );
    expectProblem(
      await as('editor')
        .put(`/api/v1/appraisals/${appraisalOf[me.id]}/self-review`)
        .send({ scores: [{ code: 'sales', score: 90 }] }),
      422,
      'APPRAISAL_INVALID',
    );
    expectProblem(
      await as('salesManager')
        .put(`/api/v1/appraisals/${appraisalOf[me.id]}/manager-review`)
        .send(scores(90, 90, 90)),
      422,
      'APPRAISAL_CYCLE_STAGE',
    );
  });

  it('lets a manager score their unit only, then grades by the table', async () => {
    await advance('manager_review');
    expectProblem(
      await as('editor')
        .put(`/api/v1/appraisals/${appraisalOf[me.id]}/self-review`)
        .send(scores(1, 1, 1)),
      422,
      'APPRAISAL_CYCLE_STAGE',
    );
    await as('editor')
      .put(`/api/v1/appraisals/${appraisalOf[me.id]}/manager-review`)
      .send(scores(1, 1, 1))
      .expect(403);
    expectProblem(
      await as('csLead')
        .put(`/api/v1/appraisals/${appraisalOf[me.id]}/manager-review`)
        .send(scores(1, 1, 1)),
      404,
      'APPRAISAL_NOT_FOUND',
    );
    const first = await as('salesManager')
      .put(`/api/v1/appraisals/${appraisalOf[me.id]}/manager-review`)
      .send(scores(95, 95, 90))
      .expect(200);
    expect(first.body.managerScore).toBe(94.5);
    // Not everyone is scored yet: calibration waits.
    expectProblem(
      await as('hr').post(`/api/v1/appraisal-cycles/${cycleId}/advance`),
      422,
      'APPRAISALS_UNSCORED',
    );
    await as('salesManager')
      .put(`/api/v1/appraisals/${appraisalOf[colleague.id]}/manager-review`)
      .send(scores(92, 90, 90))
      .expect(200);
    await as('csLead')
      .put(`/api/v1/appraisals/${appraisalOf[agent.id]}/manager-review`)
      .send(scores(75, 70, 80))
      .expect(200);
    await advance('calibration');
    const detail = await as('hr').get(`/api/v1/appraisal-cycles/${cycleId}`).expect(200);
    expect(detail.body).toMatchObject({
      appraisals: 3,
      selfReviewed: 1,
      managerReviewed: 3,
      distribution: { S: 2, B: 1 },
    });
  });

  it('calibrates against the forced distribution and closes with the bonus coefficients for payroll', async () => {
    expectProblem(
      await as('hr').post(`/api/v1/appraisal-cycles/${cycleId}/advance`),
      422,
      'FORCED_DISTRIBUTION_EXCEEDED',
    );
    expectProblem(
      await as('hr')
        .put(`/api/v1/appraisals/${appraisalOf[colleague.id]}/calibration`)
        .send({ finalGrade: 'A' }),
      422,
      'APPRAISAL_INVALID',
    );
    await as('salesManager')
      .put(`/api/v1/appraisals/${appraisalOf[colleague.id]}/calibration`)
      .send({ finalGrade: 'A', reason: 'x' })
      .expect(403);
    const calibrated = await as('hr')
      .put(`/api/v1/appraisals/${appraisalOf[colleague.id]}/calibration`)
      .send({ finalGrade: 'A', reason: '强制分布：S 名额已满' })
      .expect(200);
    expect(calibrated.body).toMatchObject({
      grade: 'S',
      finalGrade: 'A',
      adjustmentReason: '强制分布：S 名额已满',
    });
    const before = await as('hr').get(`/api/v1/appraisal-cycles/${cycleId}/results`).expect(200);
    expect(before.body.final).toBe(false);
    await as('salesManager').get(`/api/v1/appraisal-cycles/${cycleId}/results`).expect(403);

    await advance('closed');
    const results = await as('hr').get(`/api/v1/appraisal-cycles/${cycleId}/results`).expect(200);
    expect(results.body.final).toBe(true);
    const byEmployee = Object.fromEntries(
      results.body.results.map((r: { employeeId: string; finalGrade: string; coefficient: number }) => [
        r.employeeId,
        [r.finalGrade, r.coefficient],
      ]),
    );
    expect(byEmployee).toEqual({ [me.id]: ['S', 1.5], [colleague.id]: ['A', 1.2], [agent.id]: ['B', 1] });
    // HR or payroll of one unit reads the grades of that unit's people only.
    const csHr = await userWithRoles(w.t, w.admin, [{ role: 'hr', orgUnitId: w.org.cs }]);
    const ofCs = await w.t.http(csHr.auth).get(`/api/v1/appraisal-cycles/${cycleId}/results`).expect(200);
    expect(ofCs.body.results.map((r: { employeeId: string }) => r.employeeId)).toEqual([agent.id]);
    // A later change of the table does not move a closed cycle's coefficients.
    await as('hr')
      .put('/api/v1/appraisal-grades')
      .send({
        grades: [
          { grade: 'S', rank: 1, minScore: 90, coefficient: 1.6 },
          { grade: 'A', rank: 2, minScore: 80, coefficient: 1.3 },
          { grade: 'B', rank: 3, minScore: 60, coefficient: 1 },
          { grade: 'D', rank: 4, minScore: 0, coefficient: 0 },
        ],
      })
      .expect(200);
    const after = await as('hr').get(`/api/v1/appraisal-cycles/${cycleId}/results`).expect(200);
    expect(after.body.results).toEqual(results.body.results);
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'AppraisalCycleClosed'`,
    );
    expect(event.payload).toMatchObject({
      cycleId,
      results: expect.arrayContaining([{ employeeId: colleague.id, finalGrade: 'A', coefficient: 1.2 }]),
    });
    expectProblem(
      await as('hr').post(`/api/v1/appraisal-cycles/${cycleId}/advance`),
      422,
      'APPRAISAL_CYCLE_STAGE',
    );
    const history = await as('hr').get(`/api/v1/employees/${colleague.id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['appraisal-calibrated', 'appraised']),
    );
  });

  it('lists appraisals and cycles with a number of statements that does not grow with the page', async () => {
    for (const list of [
      `/api/v1/appraisals?cycleId=${cycleId}&`,
      '/api/v1/appraisal-cycles?',
      '/api/v1/kpi-templates?',
    ]) {
      const one = await countQueries(w.t, (http) => http(w.people.hr.auth).get(`${list}limit=1`).expect(200));
      const three = await countQueries(w.t, (http) =>
        http(w.people.hr.auth).get(`${list}limit=3`).expect(200),
      );
      expect(three.count).toBe(one.count);
    }
  });
});
