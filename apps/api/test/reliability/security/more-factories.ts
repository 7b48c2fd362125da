import { created, FACTORIES, ScopedWorld, unique } from './scoped-world';

/** Past months, one per run: a payroll run is one per unit and month. */
let runMonths = 0;
const nextRunMonth = () => `2026-${String(++runMonths).padStart(2, '0')}`;

/** An employee of territory A on a position of their own, hired before the months the factories use. */
export async function hireInA(
  w: ScopedWorld,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; positionId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const code = `POS-${unique()}`;
  const positionId = await created(
    await api()
      .post('/api/v1/positions')
      .send({ code, title: `岗位 ${code}`, orgUnitId: w.scopeA, duties: '负责…' }),
    'a position',
  );
  for (const year of ['2025', '2026'])
    await api().put(`/api/v1/positions/${positionId}/headcount/${year}`).send({ planned: 5 }).expect(200);
  const id = await created(
    await api()
      .post('/api/v1/employees')
      .send({
        name: `员工 ${unique()}`,
        hireDate: '2024-01-01',
        status: 'regular',
        salary: 800_000,
        positionId,
        ...extra,
      }),
    'an employee',
  );
  return { id, positionId };
}

/** A calculated payroll run of territory A with one payslip; the month's attendance is locked first. */
export async function calculatedRunInA(
  w: ScopedWorld,
  employee: { id: string },
): Promise<{ runId: string; payslipId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const month = nextRunMonth();
  // A run pays everyone of the unit, including other factories' hires: each needs a salary structure.
  const staff = (await api().get('/api/v1/employees').query({ limit: 200 }).expect(200)).body.data as Array<{
    id: string;
    number: string;
  }>;
  // A month with no punches is a month away, and its withholdings would exceed its pay.
  const punches = ['工号,打卡时间,设备'];
  for (const { id, number } of staff) {
    await api()
      .post('/api/v1/salary-structures')
      .send({ employeeId: id, effectiveFrom: '2024-01-01', baseSalary: 800_000, insuranceCity: '北京' });
    const summary = await api()
      .get('/api/v1/attendance-summaries')
      .query({ month, employeeId: id })
      .expect(200);
    for (const day of (summary.body.data[0]?.days ?? []) as Array<{ date: string; kind: string }>)
      if (day.kind === 'workday' || day.kind === 'make-up-workday')
        punches.push(`${number},${day.date} 08:55,GATE`, `${number},${day.date} 18:05,GATE`);
  }
  await api()
    .post('/api/v1/clock-records/imports')
    .send({ csv: punches.join('\n') })
    .expect(200);
  const lock = await api().post(`/api/v1/attendance-months/${month}/lock`);
  if (![200, 409].includes(lock.status)) throw new Error(`Locking ${month}: ${JSON.stringify(lock.body)}`);
  const runId = await created(
    await api().post('/api/v1/payroll-runs').send({ month, orgUnitId: w.scopeA }),
    'a payroll run',
  );
  const calculated = await api().post(`/api/v1/payroll-runs/${runId}/calculate`);
  if (calculated.status !== 200) throw new Error(`Calculating: ${JSON.stringify(calculated.body)}`);
  const slips = await api().get(`/api/v1/payroll-runs/${runId}/payslips`).query({ limit: 200 }).expect(200);
  const slip = (slips.body.data as Array<{ id: string; employeeId: string }>).find(
    (s) => s.employeeId === employee.id,
  );
  if (!slip) throw new Error(`No payslip for the employee: ${JSON.stringify(slips.body)}`);
  return { runId, payslipId: slip.id };
}

/**
 * Territory-A records for the HR, payroll and sales resources the first pass left out (same contract as
 * FACTORIES: the id of a record that `inA` reads and `inB` must not reach).
 */
