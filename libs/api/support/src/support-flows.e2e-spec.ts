import { ORDER_DELIVERED } from '@zhanggui/api-orders';
import { deliveredOrder, sellableSku, stockUp } from '@zhanggui/api-orders/testing';
import { EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { clocksRunToday } from '@zhanggui/api-platform/testing';
import { FollowUpScheduler } from './follow-ups/follow-ups.service';
import {
  beijingToday,
  createSupportWorld,
  eventually,
  supportCustomer,
  SupportWorld,
} from './testing/support-world';

/** Support on real orders: follow-ups from deliveries, answers filled from the order, key accounts, metrics. */
describe('customer support over orders', () => {
  let w: SupportWorld;
  let sku: string;
  const http = (who: keyof SupportWorld['people']) => w.t.http(w.people[who].auth);
  const factOf = (orderId: string) =>
    eventually(async () => {
      const [row] = await w.t.dataSource.query(
        `SELECT status, tracking_number FROM support_order_fact WHERE order_id = $1`,
        [orderId],
      );
      return row?.status === 'delivered' && row.tracking_number ? row : undefined;
    });

  beforeAll(async () => {
    w = await createSupportWorld();
    sku = await sellableSku(w.orders, 12_000);
    await stockUp(w.orders, sku, w.orders.warehouses.prd, 100);
  }, 120_000);
  afterAll(() => w.t.close());

  it('schedules a follow-up visit when an order is delivered, in the worklist of the rule’s queue', async () => {
    await http('lead')
      .post('/api/v1/follow-up-rules')
      .send({ name: '签收当天回访', trigger: 'order-delivered', delayDays: 0, queueId: w.queues.a })
      .expect(201);
    const customerId = await supportCustomer(w, '李四');
    const order = await deliveredOrder(w.orders, { customerId, lines: [{ skuId: sku, quantity: 1 }] });

    const visit = await eventually(async () => {
      const list = await http('agent').get('/api/v1/follow-up-visits?due=worklist').expect(200);
      return list.body.find((v: { orderId: string }) => v.orderId === order.id);
    });
    expect(visit).toMatchObject({
      trigger: 'order-delivered',
      customerId,
      queueId: w.queues.a,
      assigneeId: null,
      status: 'scheduled',
      dueDate: beijingToday(),
    });
    // The other queue's agent does not see it; the agent claims it and records the outcome.
    const theirs = await http('otherAgent').get('/api/v1/follow-up-visits?due=worklist').expect(200);
    expect(theirs.body.map((v: { id: string }) => v.id)).not.toContain(visit.id);
    await http('otherAgent').post(`/api/v1/follow-up-visits/${visit.id}/claim`).send({}).expect(404);
    const claimed = await http('agent')
      .post(`/api/v1/follow-up-visits/${visit.id}/claim`)
      .send({})
      .expect(200);
    expect(claimed.body.assigneeId).toBe(w.people.agent.id);
    await http('agent')
      .post(`/api/v1/follow-up-visits/${visit.id}/complete`)
      .send({ status: 'done', outcome: '商品完好', satisfactionScore: 5 })
      .expect(200);
    const done = await http('lead').get(`/api/v1/follow-up-visits/${visit.id}`).expect(200);
    expect(done.body).toMatchObject({ status: 'done', satisfactionScore: 5, assigneeId: w.people.agent.id });
    // A redelivered event schedules nothing twice: still one visit for this order.
    const [row] = await w.t.dataSource.query(
      `SELECT id FROM outbox_event WHERE type = $1 AND payload->>'orderId' = $2`,
      [ORDER_DELIVERED, order.id],
    );
    const event = (await w.t.app.get(EventBus).find(row.id))!;
    await w.t.app
      .get(TransactionalConnection)
      .withTransaction(() => w.t.app.get(FollowUpScheduler).handle(event));
    const all = await http('lead').get(`/api/v1/follow-up-visits?customerId=${customerId}`).expect(200);
    expect(all.body.filter((v: { orderId: string }) => v.orderId === order.id)).toHaveLength(1);
  });

  it('fills a standard answer from the ticket’s order: number, total and tracking number', async () => {
    const customerId = await supportCustomer(w, '王五');
    const order = await deliveredOrder(w.orders, { customerId, lines: [{ skuId: sku, quantity: 2 }] });
    const fact = await factOf(order.id);
    const ticket = (
      await http('agent')
        .post('/api/v1/tickets')
        .send({ subject: '物流', channel: 'phone', customerId, category: 'order', orderId: order.id })
        .expect(201)
    ).body;
    const answer = (
      await http('lead')
        .post('/api/v1/standard-answers')
        .send({
          code: 'SHIP-FLOW',
          title: '物流查询',
          category: 'order',
          body: '{{customerName}}您好，订单{{orderNumber}}（{{orderTotal}}）运单{{trackingNumber}}',
        })
        .expect(201)
    ).body;
    const rendered = await http('agent')
      .post(`/api/v1/tickets/${ticket.id}/render-answer`)
      .send({ standardAnswerId: answer.id })
      .expect(200);
    expect(rendered.body.missing).toEqual([]);
    expect(rendered.body.body).toBe(
      `王五您好，订单${order.number}（${rendered.body.values.orderTotal}）运单${fact.tracking_number}`,
    );
    expect(rendered.body.values.orderTotal).toContain((order.total / 100).toFixed(2));
    await http('otherAgent')
      .post(`/api/v1/tickets/${ticket.id}/render-answer`)
      .send({ standardAnswerId: answer.id })
      .expect(404);
    const sidebar = await http('agent').get(`/api/v1/tickets/${ticket.id}/customer-context`).expect(200);
    expect(sidebar.body.linkedOrder).toMatchObject({
      orderId: order.id,
      orderNumber: order.number,
      status: 'delivered',
      total: order.total,
    });
  });

  it('suggests key-account candidates from order facts and tickets; confirm hands to sales, dismiss sticks', async () => {
    const company = await supportCustomer(w, '广州好物贸易有限公司');
    const person = await supportCustomer(w, '赵六');
    const once = await supportCustomer(w, '钱七');
    for (const customerId of [company, company, person, person, person, once]) {
      const order = await deliveredOrder(w.orders, { customerId, lines: [{ skuId: sku, quantity: 1 }] });
      await factOf(order.id);
    }
    await http('agent')
      .post('/api/v1/tickets')
      .send({ subject: '批量采购', channel: 'email', customerId: company, category: 'pre-sales' })
      .expect(201);
    await http('agent')
      .post('/api/v1/key-account-rules')
      .send({ name: 'x', kind: 'order-count', windowDays: 30, threshold: 3 })
      .expect(403);
    const byCount = (
      await http('lead')
        .post('/api/v1/key-account-rules')
        .send({ name: '30 天 3 单', kind: 'order-count', windowDays: 30, threshold: 3 })
        .expect(201)
    ).body;
    const byCompany = (
      await http('lead')
        .post('/api/v1/key-account-rules')
        .send({ name: '企业 2 单', kind: 'company-buyer', windowDays: 30, threshold: 2 })
        .expect(201)
    ).body;
    await http('lead')
      .post('/api/v1/key-account-rules')
      .send({ name: 'bad', kind: 'vibes', windowDays: 0, threshold: 1 })
      .expect(400);
    expect((await http('agent').get('/api/v1/key-account-rules').expect(200)).body).toHaveLength(2);
    await http('agent').post('/api/v1/key-account-rules/evaluate').send({}).expect(403);
    expect((await http('lead').post('/api/v1/key-account-rules/evaluate').send({}).expect(200)).body).toEqual(
      {
        suggested: 2,
      },
    );

    const candidates = (await http('salesManager').get('/api/v1/key-account-candidates').expect(200)).body;
    expect(candidates).toHaveLength(2);
    const forCompany = candidates.find((c: { customerId: string }) => c.customerId === company);
    const forPerson = candidates.find((c: { customerId: string }) => c.customerId === person);
    expect(forCompany).toMatchObject({ ruleId: byCompany.id, metricValue: 2, orderCount: 2, ticketCount: 1 });
    expect(forPerson).toMatchObject({ ruleId: byCount.id, metricValue: 3, orderCount: 3, ticketCount: 0 });
    expect(forPerson.orderAmount).toBe(3 * 12_000);
    expect(candidates.map((c: { customerId: string }) => c.customerId)).not.toContain(once);

    await http('salesManager')
      .post(`/api/v1/key-account-candidates/${forCompany.id}/confirm`)
      .send({})
      .expect(403);
    const confirmed = await http('agent')
      .post(`/api/v1/key-account-candidates/${forCompany.id}/confirm`)
      .send({ note: '月采购稳定', salesOwnerId: w.people.salesManager.id })
      .expect(200);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', salesOwnerId: w.people.salesManager.id });
    const [event] = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'KeyAccountConfirmed' AND payload->>'candidateId' = $1`,
      [forCompany.id],
    );
    expect(event.payload).toMatchObject({
      customerId: company,
      rule: '企业 2 单',
      orderCount: 2,
      salesOwnerId: w.people.salesManager.id,
      note: '月采购稳定',
    });
    await http('agent').post(`/api/v1/key-account-candidates/${forCompany.id}/dismiss`).send({}).expect(409);
    await http('agent').post(`/api/v1/key-account-candidates/${forPerson.id}/dismiss`).send({}).expect(200);
    await http('agent')
      .post('/api/v1/key-account-candidates/00000000-0000-4000-8000-000000000000/confirm')
      .send({})
      .expect(404);

    // Re-running neither revives the dismissed candidate nor suggests the confirmed customer again.
    expect((await http('lead').post('/api/v1/key-account-rules/evaluate').send({}).expect(200)).body).toEqual(
      {
        suggested: 0,
      },
    );
    expect((await http('agent').get('/api/v1/key-account-candidates').expect(200)).body).toEqual([]);
    const dismissed = await http('agent').get('/api/v1/key-account-candidates?status=dismissed').expect(200);
    expect(dismissed.body.map((c: { id: string }) => c.id)).toEqual([forPerson.id]);
    const sidebarTicket = (
      await http('agent')
        .post('/api/v1/tickets')
        .send({ subject: '再次咨询', channel: 'phone', customerId: company, category: 'pre-sales' })
        .expect(201)
    ).body;
    const sidebar = await http('agent')
      .get(`/api/v1/tickets/${sidebarTicket.id}/customer-context`)
      .expect(200);
    expect(sidebar.body.keyAccount).toBe('confirmed');
    await http('hr').get('/api/v1/key-account-candidates').expect(403);
  });

  it('measures a known data set: created, resolved, SLA attainment, satisfaction, follow-ups, per agent', async () => {
    // The clocks run (a working day, 24-hour desk): each ticket is answered and resolved within its first minute.
    await clocksRunToday(w.t);
    const queue = (
      await http('lead').post('/api/v1/support-queues').send({ code: 'METRICS', name: '度量' }).expect(201)
    ).body.id;
    await http('lead')
      .put(`/api/v1/support-queues/${queue}/members`)
      .send({ userIds: [w.people.agent.id, w.people.otherAgent.id] })
      .expect(200);
    const customerId = await supportCustomer(w, '孙八');
    const open = (who: 'agent' | 'otherAgent', subject: string) =>
      http(who)
        .post('/api/v1/tickets')
        .send({ subject, channel: 'phone', customerId, category: 'order', queueId: queue })
        .expect(201)
        .then((r) => r.body as { id: string });
    const resolve = async (who: 'agent' | 'otherAgent', id: string, score: number) => {
      await http(who)
        .post(`/api/v1/tickets/${id}/messages`)
        .send({ kind: 'reply', body: '已处理', thenStatus: 'resolved' })
        .expect(201);
      await http(who).post(`/api/v1/tickets/${id}/satisfaction`).send({ score }).expect(200);
    };
    const a1 = await open('agent', 'm1');
    const a2 = await open('agent', 'm2');
    const b1 = await open('otherAgent', 'm3');
    await open('otherAgent', 'm4');
    await resolve('agent', a1.id, 5);
    await resolve('agent', a2.id, 3);
    await resolve('otherAgent', b1.id, 2);

    const today = beijingToday();
    const byQueue = await http('lead')
      .get(`/api/v1/support-metrics?from=${today}&to=${today}&groupBy=queue`)
      .expect(200);
    expect(byQueue.body.rows.find((r: { key: string }) => r.key === queue)).toMatchObject({
      created: 4,
      resolved: 3,
      avgFirstResponseMinutes: 1,
      avgResolutionMinutes: 1,
      slaAttainmentPercent: 100,
      avgSatisfaction: 3.33,
      satisfactionResponses: 3,
    });
    const byAgent = await http('generalManager')
      .get(`/api/v1/support-metrics?from=${today}&to=${today}&groupBy=agent`)
      .expect(200);
    const other = byAgent.body.rows.find((r: { key: string }) => r.key === w.people.otherAgent.id);
    expect(other).toMatchObject({ created: 2, resolved: 1, avgSatisfaction: 2, satisfactionResponses: 1 });
    // Yesterday saw none of it.
    const yesterday = new Date(Date.now() + 8 * 3600_000 - 86_400_000).toISOString().slice(0, 10);
    const before = await http('lead')
      .get(`/api/v1/support-metrics?from=${yesterday}&to=${yesterday}&groupBy=queue`)
      .expect(200);
    expect(before.body.rows.find((r: { key: string }) => r.key === queue)).toBeUndefined();
    await http('lead').get(`/api/v1/support-metrics?from=yesterday&to=${today}`).expect(400);
    await http('agent').get(`/api/v1/support-metrics?from=${today}&to=${today}`).expect(403);
  });
});
