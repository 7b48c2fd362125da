import ExcelJS from 'exceljs';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import { createOrderingCustomer } from '@zhanggui/api-orders/testing';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { createSalesWorld, guangzhouSales, SalesWorld } from '../testing/sales-world';

type Row = Record<string, unknown>;
type Figure = { key: string; value: number | null; count?: number; target?: number | null; drillDown: Row };
type Person = keyof SalesWorld['people'];
const BEIJING_OFFSET_MS = 8 * 3600_000;
const instant = (day: string, plusDays = 0) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS + plusDays * 86_400_000).toISOString();

describe('the department dashboards: figures equal the lists behind them', () => {
  let w: SalesWorld;
  let today: string;
  let sold: Array<{ id: string; total: number }>;

  beforeAll(async () => {
    w = await createSalesWorld();
    [{ today }] = await w.t.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
    );
    sold = await guangzhouSales(w, [12_000]);
    await w.t
      .http(w.people.salesManager.auth)
      .post('/api/v1/sales-targets')
      .send({ period: today.slice(0, 7), orgUnitId: w.tree.guangdong, amount: 10_000_000 })
      .expect(201);
    // A unit planned for three this year with one in post: the HR chart's plan beside actual.
    const hr = () => w.t.http(w.people.hr.auth);
    const position = (
      await hr()
        .post('/api/v1/positions')
        .send({
          code: `DDASH-${process.pid}`,
          title: '城市专员',
          orgUnitId: w.tree.guangzhou,
          duties: '开拓客户',
        })
        .expect(201)
    ).body;
    await hr()
      .put(`/api/v1/positions/${position.id}/headcount/${today.slice(0, 4)}`)
      .send({ planned: 3 })
      .expect(200);
    await hr()
      .post('/api/v1/employees')
      .send({ name: '看板专员', hireDate: today, salary: 600_000, positionId: position.id })
      .expect(201);
    const customerId = await createOrderingCustomer(w.orders);
    const lead = await userWithRoles(w.t, w.admin, [{ role: 'customer-service-lead' }]);
    const queue = await w.t
      .http(lead.auth)
      .post('/api/v1/support-queues')
      .send({ code: `DASH${process.pid}`, name: '看板队列', leadUserId: lead.id })
      .expect(201);
    for (const priority of ['urgent', 'normal']) {
      await w.t
        .http(w.people.agent.auth)
        .post('/api/v1/tickets')
        .send({
          subject: '看板工单',
          channel: 'phone',
          customerId,
          category: 'order',
          priority,
          queueId: queue.body.id,
        })
        .expect(201);
    }
  }, 240_000);
  afterAll(() => w?.t.close());

  const dashboard = (who: Person, path: string) =>
    w.t.http(w.people[who].auth).get(`/api/v1/dashboards/${path}`);
  const figures = async (
    who: Person,
    department: string,
  ): Promise<Record<string, Figure> & { body: Row }> => {
    const body = (await dashboard(who, `${department}?date=${today}`).expect(200)).body;
    expect(body).toMatchObject({ department, date: today, currency: 'CNY' });
    return Object.assign(Object.fromEntries(body.figures.map((f: Figure) => [f.key, f])), { body });
  };
  /** Every row of a list, page after page. */
  async function all(
    path: string,
    query: Record<string, string>,
    who: Person = 'generalManager',
  ): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | undefined;
    do {
      const page = await w.t
        .http(w.people[who].auth)
        .get(path)
        .query({ ...query, limit: '200', ...(cursor ? { cursor } : {}) })
        .expect(200);
      rows.push(...page.body.data);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    return rows;
  }
  const params = (query: unknown) => Object.fromEntries(new URLSearchParams(String(query)));
  const ordersBehind = (query: unknown, who: Person = 'generalManager') => {
    const p = params(query);
    return all(
      '/api/v1/orders',
      {
        ...(p.status ? { status: p.status } : {}),
        ...(p.from ? { placedFrom: instant(p.from), placedTo: instant(p.to, 1) } : {}),
      },
      who,
    );
  };
  const salesOf = (rows: Row[]) => {
    const kept = rows.filter((o) => o.status !== 'cancelled');
    return { value: kept.reduce((sum, o) => sum + Number(o.total), 0), count: kept.length };
  };

  const ACCESS: Array<[string, Person[], Person[]]> = [
    ['sales', ['salesManager', 'cityGuangzhou', 'generalManager'], ['hr', 'finance', 'agent']],
    ['procurement', ['productManager', 'auditor'], ['finance', 'cityGuangzhou']],
    ['support', ['agent', 'generalManager'], ['hr', 'productManager']],
    ['warehouse', ['productManager', 'auditor'], ['agent', 'finance']],
    ['hr', ['hr', 'generalManager'], ['finance', 'salesManager']],
    ['finance', ['finance', 'auditor'], ['hr', 'cityGuangzhou']],
  ];
  it.each(ACCESS)(
    '%s: open to its department and the general manager, refused to others',
    async (d, allowed, refused) => {
      for (const who of allowed) await dashboard(who, d).expect(200);
      for (const who of refused) {
        expectProblem(await dashboard(who, d), 403, 'FORBIDDEN');
        expectProblem(await dashboard(who, `${d}/export?format=csv`), 403, 'FORBIDDEN');
      }
    },
  );

  it('names the field of a bad date or export format', async () => {
    const bad = expectProblem(await dashboard('hr', 'hr?date=2026-02-30x'), 400, 'VALIDATION_FAILED');
    expect(bad.errors?.map((e) => e.field)).toEqual(['date']);
    const format = expectProblem(
      await dashboard('finance', 'finance/export?format=pdf'),
      400,
      'VALIDATION_FAILED',
    );
    expect(format.errors?.map((e) => e.field)).toEqual(['format']);
  });

  it('sales: today, the month and each status equal the orders list; COD the remittances list', async () => {
    const f = await figures('salesManager', 'sales');
    expect(f.salesThisMonth.value).toBeGreaterThanOrEqual(sold[0].total);
    for (const key of ['salesToday', 'salesThisMonth']) {
      expect(salesOf(await ordersBehind(f[key].drillDown.query))).toEqual({
        value: f[key].value,
        count: f[key].count,
      });
    }
    const byStatus = f.body.charts as Array<{ key: string; points: Array<Row & { drillDown: Row }> }>;
    const statuses = byStatus.find((c) => c.key === 'ordersByStatus')!;
    expect(statuses.points.length).toBeGreaterThan(0);
    for (const point of statuses.points) {
      expect((await ordersBehind(point.drillDown.query)).length).toBe(point.value);
    }
    const top = byStatus.find((c) => c.key === 'topProducts')!;
    expect(top.points.length).toBeGreaterThan(0);
    expect(top.points.reduce((sum, p) => sum + Number(p.value), 0)).toBeLessThanOrEqual(
      Number(f.salesThisMonth.value),
    );
    const awaiting = await all('/api/v1/cod-remittances', params(f.codOutstanding.drillDown.query));
    expect(f.codOutstanding).toMatchObject({
      value: awaiting.reduce((sum, r) => sum + Number(r.expectedAmount), 0),
      count: awaiting.length,
    });
    expect(f.returnsRate.value).toBe(0);
    expect(f.salesThisMonth.target).toBe(10_000_000);
    expect(f.targetAttainment.value).toBe(
      Math.round((Number(f.salesThisMonth.value) / 10_000_000) * 1000) / 10,
    );
  });

  it('sales: a city manager’s dashboard holds only their city', async () => {
    const company = await figures('salesManager', 'sales');
    const guangzhou = await figures('cityGuangzhou', 'sales');
    const hangzhou = await figures('cityHangzhou', 'sales');
    expect(salesOf(await ordersBehind(guangzhou.salesThisMonth.drillDown.query, 'cityGuangzhou'))).toEqual({
      value: guangzhou.salesThisMonth.value,
      count: guangzhou.salesThisMonth.count,
    });
    expect(guangzhou.salesThisMonth.value).toBeGreaterThanOrEqual(sold[0].total);
    expect(hangzhou.salesThisMonth).toMatchObject({ value: 0, count: 0, target: null });
    expect(guangzhou.salesThisMonth.target).toBeNull();
    expect(salesOf(await ordersBehind(hangzhou.salesThisMonth.drillDown.query, 'cityHangzhou')).count).toBe(
      0,
    );
    expect(Number(company.salesThisMonth.value)).toBeGreaterThanOrEqual(
      Number(guangzhou.salesThisMonth.value),
    );
  });

  it('procurement: open orders, mismatched invoices and stock alerts equal their lists', async () => {
    const f = await figures('productManager', 'procurement');
    let open = 0;
    for (const status of ['approved', 'sent', 'partially_received'])
      open += (await all('/api/v1/purchase-orders', { status })).length;
    expect(f.openPurchaseOrders.count).toBe(open);
    const mismatched = await all('/api/v1/supplier-invoices', params(f.mismatchedInvoices.drillDown.query));
    expect(f.mismatchedInvoices).toMatchObject({
      count: mismatched.length,
      value: mismatched.reduce((sum, i) => sum + Number(i.totalAmount), 0),
    });
    const alerts = await all('/api/v1/stock-alerts', params(f.stockAlerts.drillDown.query));
    expect(f.stockAlerts.value).toBe(alerts.length);
    const late = (await all('/api/v1/purchase-orders', {})).filter(
      (o) =>
        ['sent', 'partially_received'].includes(String(o.status)) &&
        o.expectedDate &&
        String(o.expectedDate) < today,
    );
    expect(f.overdueReceipts.value).toBe(late.length);
  });

  it('support: open tickets per priority and SLA breaches equal the tickets list', async () => {
    const f = await figures('agent', 'support');
    const open = await all('/api/v1/tickets', params(f.openTickets.drillDown.query));
    expect(f.openTickets.value).toBe(open.length);
    expect(open.length).toBeGreaterThanOrEqual(2);
    const chart = (f.body.charts as Array<{ key: string; points: Array<Row & { drillDown: Row }> }>)[0];
    for (const point of chart.points) {
      expect((await all('/api/v1/tickets', params(point.drillDown.query))).length).toBe(point.value);
    }
    expect(chart.points.find((p) => p.key === 'urgent')!.value).toBeGreaterThanOrEqual(1);
    const breached = await all('/api/v1/tickets', params(f.slaBreaches.drillDown.query));
    expect(f.slaBreaches.value).toBe(breached.length);
    expect(f.satisfaction).toMatchObject({ value: null, count: 0 });
    expect(f.firstResponseMedian).toMatchObject({ value: null, count: 0 });
  });

  it('warehouse: orders waiting to ship and transfers in transit equal their lists', async () => {
    const f = await figures('productManager', 'warehouse');
    const waiting = [
      ...(await all('/api/v1/orders', { status: 'confirmed' })),
      ...(await all('/api/v1/orders', { status: 'allocated' })),
    ];
    expect(f.pendingShipments.value).toBe(waiting.length);
    const transfers = await all('/api/v1/stock-transfers', params(f.transfersInTransit.drillDown.query));
    expect(f.transfersInTransit.value).toBe(transfers.length);
    expect(f.stockAlerts.value).toBe((await all('/api/v1/stock-alerts', { status: 'open' })).length);
  });

  it('hr: headcount and open hiring requests equal their lists', async () => {
    const f = await figures('hr', 'hr');
    const employees = await all('/api/v1/employees', {});
    expect(f.headcount.value).toBe(employees.filter((e) => e.status !== 'left').length);
    const chart = (f.body.charts as Array<{ points: Row[] }>)[0];
    expect(chart.points.reduce((sum, p) => sum + Number(p.value), 0)).toBe(f.headcount.value);
    const guangzhou = chart.points.find((p) => p.key === w.tree.guangzhou)!;
    expect(guangzhou).toMatchObject({
      compare: 3,
      drillDown: { path: '/hr/employees', query: `unitId=${w.tree.guangzhou}` },
    });
    // The console's employee list calls its unit filter unitId; the API's is orgUnitId.
    const inGuangzhou = await all('/api/v1/employees', {
      orgUnitId: params((guangzhou.drillDown as Row).query).unitId,
    });
    expect(guangzhou.value).toBe(inGuangzhou.filter((e) => e.status !== 'left').length);
    expect(f.headcount.target).toBe(chart.points.reduce((sum, p) => sum + Number(p.compare), 0));
    let requests = 0;
    for (const status of ['pending_approval', 'approved'])
      requests += (await all('/api/v1/hiring-requests', { status })).length;
    expect(f.openHiringRequests.value).toBe(requests);
    const probation = employees.filter(
      (e) => e.status === 'probation' && e.probationEndDate && String(e.probationEndDate) >= today,
    );
    expect(f.probationEnding.value).toBeLessThanOrEqual(probation.length);
  });

  it('finance: COD, payables due and budgets at 80% equal their lists', async () => {
    const f = await figures('finance', 'finance');
    const awaiting = await all('/api/v1/cod-remittances', params(f.codOutstanding.drillDown.query));
    expect(f.codOutstanding.value).toBe(awaiting.reduce((sum, r) => sum + Number(r.expectedAmount), 0));
    const payables = await all('/api/v1/payables', params(f.payablesDue.drillDown.query));
    const unpaid = payables.filter((p) => p.status !== 'paid' && p.currency === 'CNY');
    expect(f.payablesDue).toMatchObject({
      value: unpaid.reduce((sum, p) => sum + Number(p.amount) - Number(p.paidAmount), 0),
      count: unpaid.length,
    });
    const alerts = await w.t
      .http(w.people.finance.auth)
      .get('/api/v1/budgets/alerts')
      .query({ threshold: 80, date: today })
      .expect(200);
    expect(f.budgetsOver80.value).toBe(alerts.body.length);
    // Each day of the 30 before today: statement lines in, no 日结 yet.
    let open = 0;
    for (let n = 1; n <= 30; n++) {
      const day = new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
      const summary = (
        await w.t.http(w.people.finance.auth).get(`/api/v1/website-reconciliation/days/${day}`).expect(200)
      ).body;
      if (summary.lines > 0 && !summary.closed) open++;
    }
    expect(f.unreconciledDays).toMatchObject({ value: open, drillDown: { path: '/finance/reconciliation' } });
    expect(f.cash.drillDown).toEqual({
      path: '/finance/reports',
      query: `report=trial-balance&period=${today.slice(0, 7)}`,
    });
  });

  it('exports a dashboard as CSV and XLSX, amounts in yuan', async () => {
    const f = await figures('salesManager', 'sales');
    const csv = await dashboard('salesManager', `sales/export?format=csv&date=${today}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="sales-${today}.csv"`);
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('指标,数值,数量,目标');
    expect(text).toContain(
      `本月销售（元）,${Number(f.salesThisMonth.value) / 100},${f.salesThisMonth.count},`,
    );

    const xlsx = await dashboard('hr', `hr/export?format=xlsx&date=${today}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const values = workbook
      .getWorksheet('人事看板')!
      .getSheetValues()
      .map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values).toContainEqual(['指标', '数值', '数量', '目标']);
  });
});