export const MORE_FACTORIES: Record<string, (w: ScopedWorld) => Promise<string>> = {
  // Filed by A's own manager: the requester may not approve, and `everyone` is the other HR person.
  'leave-requests': async (w) =>
    created(
      await w.t
        .http(w.inA.auth)
        .post('/api/v1/leave-requests')
        .send({
          employeeId: (await hireInA(w)).id,
          leaveType: 'personal',
          startsOn: '2026-10-12',
          endsOn: '2026-10-12',
          reason: '家中有事',
        }),
      'a leave request',
    ),
  'overtime-requests': async (w) =>
    created(
      await w.t
        .http(w.inA.auth)
        .post('/api/v1/overtime-requests')
        .send({ employeeId: (await hireInA(w)).id, workDate: '2026-10-11', hours: 4, reason: '盘点' }),
      'an overtime request',
    ),
  'payroll-runs': async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/payroll-runs')
        .send({ month: nextRunMonth(), orgUnitId: w.scopeA }),
      'a payroll run',
    ),
  payslips: async (w) => (await calculatedRunInA(w, await hireInA(w))).payslipId,
  'operating-reports': async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/operating-reports')
        .send({ period: nextRunMonth(), orgUnitId: w.scopeA, commentary: '广州月报' }),
      'an operating report',
    ),
  // A province's target reaches a city through its allocations: 广东 → 珠三角 → 广州.
  'sales-targets': async (w) => {
    const api = () => w.t.http(w.everyone.auth);
    const id = await created(
      await api()
        .post('/api/v1/sales-targets')
        .send({ period: nextRunMonth(), orgUnitId: w.tree.guangdong, amount: 1_000_000 }),
      'a sales target',
    );
    await api()
      .put(`/api/v1/sales-targets/${id}/allocations/${w.tree.guangdong}`)
      .send({ children: [{ orgUnitId: w.tree.pearlRiverDelta, amount: 1_000_000 }] })
      .expect(200);
    await api()
      .put(`/api/v1/sales-targets/${id}/allocations/${w.tree.pearlRiverDelta}`)
      .send({ children: [{ orgUnitId: w.scopeA, amount: 600_000 }] })
      .expect(200);
    return id;
  },
};

export const KPI_ITEMS = [
  { code: 'sales', name: '销售额达成率', weight: 60 },
  { code: 'service', name: '客户满意度', weight: 30 },
  { code: 'team', name: '团队协作', weight: 10 },
];

/**
 * A new employee of A whose position has a KPI template, and a new appraisal cycle opened to self-review (it
 * opens an appraisal for every employee, other factories' hires too).
 */
export async function openCycleWithNewHireInA(
  w: ScopedWorld,
): Promise<{ cycleId: string; employee: Awaited<ReturnType<typeof hireInA>> }> {
  const api = () => w.t.http(w.everyone.auth);
  const employee = await hireInA(w);
  await api()
    .put(`/api/v1/kpi-templates/${employee.positionId}`)
    .send({ name: '季度考核', items: KPI_ITEMS })
    .expect(200);
  const cycleId = await created(
    await api()
      .post('/api/v1/appraisal-cycles')
      .send({ name: `考核 ${unique()}`, periodStart: '2026-10-01', periodEnd: '2026-12-31' }),
    'an appraisal cycle',
  );
  await api().post(`/api/v1/appraisal-cycles/${cycleId}/advance`).expect(200);
  return { cycleId, employee };
}

/** An appraisal of an employee of A, in self-review. */
MORE_FACTORIES.appraisals = async (w) => {
  const api = () => w.t.http(w.everyone.auth);
  const { cycleId, employee } = await openCycleWithNewHireInA(w);
  const all = await api().get('/api/v1/appraisals').query({ cycleId, limit: 200 }).expect(200);
  const mine = (all.body.data as Array<{ id: string; employeeId: string }>).find(
    (a) => a.employeeId === employee.id,
  );
  if (!mine) throw new Error(`No appraisal for the employee: ${JSON.stringify(all.body)}`);
  return mine.id;
};

/** A COD order of A (the order factory places it), shipped and delivered by A's people. */
export async function deliveredOrderInA(
  w: ScopedWorld,
): Promise<{ id: string; total: number; lines: Array<{ id: string }> }> {
  const orderId = await FACTORIES.orders(w);
  const api = () => w.t.http(w.everyone.auth);
  await api().post(`/api/v1/orders/${orderId}/allocate`).send({}).expect(200);
  await api()
    .post(`/api/v1/orders/${orderId}/ship`)
    .send({ carrier: '顺丰速运', trackingNumber: `SF${unique()}`, courierUserId: w.inA.id })
    .expect(200);
  await api().post(`/api/v1/orders/${orderId}/deliver`).send({}).expect(200);
  return (await api().get(`/api/v1/orders/${orderId}`).expect(200)).body;
}

MORE_FACTORIES.returns = async (w) => {
  const order = await deliveredOrderInA(w);
  return created(
    await w.t
      .http(w.everyone.auth)
      .post('/api/v1/returns')
      .send({
        orderId: order.id,
        kind: 'return',
        lines: [{ orderLineId: order.lines[0].id, quantity: 1, reason: '七天无理由' }],
      }),
    'a return',
  );
};

const post = async (w: ScopedWorld, path: string, body: object, what: string, as = w.everyone) =>
  created(await w.t.http(as.auth).post(path).send(body), what);

MORE_FACTORIES['franchise-partners'] = (w) =>
  post(
    w,
    '/api/v1/franchise-partners',
    { name: `广州连锁 ${unique()}`, kind: 'local_brand', orgUnitId: w.scopeA },
    'a franchise partner',
  );

