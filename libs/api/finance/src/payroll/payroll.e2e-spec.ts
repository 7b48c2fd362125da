import { APPRAISAL_CYCLE_CLOSED, PERSONNEL_ACTION_EFFECTIVE } from '@zhanggui/api-hr';
import type { AppraisalCycleClosedPayload, PersonnelActionEffectivePayload } from '@zhanggui/api-hr';
import { EventBus } from '@zhanggui/api-platform';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { createFinanceWorld, eventually, FinancePerson, FinanceWorld } from '../testing/finance-world';

describe('payroll: structures, runs, payslips, sheet, bank file, ledger', () => {
  let w: FinanceWorld;
  const as = (who: FinancePerson) => w.t.http(w.people[who].auth);
  const month = '2026-10';
  let alice: { id: string; number: string };
  let bob: { id: string; number: string };
  let runId: string;

  let hires = 0;
  const hire = async (name: string, salary: number, extra: Record<string, unknown>, unit = w.tree.sales) => {
    const code = `PAY-${++hires}-${process.pid}`;
    const position = await as('hr')
      .post('/api/v1/positions')
      .send({ code, title: `岗位 ${name}`, orgUnitId: unit, duties: '销售' })
      .expect(201);
    await as('hr')
      .put(`/api/v1/positions/${position.body.id}/headcount/2026`)
      .send({ planned: 3 })
      .expect(200);
    const employee = await as('hr')
      .post('/api/v1/employees')
      .send({
        name,
        positionId: position.body.id,
        hireDate: '2020-01-01',
        status: 'regular',
        salary,
        ...extra,
      })
      .expect(201);
    return employee.body as { id: string; number: string };
  };

  /** Punches in at 08:55 and out at 18:05 on every working day of the month: a full month, no absence. */
  const fullAttendance = async (employees: Array<{ id: string; number: string }>, of = month) => {
    const lines = ['工号,打卡时间,设备'];
    for (const e of employees) {
      const summary = await as('hr')
        .get(`/api/v1/attendance-summaries?month=${of}&employeeId=${e.id}`)
        .expect(200);
      for (const day of summary.body.data[0].days as Array<{ date: string; kind: string }>)
        if (day.kind === 'workday' || day.kind === 'make-up-workday')
          lines.push(`${e.number},${day.date} 08:55,GATE`, `${e.number},${day.date} 18:05,GATE`);
    }
    await as('hr')
      .post('/api/v1/clock-records/imports')
      .send({ csv: lines.join('\n') })
      .expect(200);
  };

  beforeAll(async () => {
    w = await createFinanceWorld();
    alice = await hire('王丽', 2_000_000, {
      userId: w.people.agent.id,
      bankName: '招商银行',
      bankAccount: '6225880212345678',
    });
    bob = await hire('李强', 1_000_000, { bankName: '工商银行', bankAccount: '6222020200112233' });
  }, 120_000);
  afterAll(() => w.t.close());

  it('keeps effective-dated salary structures; HR’s salary changes arrive by event, allowances carried over', async () => {
    const set = await as('finance')
      .post('/api/v1/salary-structures')
      .send({
        employeeId: alice.id,
        effectiveFrom: '2026-01-01',
        baseSalary: 2_000_000,
        positionAllowance: 175_000,
        otherAllowances: 50_000,
        insuranceCity: '北京',
        costAccount: '6601',
      })
      .expect(201);
    expect(set.body).toMatchObject({ positionAllowance: 175_000, insuranceCity: '北京', source: 'manual' });
    await as('finance')
      .post('/api/v1/salary-structures')
      .send({ employeeId: bob.id, effectiveFrom: '2026-01-01', baseSalary: 1_000_000, insuranceCity: '上海' })
      .expect(201);
    // A raise from November, as HR's personnel action publishes it once approved and effective.
    await w.t.app.get(EventBus).publish<PersonnelActionEffectivePayload>(PERSONNEL_ACTION_EFFECTIVE, {
      actionId: '0195f000-0000-7000-8000-0000000000aa',
      number: 'PA-20261101-0001',
      type: 'salary_change',
      employeeId: alice.id,
      effectiveOn: '2026-11-01',
      orgUnitId: w.tree.sales,
      positionId: null,
      grade: null,
      status: 'regular',
      salary: 2_200_000,
      amount: null,
      currency: 'CNY',
    });
    const raised = await eventually(async () => {
      const page = await as('finance').get(`/api/v1/salary-structures?employeeId=${alice.id}`).expect(200);
      return page.body.data.find((s: { effectiveFrom: string }) => s.effectiveFrom === '2026-11-01');
    }, 'the raise to reach payroll');
    expect(raised).toMatchObject({
      baseSalary: 2_200_000,
      positionAllowance: 175_000,
      source: 'personnel-action',
    });
    expectProblem(
      await as('finance')
        .post('/api/v1/salary-structures')
        .send({ employeeId: bob.id, effectiveFrom: '2026-01-01', baseSalary: -1 }),
      400,
      'VALIDATION_FAILED',
    );
    for (const who of ['hr', 'agent', 'auditor'] as const)
      expectProblem(
        await as(who)
          .post('/api/v1/salary-structures')
          .send({ employeeId: bob.id, effectiveFrom: '2026-01-01', baseSalary: 1 }),
        403,
        'FORBIDDEN',
      );
    expectProblem(await as('hr').get('/api/v1/salary-structures'), 403, 'FORBIDDEN');
  });

  it('keeps 五险一金 rules per city and year, seeded for 2026 and editable by finance', async () => {
    const rules = await as('finance').get('/api/v1/social-insurance-rules?year=2026').expect(200);
    expect(rules.body.map((r: { city: string }) => r.city).sort()).toEqual(
      ['上海', '北京', '广州', '杭州', '深圳'].sort(),
    );
    const rates = {
      pension: 800,
      medical: 200,
      unemployment: 40,
      workInjury: 0,
      maternity: 0,
      housingFund: 500,
    };
    const rule = {
      employeeRates: rates,
      employerRates: { ...rates, pension: 1600, medical: 750, workInjury: 20, maternity: 80 },
      baseFloor: 465_800,
      baseCeiling: 2_329_000,
      housingFundFloor: 210_000,
      housingFundCeiling: 2_800_000,
    };
    const put = await as('finance')
      .put(`/api/v1/social-insurance-rules/${encodeURIComponent('成都')}/2026`)
      .send(rule);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ city: '成都', year: 2026, baseFloor: 465_800 });
    expectProblem(
      await as('finance')
        .put(`/api/v1/social-insurance-rules/${encodeURIComponent('成都')}/2026`)
        .send({ ...rule, baseFloor: 9_999_999 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await as('hr')
        .put(`/api/v1/social-insurance-rules/${encodeURIComponent('成都')}/2026`)
        .send(rule),
      403,
      'FORBIDDEN',
    );
    expectProblem(await as('hr').get('/api/v1/social-insurance-rules'), 403, 'FORBIDDEN');
  });

  it('takes each employee’s bonus coefficient from HR’s closed appraisal cycle', async () => {
    await w.t.app.get(EventBus).publish<AppraisalCycleClosedPayload>(APPRAISAL_CYCLE_CLOSED, {
      cycleId: '0195f000-0000-7000-8000-0000000000bb',
      number: 'AC-20261101-0001',
      periodStart: '2026-10-01',
      periodEnd: '2026-10-31',
      results: [{ employeeId: bob.id, finalGrade: 'A', coefficient: 1.2 }],
    });
    await eventually(async () => {
      const rows: unknown[] = await w.t.dataSource.query(
        `SELECT 1 FROM payroll_bonus_coefficient WHERE employee_id = $1`,
        [bob.id],
      );
      return rows.length > 0;
    }, 'the coefficient to reach payroll');
  });

  it('records a commission as an input line, once per source reference', async () => {
    const line = {
      employeeId: bob.id,
      month,
      kind: 'commission',
      amount: 300_000,
      description: '10月销售提成',
      sourceRef: 'SC-1',
    };
    await as('finance').post('/api/v1/payroll-inputs').send(line).expect(201);
    expectProblem(await as('finance').post('/api/v1/payroll-inputs').send(line), 409, 'DUPLICATE');
    const listed = await as('finance').get(`/api/v1/payroll-inputs?month=${month}`).expect(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({
        employeeId: bob.id,
        employeeNumber: bob.number,
        employeeName: '李强',
        amount: 300_000,
      }),
    ]);
    expectProblem(await as('hr').post('/api/v1/payroll-inputs').send(line), 403, 'FORBIDDEN');
  });

  it('keeps input lines and salary structures inside a finance user’s data scope (404 outside it)', async () => {
    const scoped = await userWithRoles(w.t, w.admin, [{ role: 'finance', orgUnitId: w.tree.hangzhou }]);
    const http = w.t.http(scoped.auth);
    const [line] = (await as('finance').get(`/api/v1/payroll-inputs?employeeId=${bob.id}`).expect(200)).body
      .data;
    expect((await http.get(`/api/v1/payroll-inputs?month=${month}`).expect(200)).body.data).toEqual([]);
    expect(
      (await http.get(`/api/v1/salary-structures?employeeId=${alice.id}`).expect(200)).body.data,
    ).toEqual([]);
    expectProblem(await http.delete(`/api/v1/payroll-inputs/${line.id}`), 404, 'PAYROLL_INPUT_NOT_FOUND');
    expectProblem(
      await http
        .post('/api/v1/payroll-inputs')
        .send({ employeeId: bob.id, month, kind: 'reward', amount: 1, description: '越权' }),
      404,
      'EMPLOYEE_NOT_FOUND',
    );
    expectProblem(
      await http
        .post('/api/v1/salary-structures')
        .send({ employeeId: alice.id, effectiveFrom: '2026-12-01', baseSalary: 1 }),
      404,
      'EMPLOYEE_NOT_FOUND',
    );
    const after = await as('finance').get(`/api/v1/payroll-inputs?employeeId=${bob.id}`).expect(200);
    expect(after.body.data).toEqual([line]);
    const structures = await as('finance')
      .get(`/api/v1/salary-structures?employeeId=${alice.id}`)
      .expect(200);
    expect(structures.body.data.map((s: { effectiveFrom: string }) => s.effectiveFrom)).not.toContain(
      '2026-12-01',
    );
  });

  it('lists employees with the structure in force today, for payroll staff in their scope only', async () => {
    const page = await as('finance').get(`/api/v1/payroll-employees?orgUnitId=${w.tree.sales}`).expect(200);
    expect(page.body.data).toEqual([
      expect.objectContaining({
        id: alice.id,
        name: '王丽',
        // November's raise is in force (these tests already take October 2026 as past).
        structure: expect.objectContaining({ baseSalary: 2_200_000, positionAllowance: 175_000 }),
      }),
      expect.objectContaining({
        id: bob.id,
        name: '李强',
        structure: expect.objectContaining({ baseSalary: 1_000_000 }),
      }),
    ]);
    const found = await as('finance')
      .get(`/api/v1/payroll-employees?q=${encodeURIComponent('李强')}`)
      .expect(200);
    expect(found.body.data.map((e: { id: string }) => e.id)).toEqual([bob.id]);
    const scoped = await userWithRoles(w.t, w.admin, [{ role: 'finance', orgUnitId: w.tree.hangzhou }]);
    expect((await w.t.http(scoped.auth).get('/api/v1/payroll-employees').expect(200)).body.data).toEqual([]);
    for (const who of ['hr', 'agent'] as const)
      expectProblem(await as(who).get('/api/v1/payroll-employees'), 403, 'FORBIDDEN');
    expectProblem(await as('finance').get('/api/v1/payroll-employees?orgUnitId=x'), 400, 'VALIDATION_FAILED');
  });

  it('runs and approves September first: its payslips carry into October’s cumulative tax', async () => {
    await fullAttendance([alice, bob], '2026-09');
    await as('hr').post('/api/v1/attendance-months/2026-09/lock').expect(200);
    const run = await as('finance')
      .post('/api/v1/payroll-runs')
      .send({ month: '2026-09', orgUnitId: w.tree.sales })
      .expect(201);
    // Alice 370.69 as in any first month; Bob (10,000 − 5,000 − 1,750) × 3% = 97.50.
    const calculated = await as('finance').post(`/api/v1/payroll-runs/${run.body.id}/calculate`).expect(200);
    expect(calculated.body).toMatchObject({ employees: 2, taxTotal: 37_069 + 9_750 });
    await as('finance').post(`/api/v1/payroll-runs/${run.body.id}/review`).expect(200);
    await as('generalManager').post(`/api/v1/payroll-runs/${run.body.id}/approve`).expect(200);
  });

  it('refuses to calculate until the attendance month is locked, naming the employees (409)', async () => {
    const run = await as('finance')
      .post('/api/v1/payroll-runs')
      .send({ month, orgUnitId: w.tree.sales })
      .expect(201);
    runId = run.body.id;
    expect(run.body).toMatchObject({
      status: 'draft',
      month,
      number: expect.stringMatching(/^PR-\d{8}-\d{4}$/),
    });
    const refused = await as('finance').post(`/api/v1/payroll-runs/${runId}/calculate`);
    expectProblem(refused, 409, 'PAYROLL_ATTENDANCE_NOT_LOCKED');
    expect(refused.body.detail).toContain(alice.number);
    expect(refused.body.detail).toContain(bob.number);
    expectProblem(
      await as('generalManager').post(`/api/v1/payroll-runs/${runId}/approve`),
      409,
      'PAYROLL_RUN_STATE',
    );
  });

  it('calculates from the locked month: gross, 五险一金, cumulative tax and net per payslip', async () => {
    await fullAttendance([alice, bob]);
    await as('hr').post(`/api/v1/attendance-months/${month}/lock`).expect(200);
    const calculated = await as('finance').post(`/api/v1/payroll-runs/${runId}/calculate`).expect(200);
    // Alice: 22,250 gross; Beijing insurance on 21,750: 4,893.75; tax (22,250 − 5,000 − 4,893.75) × 3% = 370.69.
    // Bob: 10,000 + 1,200 bonus (10,000 × 1.2 × 10%) + 3,000 commission = 14,200;
    //      Shanghai on 10,000: 8% + 2% + 0.5% + 7% = 1,750; tax (14,200 − 5,000 − 1,750) × 3% = 223.50;
    //      net 14,200 − 1,750 − 223.50 = 12,226.50.
    expect(calculated.body).toMatchObject({
      status: 'calculated',
      employees: 2,
      grossTotal: 2_225_000 + 1_420_000,
      taxTotal: 37_069 + 22_350,
      netTotal: 1_698_556 + 1_222_650,
    });
    // Deterministic: calculating again gives the same figures.
    const again = await as('finance').post(`/api/v1/payroll-runs/${runId}/calculate`).expect(200);
    expect(again.body.netTotal).toBe(calculated.body.netTotal);
    const slips = await as('finance').get(`/api/v1/payroll-runs/${runId}/payslips`).expect(200);
    const bobs = slips.body.data.find((s: { employeeId: string }) => s.employeeId === bob.id);
    expect(bobs).toMatchObject({
      gross: 1_420_000,
      employeeInsurance: 105_000,
      employeeHousingFund: 70_000,
      tax: 22_350,
      net: 1_222_650,
    });
    expect(bobs.figures).toMatchObject({ commission: 300_000, bonus: 120_000, absenceDeduction: 0 });
    // Two months at this company: (10,000 + 14,200) − 2 × 5,000 − 2 × 1,750 = 10,700 cumulative taxable;
    // × 3% = 321.00 less September's 97.50 = 223.50, the same as above because both months stay at 3%.
    expect(bobs.figures).toMatchObject({ cumulativeTaxableIncome: 1_070_000, taxRate: 3, tax: 22_350 });
  });

  it('takes the latest earlier year’s 五险一金 rule for a year not entered yet, never a later year’s', async () => {
    const shanghai = encodeURIComponent('上海');
    const [current] = (
      await as('finance').get('/api/v1/social-insurance-rules?year=2026').expect(200)
    ).body.filter((r: { city: string }) => r.city === '上海');
    const kept = {
      employeeRates: current.employeeRates,
      employerRates: current.employerRates,
      baseFloor: current.baseFloor,
      baseCeiling: current.baseCeiling,
      housingFundFloor: current.housingFundFloor,
      housingFundCeiling: current.housingFundCeiling,
    };
    const rates = {
      pension: 800,
      medical: 200,
      unemployment: 100,
      workInjury: 0,
      maternity: 0,
      housingFund: 500,
    };
    await as('finance')
      .put(`/api/v1/social-insurance-rules/${shanghai}/2025`)
      .send({ ...kept, employeeRates: rates })
      .expect(200);
    await as('finance')
      .put(`/api/v1/social-insurance-rules/${shanghai}/2027`)
      .send({ ...kept, employeeRates: { ...rates, pension: 2000 } })
      .expect(200);
    // Shanghai's 2026 bases not entered (yet): October's run falls back to 2025, not forward to 2027.
    await w.t.dataSource.query(`DELETE FROM social_insurance_rule WHERE city = '上海' AND year = 2026`);
    try {
      await as('finance').post(`/api/v1/payroll-runs/${runId}/calculate`).expect(200);
      const slips = await as('finance').get(`/api/v1/payroll-runs/${runId}/payslips`).expect(200);
      const bobs = slips.body.data.find((s: { employeeId: string }) => s.employeeId === bob.id);
      // Bob on 10,000 by 2025's rates: 8% + 2% + 1% = 1,100; housing fund 5% = 500.
      expect(bobs).toMatchObject({ employeeInsurance: 110_000, employeeHousingFund: 50_000 });
    } finally {
      await as('finance').put(`/api/v1/social-insurance-rules/${shanghai}/2026`).send(kept).expect(200);
    }
    const restored = await as('finance').post(`/api/v1/payroll-runs/${runId}/calculate`).expect(200);
    expect(restored.body.netTotal).toBe(1_698_556 + 1_222_650);
  });

  it('lets an employee see only their own payslip, and only once approved; HR sees no amounts', async () => {
    const slips = await as('finance').get(`/api/v1/payroll-runs/${runId}/payslips`).expect(200);
    const alices = slips.body.data.find((s: { employeeId: string }) => s.employeeId === alice.id);
    const bobs = slips.body.data.find((s: { employeeId: string }) => s.employeeId === bob.id);
    expectProblem(await as('agent').get(`/api/v1/payslips/${alices.id}`), 404, 'PAYSLIP_NOT_FOUND');
    // Only September's (approved) payslip so far: October's figures are not a payslip until approved.
    const before = await as('agent').get('/api/v1/payslips/mine').expect(200);
    expect(before.body.map((p: { month: string }) => p.month)).toEqual(['2026-09']);
    for (const who of ['hr', 'agent', 'salesManager'] as const) {
      expectProblem(await as(who).get(`/api/v1/payroll-runs/${runId}/payslips`), 403, 'FORBIDDEN');
      expectProblem(await as(who).get('/api/v1/payroll-runs'), 403, 'FORBIDDEN');
    }
    expectProblem(await as('hr').get(`/api/v1/payslips/${bobs.id}`), 404, 'PAYSLIP_NOT_FOUND');
    // The auditor and the general manager read everything, payslips included.
    await as('auditor').get(`/api/v1/payslips/${bobs.id}`).expect(200);
  });

  it('reviews, then exactly one of two concurrent approvals wins; the ledger accrues the month once', async () => {
    expectProblem(await as('finance').post(`/api/v1/payroll-runs/${runId}/approve`), 403, 'FORBIDDEN');
    await as('finance').post(`/api/v1/payroll-runs/${runId}/review`).expect(200);
    const results = await Promise.all([
      as('generalManager').post(`/api/v1/payroll-runs/${runId}/approve`),
      as('generalManager').post(`/api/v1/payroll-runs/${runId}/approve`),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const entries: Array<{ purpose: string; total_amount: string }> = await w.t.dataSource.query(
      `SELECT purpose, total_amount FROM journal_entry WHERE source_type = 'payroll_run' AND source_id = $1`,
      [runId],
    );
    expect(entries).toHaveLength(1);
    const lines: Array<{ code: string; debit: string; credit: string }> = await w.t.dataSource.query(
      `SELECT a.code, sum(l.debit) AS debit, sum(l.credit) AS credit FROM journal_line l
       JOIN journal_entry e ON e.id = l.entry_id JOIN ledger_account a ON a.id = l.account_id
       WHERE e.source_id = $1 GROUP BY a.code ORDER BY a.code`,
      [runId],
    );
    const byCode = Object.fromEntries(lines.map((l) => [l.code, Number(l.debit) - Number(l.credit)]));
    expect(byCode['221101']).toBe(-(1_698_556 + 1_222_650));
    expect(byCode['222103']).toBe(-(37_069 + 22_350));
    expect(byCode['224110']).toBe(-(489_375 + 175_000));
    expect(Object.values(byCode).reduce((a, b) => a + b, 0)).toBe(0);
    expect(byCode['6601']).toBeGreaterThan(2_225_000);
    expect(byCode['6602']).toBeGreaterThan(1_420_000);
    const events: Array<{ payload: { runId: string } }> = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'PayrollApproved' AND payload->>'runId' = $1`,
      [runId],
    );
    expect(events).toHaveLength(1);
    expectProblem(
      await as('finance').post(`/api/v1/payroll-runs/${runId}/calculate`),
      409,
      'PAYROLL_RUN_STATE',
    );
    expectProblem(
      await as('finance')
        .post('/api/v1/payroll-inputs')
        .send({ employeeId: bob.id, month, kind: 'reward', amount: 100, description: 'late' }),
      409,
      'PAYROLL_MONTH_CLOSED',
    );
  });

  it('shows the employee their approved payslip, and nobody else’s', async () => {
    const mine = await as('agent').get('/api/v1/payslips/mine').expect(200);
    expect(mine.body).toEqual([
      expect.objectContaining({ employeeId: alice.id, month: '2026-10', net: 1_698_556, locked: true }),
      expect.objectContaining({ employeeId: alice.id, month: '2026-09', locked: true }),
    ]);
    await as('agent').get(`/api/v1/payslips/${mine.body[0].id}`).expect(200);
    const slips = await as('finance').get(`/api/v1/payroll-runs/${runId}/payslips`).expect(200);
    const bobs = slips.body.data.find((s: { employeeId: string }) => s.employeeId === bob.id);
    expectProblem(await as('agent').get(`/api/v1/payslips/${bobs.id}`), 404, 'PAYSLIP_NOT_FOUND');
    await as('finance').get(`/api/v1/payslips/${bobs.id}`).expect(200);
    expect((await as('hr').get('/api/v1/payslips/mine').expect(200)).body).toEqual([]);
  });

  it('exports the payroll sheet and the audited bank file, then pays once', async () => {
    const sheet = await as('finance').get(`/api/v1/payroll-runs/${runId}/sheet`).buffer(true).expect(200);
    expect(sheet.headers['content-type']).toContain('spreadsheetml');
    const bank = await as('finance').get(`/api/v1/payroll-runs/${runId}/bank-file`).expect(200);
    expect(bank.text).toContain('6225880212345678,王丽,16985.56');
    expect(bank.text).toContain('6222020200112233,李强,12226.50');
    const audited: unknown[] = await w.t.dataSource.query(
      `SELECT 1 FROM audit_event WHERE action = 'export-bank-file' AND entity_id = $1`,
      [runId],
    );
    expect(audited).toHaveLength(1);
    expectProblem(await as('hr').get(`/api/v1/payroll-runs/${runId}/bank-file`), 403, 'FORBIDDEN');
    const paid = await as('finance').post(`/api/v1/payroll-runs/${runId}/pay`).expect(200);
    expect(paid.body.status).toBe('paid');
    expectProblem(await as('finance').post(`/api/v1/payroll-runs/${runId}/pay`), 409, 'PAYROLL_RUN_STATE');
    const payments: unknown[] = await w.t.dataSource.query(
      `SELECT 1 FROM journal_entry WHERE source_type = 'payroll_run' AND source_id = $1 AND purpose = 'payment'`,
      [runId],
    );
    expect(payments).toHaveLength(1);
  });

  it('keeps runs inside a finance user’s data scope (404 outside it)', async () => {
    const scoped = await userWithRoles(w.t, w.admin, [{ role: 'finance', orgUnitId: w.tree.hangzhou }]);
    const http = w.t.http(scoped.auth);
    expectProblem(await http.get(`/api/v1/payroll-runs/${runId}`), 404, 'PAYROLL_RUN_NOT_FOUND');
    expect((await http.get('/api/v1/payroll-runs').expect(200)).body.data).toEqual([]);
    expectProblem(
      await http.post('/api/v1/payroll-runs').send({ month, orgUnitId: w.tree.sales }),
      404,
      'ORG_UNIT_NOT_FOUND',
    );
    await http.post('/api/v1/payroll-runs').send({ month, orgUnitId: w.tree.hangzhou }).expect(201);
    const slips = await as('finance').get(`/api/v1/payroll-runs/${runId}/payslips`).expect(200);
    expectProblem(await http.get(`/api/v1/payslips/${slips.body.data[0].id}`), 404, 'PAYSLIP_NOT_FOUND');
  });

  it('lists runs for finance and the general manager; unknown runs are 404', async () => {
    const list = await as('generalManager')
      .get(`/api/v1/payroll-runs?month=${month}&status=paid`)
      .expect(200);
    expect(list.body.data.map((r: { id: string }) => r.id)).toEqual([runId]);
    await as('finance').get(`/api/v1/payroll-runs/${runId}`).expect(200);
    expectProblem(
      await as('finance').get('/api/v1/payroll-runs/0195f000-0000-7000-8000-000000000000'),
      404,
      'PAYROLL_RUN_NOT_FOUND',
    );
    await w.t.http().get('/api/v1/payslips/mine').expect(401);
  });

  it('calculates with the same number of statements however many employees the run pays', async () => {
    const carol = await hire('赵敏', 800_000, {}, w.tree.hangzhou);
    await as('finance')
      .post('/api/v1/salary-structures')
      .send({ employeeId: carol.id, effectiveFrom: '2020-01-01', baseSalary: 800_000 })
      .expect(201);
    await as('hr').post('/api/v1/attendance-months/2026-08/lock').expect(200);
    const calculate = async (orgUnitId: string) => {
      const run = await as('finance')
        .post('/api/v1/payroll-runs')
        .send({ month: '2026-08', orgUnitId })
        .expect(201);
      // The first calculation warms what is cached per process (the work calendar); the second is measured.
      await as('finance').post(`/api/v1/payroll-runs/${run.body.id}/calculate`).expect(200);
      return countQueries(w.t, (http) =>
        http(w.people.finance.auth).post(`/api/v1/payroll-runs/${run.body.id}/calculate`).expect(200),
      );
    };
    const one = await calculate(w.tree.hangzhou);
    const two = await calculate(w.tree.sales);
    expect(one.result.body.employees).toBe(1);
    expect(two.result.body.employees).toBe(2);
    expect(two.count).toBe(one.count);
  });
});
