import { createOrgTree, signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { AppModule } from '../../src/app.module';
import { SOAK, soakScale, SOAK_TIMEOUT_MS } from './soak';
import { countOf, Sql, trialBalance } from './support/invariants';
import { inParallel, Tally, untilAnswered } from './support/tally';

/**
 * Issue 12, concurrency: one reviewed payroll run approved by many requests at once — exactly one approval,
 * one accrual in the ledger, one PayrollApproved event. The whole app, since payroll reads HR's employees
 * and attendance.
 */
describe('reliability: concurrent payroll approval', () => {
  let t: TestApp;
  let sql: Sql;
  const people = {} as Record<'hr' | 'finance' | 'generalManager', SignedInUser>;
  const month = '2026-08';
  let salesDepartment: string;
  const tally = new Tally(`concurrency-payroll${SOAK ? ' (soak)' : ''}`);

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    sql = (text, params) => t.dataSource.query(text, params);
    const admin = await signInAsAdmin(t);
    const tree = await createOrgTree(t, admin);
    salesDepartment = tree.sales;
    people.hr = await userWithRoles(t, admin, [{ role: 'hr' }]);
    people.finance = await userWithRoles(t, admin, [{ role: 'finance' }]);
    people.generalManager = await userWithRoles(t, admin, [{ role: 'general-manager' }]);
    const as = (who: keyof typeof people) => t.http(people[who].auth);

    const position = await as('hr')
      .post('/api/v1/positions')
      .send({ code: `REL-PAY-${process.pid}`, title: '销售专员', orgUnitId: tree.sales, duties: '销售' })
      .expect(201);
    await as('hr')
      .put(`/api/v1/positions/${position.body.id}/headcount/2026`)
      .send({ planned: 5 })
      .expect(200);
    const employees = [];
    for (const [name, salary] of [
      ['周可靠', 1_200_000],
      ['吴并发', 900_000],
    ] as const) {
      const hired = await as('hr')
        .post('/api/v1/employees')
        .send({ name, positionId: position.body.id, hireDate: '2020-01-01', status: 'regular', salary })
        .expect(201);
      employees.push(hired.body as { id: string; number: string });
      await as('finance')
        .post('/api/v1/salary-structures')
        .send({
          employeeId: hired.body.id,
          effectiveFrom: '2026-01-01',
          baseSalary: salary,
          insuranceCity: '上海',
        })
        .expect(201);
    }
    // A full month at work: in at 08:55 and out at 18:05 on every working day.
    const lines = ['工号,打卡时间,设备'];
    for (const e of employees) {
      const summary = await as('hr')
        .get(`/api/v1/attendance-summaries?month=${month}&employeeId=${e.id}`)
        .expect(200);
      for (const day of summary.body.data[0].days as Array<{ date: string; kind: string }>)
        if (day.kind === 'workday' || day.kind === 'make-up-workday')
          lines.push(`${e.number},${day.date} 08:55,GATE`, `${e.number},${day.date} 18:05,GATE`);
    }
    await as('hr')
      .post('/api/v1/clock-records/imports')
      .send({ csv: lines.join('\n') })
      .expect(200);
    await as('hr').post(`/api/v1/attendance-months/${month}/lock`).expect(200);
  }, 180_000);

  afterAll(async () => {
    tally.print();
    await t?.close();
  });

  it(
    'approves a reviewed run exactly once however many approve it at once; the ledger accrues it once',
    async () => {
      const approvers = soakScale(20, 200);
      const as = (who: keyof typeof people) => t.http(people[who].auth);
      const run = await as('finance')
        .post('/api/v1/payroll-runs')
        .send({ month, orgUnitId: salesDepartment })
        .expect(201);
      await as('finance').post(`/api/v1/payroll-runs/${run.body.id}/calculate`).expect(200);
      await as('finance').post(`/api/v1/payroll-runs/${run.body.id}/review`).expect(200);

      const results = await inParallel(approvers, approvers, () =>
        untilAnswered(
          () => {
            tally.requests++;
            return as('generalManager').post(`/api/v1/payroll-runs/${run.body.id}/approve`);
          },
          () => tally.add('retried503'),
        ),
      );
      expect(results.filter((r) => r.status === 200)).toHaveLength(1);
      for (const r of results.filter((r) => r.status !== 200)) {
        expect(r.status).toBe(409);
        expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
      tally.add('refused409', approvers - 1);
      const entries = await countOf(
        sql,
        `SELECT count(*)::int AS n FROM journal_entry WHERE source_type = 'payroll_run' AND source_id = $1`,
        [run.body.id],
      );
      const events = await countOf(
        sql,
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'PayrollApproved' AND payload->>'runId' = $1`,
        [run.body.id],
      );
      expect({ entries, events }).toEqual({ entries: 1, events: 1 });
      expect(await trialBalance(sql)).toEqual({ difference: 0, unbalancedEntries: 0 });
      const status = (await as('finance').get(`/api/v1/payroll-runs/${run.body.id}`).expect(200)).body.status;
      expect(status).toBe('approved');
      tally.invariants += 5;
    },
    SOAK_TIMEOUT_MS,
  );
});