MORE_FACTORIES.meetings = async (w) =>
  post(
    w,
    '/api/v1/meetings',
    {
      title: '广州例会',
      orgUnitId: w.scopeA,
      heldAt: '2026-11-30T02:00:00.000Z',
      attendeeIds: [(await hireInA(w)).id],
    },
    'a meeting',
  );

MORE_FACTORIES['training-records'] = async (w) =>
  post(
    w,
    '/api/v1/training-records',
    {
      employeeId: (await hireInA(w)).id,
      title: '客户投诉处理技巧',
      kind: 'external',
      provider: '某培训机构',
      startsOn: '2026-11-02',
      endsOn: '2026-11-02',
      hours: 6.5,
      cost: 120_000,
      result: 'passed',
      score: 88,
    },
    'a training record',
  );

// Proposed by A's own manager, like leave: the proposer may not decide it.
MORE_FACTORIES['personnel-actions'] = async (w) =>
  post(
    w,
    '/api/v1/personnel-actions',
    {
      employeeId: (await hireInA(w)).id,
      type: 'raise',
      effectiveOn: '2026-12-01',
      salary: 950_000,
      reason: '年度调薪',
    },
    'a personnel action',
    w.inA,
  );

MORE_FACTORIES['hiring-requests'] = async (w) => {
  const code = `POS-${unique()}`;
  const positionId = await post(
    w,
    '/api/v1/positions',
    { code, title: `岗位 ${code}`, orgUnitId: w.scopeA, duties: '负责…' },
    'a position',
  );
  await w.t
    .http(w.everyone.auth)
    .put(`/api/v1/positions/${positionId}/headcount/2026`)
    .send({ planned: 5 })
    .expect(200);
  return post(
    w,
    '/api/v1/hiring-requests',
    { positionId, headcount: 2, period: '2026', reason: '扩张' },
    'a hiring request',
    w.inA,
  );
};

MORE_FACTORIES['cod-remittances'] = async (w) => {
  const order = await deliveredOrderInA(w);
  await w.t
    .http(w.everyone.auth)
    .post(`/api/v1/orders/${order.id}/cod-collection`)
    .send({ amount: order.total })
    .expect(201);
  return post(
    w,
    '/api/v1/cod-remittances',
    { cityId: w.scopeA, businessDay: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) },
    'a COD remittance',
  );
};

/** Two warehouses of A and a SKU with stock in the first. */
async function stockedInA(w: ScopedWorld): Promise<{ from: string; to: string; skuId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const n = unique();
  const warehouse = (code: string) =>
    post(w, '/api/v1/warehouses', { code, name: `广州仓 ${code}`, regionId: w.scopeA }, 'a warehouse');
  const [from, to] = [await warehouse(`WH-F-${n}`), await warehouse(`WH-T-${n}`)];
  const product = await api()
    .post('/api/v1/products')
    .send({ name: `盘点商品 ${n}`, skus: [{ code: `STK-${n}` }] })
    .expect(201);
  const skuId = product.body.skus[0].id as string;
  await api()
    .post('/api/v1/stock-adjustments')
    .send({ skuId, warehouseId: from, quantity: 10, reason: '期初' })
    .expect(201);
  return { from, to, skuId };
}

MORE_FACTORIES.stocktakes = async (w) => {
  const { from, skuId } = await stockedInA(w);
  return post(
    w,
    '/api/v1/stocktakes',
    { warehouseId: from, note: '月末盘点', lines: [{ skuId, counted: 9 }] },
    'a stocktake',
  );
};

MORE_FACTORIES['stock-transfers'] = async (w) => {
  const { from, to, skuId } = await stockedInA(w);
  return post(
    w,
    '/api/v1/stock-transfers',
    { fromWarehouseId: from, toWarehouseId: to, lines: [{ skuId, quantity: 2 }], note: '同城调拨' },
    'a stock transfer',
  );
};

MORE_FACTORIES['logistics-partners'] = (w) =>
  post(
    w,
    '/api/v1/logistics-partners',
    { code: `LP-${unique()}`, name: '顺丰速运广州', regionId: w.tree.pearlRiverDelta, cityIds: [w.scopeA] },
    'a logistics partner',
  );

MORE_FACTORIES.campaigns = (w) => {
  const day = (offset: number) =>
    new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
  return post(
    w,
    '/api/v1/campaigns',
    {
      name: `广州促销 ${unique()}`,
      channel: 'online',
      startsOn: day(1),
      endsOn: day(3),
      budget: 500_000,
      targetRevenue: 100_000,
      territoryIds: [w.scopeA],
    },
    'a campaign',
  );
};
