import ExcelJS from 'exceljs';
import { sellableSku, stockUp } from '@zhanggui/api-orders/testing';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { createSalesWorld, guangzhouSales, SalesWorld } from '../testing/sales-world';

type Row = Record<string, unknown>;
const BEIJING_OFFSET_MS = 8 * 3600_000;
const instant = (day: string, plusDays = 0) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS + plusDays * 86_400_000).toISOString();

describe('the general manager’s dashboard: figures equal the lists behind them', () => {
  let w: SalesWorld;
  let today: string;
  let sold: Array<{ id: string; total: number }>;

  beforeAll(async () => {
    w = await createSalesWorld();
    [{ today }] = await w.t.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE 'Asia/Shanghai')::date, 'YYYY-MM-DD') AS today`,
    );
    sold = await guangzhouSales(w, [12_000, 8_000]);
    // One order's cash collected and batched: a remittance waiting for the courier's cash.
    await w.t
      .http(w.people.cityGuangzhou.auth)
      .post(`/api/v1/orders/${sold[0].id}/cod-collection`)
      .send({ amount: sold[0].total })
      .expect(201);
    await w.t
      .http(w.people.cityGuangzhou.auth)
      .post('/api/v1/cod-remittances')
      .send({ cityId: w.tree.guangzhou, businessDay: today })
      .expect(201);
    // A SKU whose stock sits below its new reorder point: an open low-stock alert.
    const sku = await sellableSku(w.orders, 1_000);
    await stockUp(w.orders, sku, w.orders.warehouses.prd, 5);
    await w.t
      .http(w.people.productManager.auth)
      .put(`/api/v1/stock-levels/${sku}/${w.orders.warehouses.prd}/reorder`)
      .send({ reorderPoint: 10, safetyStock: 0 })
      .expect(200);
    // A position planned for three this year, one of them filled.
    const hr = () => w.t.http(w.people.hr.auth);
    const position = await hr()
      .post('/api/v1/positions')
      .send({
        code: `DASH-${process.pid}`,
        title: '销售代表',
        orgUnitId: w.tree.guangzhou,
        duties: '开拓客户',
      })
      .expect(201);
    await hr()
      .put(`/api/v1/positions/${position.body.id}/headcount/${today.slice(0, 4)}`)
      .send({ planned: 3 })
      .expect(200);
    await hr()
      .post('/api/v1/employees')
      .send({ name: '看板员工', hireDate: today, salary: 800_000, positionId: position.body.id })
      .expect(201);
  }, 240_000);
  afterAll(() => w?.t.close());

  const dashboard = (auth: string, query = '') =>
    w.t.http(auth).get(`/api/v1/dashboards/general-manager${query}`);
  /** Every row of a list, page after page, as the general manager sees it. */
  async function all(path: string, query: Record<string, string>): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | undefined;
    do {
      const page = await w.t
        .http(w.people.generalManager.auth)
        .get(path)
        .query({ ...query, limit: '200', ...(cursor ? { cursor } : {}) })
        .expect(200);
      rows.push(...page.body.data);
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    return rows;
  }
  const params = (query: string) => Object.fromEntries(new URLSearchParams(query));
  const salesOf = (rows: Row[]) => {
    const kept = rows.filter((o) => o.status !== 'cancelled');
    return { amount: kept.reduce((sum, o) => sum + Number(o.total), 0), orders: kept.length };
  };
  /** The orders list filtered as a drill-down link says (its days are Beijing days). */
  async function ordersBehind(query: string): Promise<Row[]> {
    const p = params(query);
    return all('/api/v1/orders', {
      placedFrom: instant(p.from),
      placedTo: instant(p.to, 1),
      ...(p.regionId ? { regionId: p.regionId } : {}),
    });
  }

  it('is for the general manager and the auditor only', async () => {
    await dashboard(w.people.generalManager.auth).expect(200);
    await dashboard(w.people.auditor.auth).expect(200);
    for (const who of ['cityGuangzhou', 'salesManager', 'finance'] as const) {
      expectProblem(await dashboard(w.people[who].auth), 403, 'FORBIDDEN');
      expectProblem(await dashboard(w.people[who].auth, '/export?format=csv'), 403, 'FORBIDDEN');
    }
  });

  it('names the field of a bad date or export format', async () => {
    const bad = expectProblem(
      await dashboard(w.people.generalManager.auth, '?date=2026-13-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(['date']);
    const format = expectProblem(
      await dashboard(w.people.generalManager.auth, '/export?format=pdf'),
      400,
      'VALIDATION_FAILED',
    );
    expect(format.errors?.map((e) => e.field)).toEqual(['format']);
  });

  it('sums sales today, this month and per territory exactly as the orders list filtered the same way', async () => {
    const d = (await dashboard(w.people.generalManager.auth, `?date=${today}`).expect(200)).body;
    expect(d.date).toBe(today);
    const soldTotal = sold.reduce((sum, o) => sum + o.total, 0);
    expect(d.salesThisMonth.amount).toBeGreaterThanOrEqual(soldTotal);
    expect(d.salesToday.drillDown).toEqual({
      path: '/orders/sales-orders',
      query: `from=${today}&to=${today}`,
    });
    expect(salesOf(await ordersBehind(d.salesToday.drillDown.query))).toEqual({
      amount: d.salesToday.amount,
      orders: d.salesToday.orders,
    });
    expect(salesOf(await ordersBehind(d.salesThisMonth.drillDown.query))).toEqual({
      amount: d.salesThisMonth.amount,
      orders: d.salesThisMonth.orders,
    });
    const kinds = d.territories.map((t: Row) => t.kind);
    expect(new Set(kinds)).toEqual(new Set(['province', 'region']));
    const prd = d.territories.find((t: Row) => t.orgUnitId === w.tree.pearlRiverDelta);
    expect(prd.month.amount).toBeGreaterThanOrEqual(soldTotal);
    for (const territory of d.territories) {
      expect(params(territory.month.drillDown.query).regionId).toBe(territory.orgUnitId);
      expect(salesOf(await ordersBehind(territory.month.drillDown.query))).toEqual({
        amount: territory.month.amount,
        orders: territory.month.orders,
      });
      expect(salesOf(await ordersBehind(territory.today.drillDown.query))).toEqual({
        amount: territory.today.amount,
        orders: territory.today.orders,
      });
    }
  });

  it('counts the month’s funnel over the orders placed this month', async () => {
    // Two more delivered orders, each with a return: one stays requested, the other is rejected.
    const lead = await userWithRoles(w.t, w.admin, [{ role: 'customer-service-lead' }]);
    const returnIds: string[] = [];
    for (const order of await guangzhouSales(w, [5_000, 6_000])) {
      const agent = w.t.http(w.people.agent.auth);
      const [line] = (await agent.get(`/api/v1/orders/${order.id}`).expect(200)).body.lines;
      const requested = await agent
        .post('/api/v1/returns')
        .send({
          orderId: order.id,
          kind: 'return',
          lines: [{ orderLineId: line.id, quantity: 1, reason: '不合适' }],
        })
        .expect(201);
      returnIds.push(requested.body.id);
    }
    await w.t
      .http(lead.auth)
      .post(`/api/v1/returns/${returnIds[1]}/reject`)
      .send({ reason: '已过期' })
      .expect(200);

    const d = (await dashboard(w.people.generalManager.auth).expect(200)).body;
    const stages = Object.fromEntries(d.funnel.map((s: Row) => [s.stage, s.count]));
    const placed = await ordersBehind(d.funnel[0].drillDown.query);
    expect(stages.placed).toBe(placed.length);
    const reached = (statuses: string[]) => placed.filter((o) => statuses.includes(String(o.status))).length;
    expect(stages.delivered).toBe(reached(['delivered', 'completed']));
    expect(stages.shipped).toBe(reached(['shipped', 'delivered', 'completed']));
    expect(stages.paid).toBeGreaterThanOrEqual(stages.shipped);
    expect(stages.returned).toBe(1);
    expect(d.funnel.at(-1).drillDown.path).toBe('/orders/returns');
  });

  it('matches COD, payables, stock alerts, SLA breaches, headcount and cash to their lists', async () => {
    const d = (await dashboard(w.people.generalManager.auth).expect(200)).body;

    const awaiting = await all('/api/v1/cod-remittances', params(d.codOutstanding.drillDown.query));
    expect(d.codOutstanding.drillDown.path).toBe('/finance/cod-remittances');
    expect(d.codOutstanding).toMatchObject({
      amount: awaiting.reduce((sum, r) => sum + Number(r.expectedAmount), 0),
      remittances: awaiting.length,
    });
    expect(d.codOutstanding.amount).toBe(sold[0].total);

    const payables = await all('/api/v1/payables', params(d.payablesDue.drillDown.query));
    const unpaid = payables.filter((p) => p.status !== 'paid' && p.currency === 'CNY');
    expect(d.payablesDue).toMatchObject({
      amount: unpaid.reduce((sum, p) => sum + Number(p.amount) - Number(p.paidAmount), 0),
      payables: unpaid.length,
    });

    const alerts = await all('/api/v1/stock-alerts', params(d.stockAlerts.drillDown.query));
    expect(d.stockAlerts.count).toBe(alerts.length);
    expect(d.stockAlerts.count).toBeGreaterThan(0);

    const breached = await all('/api/v1/tickets', { status: 'active', breached: 'true' });
    expect(d.slaBreaches.drillDown.query).toBe('breached=true');
    expect(d.slaBreaches.count).toBe(breached.length);

    const employees = await all('/api/v1/employees', {});
    expect(d.headcount.inPost).toBe(employees.filter((e) => e.status !== 'left').length);
    expect(d.headcount.inPost).toBeGreaterThan(0);
    expect(d.headcount.planned).toBe(3);

    const month = today.slice(0, 7);
    expect(d.cash.drillDown.query).toBe(`report=trial-balance&period=${month}`);
    const trial = (
      await w.t
        .http(w.people.generalManager.auth)
        .get('/api/v1/ledger-reports/trial-balance')
        .query({ period: month })
    ).body;
    const closing = (code: string) => {
      const row = trial.rows.find((r: Row) => r.code === code);
      return row ? row.closingDebit - row.closingCredit : 0;
    };
    expect(d.cash.amount).toBe(closing('1001') + closing('1002'));
  });

  it('exports the figures as CSV and XLSX, amounts in yuan', async () => {
    const d = (await dashboard(w.people.generalManager.auth, `?date=${today}`).expect(200)).body;
    const csv = await dashboard(w.people.auditor.auth, `/export?format=csv&date=${today}`).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="general-manager-${today}.csv"`);
    const text = csv.text.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe('指标,金额（元）,数量');
    expect(text).toContain(`本月销售,${d.salesThisMonth.amount / 100},${d.salesThisMonth.orders}`);

    const xlsx = await dashboard(w.people.generalManager.auth, `/export?format=xlsx&date=${today}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body);
    const sheet = workbook.getWorksheet('总经理看板')!;
    const values = sheet.getSheetValues().map((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values).toContainEqual(['本月销售', d.salesThisMonth.amount / 100, d.salesThisMonth.orders]);
  });
});
