import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { clocksRunToday, createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { SlaMonitor } from './sla/sla-monitor';
import { SupportModule } from './support.module';

/** A Beijing wall-clock time as an instant. */
const at = (local: string) => new Date(`${local}+08:00`);

async function eventually<T>(probe: () => Promise<T | undefined>, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('customer support', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let agent: SignedInUser;
  let otherAgent: SignedInUser;
  let lead: SignedInUser;
  let auditor: SignedInUser;
  let gm: SignedInUser;
  let hr: SignedInUser;
  let queueA: string;
  let queueB: string;
  let customerId: string;
  let website: string;

  beforeAll(async () => {
    t = await createTestApp({
      imports: [IdentityModule, CatalogModule, InventoryModule, OrdersModule, SupportModule],
    });
    admin = await signInAsAdmin(t);
    agent = await userWithRoles(t, admin, [{ role: 'customer-service-agent' }]);
    otherAgent = await userWithRoles(t, admin, [{ role: 'customer-service-agent' }]);
    lead = await userWithRoles(t, admin, [{ role: 'customer-service-lead' }]);
    auditor = await userWithRoles(t, admin, [{ role: 'auditor' }]);
    gm = await userWithRoles(t, admin, [{ role: 'general-manager' }]);
    hr = await userWithRoles(t, admin, [{ role: 'hr' }]);
    const L = () => t.http(lead.auth);
    queueA = (
      await L()
        .post('/api/v1/support-queues')
        .send({ code: 'GENERAL', name: '综合', leadUserId: lead.id })
        .expect(201)
    ).body.id;
    queueB = (await L().post('/api/v1/support-queues').send({ code: 'VIP', name: '大客户' }).expect(201)).body
      .id;
    await L()
      .put(`/api/v1/support-queues/${queueA}/members`)
      .send({ userIds: [agent.id] })
      .expect(200);
    await L()
      .put(`/api/v1/support-queues/${queueB}/members`)
      .send({ userIds: [otherAgent.id] })
      .expect(200);
    await L()
      .post('/api/v1/sla-policies')
      .send({
        name: '默认',
        firstResponseMinutes: 60,
        resolutionMinutes: 480,
        deskHours: [{ start: '00:00', end: '24:00' }],
      })
      .expect(201);
    customerId = (
      await t
        .http(agent.auth)
        .post('/api/v1/customers')
        .send({ name: '张三', phone: '13712345678' })
        .expect(201)
    ).body.id;
    const key = await t
      .http(admin.auth)
      .post('/api/v1/api-keys')
      .send({ name: '官网', permissions: ['tickets:create'] })
      .expect(201);
    website = `Bearer ${key.body.secret}`;
  }, 60_000);
  afterAll(() => t.close());

  it('opens tickets from the website and agents, numbered, in queues agents see by membership', async () => {
    const web = await t
      .http(website)
      .post('/api/v1/tickets')
      .send({
        subject: '网站表单',
        channel: 'web',
        customerId,
        category: 'pre-sales',
        description: '有货吗？',
      })
      .expect(201);
    expect(web.body).toMatchObject({
      number: expect.stringMatching(/^TK-\d{8}-\d{4}$/),
      status: 'new',
      queueId: queueA,
      channel: 'web',
    });
    expect(web.headers.location).toBe(`/api/v1/tickets/${web.body.id}`);
    expect(web.body.sla.firstResponse).toMatchObject({ targetMinutes: 60, state: 'running' });
    const vip = await t
      .http(lead.auth)
      .post('/api/v1/tickets')
      .send({ subject: 'VIP', channel: 'phone', customerId, category: 'order', queueId: queueB })
      .expect(201);

    const mine = await t.http(agent.auth).get('/api/v1/tickets?sort=due').expect(200);
    expect(mine.body.data.map((x: { id: string }) => x.id)).toContain(web.body.id);
    expect(mine.body.data.map((x: { id: string }) => x.id)).not.toContain(vip.body.id);
    await t.http(agent.auth).get(`/api/v1/tickets/${vip.body.id}`).expect(404);
    for (const reader of [lead, auditor, gm]) {
      const all = await t.http(reader.auth).get('/api/v1/tickets').expect(200);
      expect(all.body.data.map((x: { id: string }) => x.id)).toEqual(
        expect.arrayContaining([web.body.id, vip.body.id]),
      );
    }
    await t.http(hr.auth).get('/api/v1/tickets').expect(403);
    await t
      .http(auditor.auth)
      .post('/api/v1/tickets')
      .send({ subject: 'x', channel: 'phone', customerId, category: 'order' })
      .expect(403);
    await t.http(website).get('/api/v1/tickets').expect(403);
  });

  it('keeps notes apart from replies; only the first public reply stops first response; illegal moves are 409', async () => {
    const created = await t
      .http(agent.auth)
      .post('/api/v1/tickets')
      .send({ subject: '物流', channel: 'phone', customerId, category: 'order', priority: 'high' })
      .expect(201);
    const id = created.body.id;
    expect(created.body).toMatchObject({ status: 'open', assigneeId: agent.id });
    const A = () => t.http(agent.auth);
    const noted = await A()
      .post(`/api/v1/tickets/${id}/messages`)
      .send({ kind: 'note', body: '内部：先查物流' })
      .expect(201);
    expect(noted.body.ticket.firstRespondedAt).toBeNull();
    await A()
      .patch(`/api/v1/tickets/${id}`)
      .send({ tags: ['物流'], priority: 'urgent' })
      .expect(200);
    const replied = await A()
      .post(`/api/v1/tickets/${id}/messages`)
      .send({ kind: 'reply', body: '正在为您查询', thenStatus: 'waiting_on_customer' })
      .expect(201);
    expect(replied.body.ticket.firstRespondedAt).not.toBeNull();
    expect(replied.body.ticket.status).toBe('waiting_on_customer');
    expect(replied.body.ticket.sla.firstResponse.state).toBe('met');
    expect(replied.body.ticket.sla.resolution.state).toBe('paused');

    const publicThread = await A().get(`/api/v1/tickets/${id}/messages?notes=false`).expect(200);
    expect(publicThread.body.map((m: { kind: string }) => m.kind)).toEqual(['reply']);
    expect((await A().get(`/api/v1/tickets/${id}/messages`).expect(200)).body).toHaveLength(2);

    await A().post(`/api/v1/tickets/${id}/transition`).send({ status: 'closed' }).expect(409);
    const customerReply = await A()
      .post(`/api/v1/tickets/${id}/messages`)
      .send({ kind: 'customer', body: '还没收到' })
      .expect(201);
    expect(customerReply.body.ticket.status).toBe('open');
    const resolved = await A()
      .post(`/api/v1/tickets/${id}/transition`)
      .send({ status: 'resolved' })
      .expect(200);
    expect(resolved.body.reopenableUntil).not.toBeNull();
    // A score is a number: "5" from a form post is refused, not read as 5.
    expectProblem(
      await A().post(`/api/v1/tickets/${id}/satisfaction`).send({ score: '5' }),
      400,
      'VALIDATION_FAILED',
    );
    await A().post(`/api/v1/tickets/${id}/satisfaction`).send({ score: 5 }).expect(200);
    await A().post(`/api/v1/tickets/${id}/transition`).send({ status: 'open' }).expect(200);
    await A()
      .post(`/api/v1/tickets/${id}/transition`)
      .send({ status: 'resolved' })
      .set('If-Match', '"1"')
      .expect(412);

    await t.http(lead.auth).put('/api/v1/support-settings').send({ reopenWindowDays: 0 }).expect(200);
    await A().post(`/api/v1/tickets/${id}/transition`).send({ status: 'resolved' }).expect(200);
    await new Promise((r) => setTimeout(r, 20));
    const late = await A().post(`/api/v1/tickets/${id}/transition`).send({ status: 'open' }).expect(409);
    expect(late.body.code).toBe('TICKET_REOPEN_WINDOW_CLOSED');
    await t.http(lead.auth).put('/api/v1/support-settings').send({ reopenWindowDays: 7 }).expect(200);

    const history = await A().get(`/api/v1/tickets/${id}/history`).expect(200);
    expect(history.body.map((h: { action: string }) => h.action)).toEqual(
      expect.arrayContaining(['created', 'noted', 'replied', 'customer-replied', 'resolved', 'reopened']),
    );
  });

  it('assigns: agents take tickets of their queue, the lead assigns anywhere', async () => {
    const web = await t
      .http(website)
      .post('/api/v1/tickets')
      .send({ subject: 'web', channel: 'web', customerId, category: 'order' })
      .expect(201);
    await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${web.body.id}/assign`)
      .send({ assigneeId: otherAgent.id })
      .expect(422);
    const taken = await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${web.body.id}/assign`)
      .send({ assigneeId: agent.id })
      .expect(200);
    expect(taken.body).toMatchObject({ status: 'open', assigneeId: agent.id });
    const moved = await t
      .http(lead.auth)
      .post(`/api/v1/tickets/${web.body.id}/assign`)
      .send({ queueId: queueB, assigneeId: otherAgent.id })
      .expect(200);
    expect(moved.body).toMatchObject({ queueId: queueB, assigneeId: otherAgent.id });
    await t.http(agent.auth).get(`/api/v1/tickets/${web.body.id}`).expect(404);
  });

  it('uploads attachments through FileStorage and renders standard answers with placeholders', async () => {
    const ticket = (
      await t
        .http(agent.auth)
        .post('/api/v1/tickets')
        .send({ subject: '破损', channel: 'email', customerId, category: 'after-sales' })
        .expect(201)
    ).body;
    const uploaded = await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${ticket.id}/attachments`)
      .attach('file', Buffer.from('damaged box'), { filename: '照片.txt', contentType: 'text/plain' })
      .expect(201);
    const file = await t.http(agent.auth).get(uploaded.body.url).expect(200);
    expect(file.text).toBe('damaged box');
    await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${ticket.id}/attachments`)
      .attach('file', Buffer.from('MZ'), { filename: 'x.exe', contentType: 'application/x-msdownload' })
      .expect(400);
    await t.http(otherAgent.auth).get(uploaded.body.url).expect(404);

    await t
      .http(agent.auth)
      .post('/api/v1/standard-answers')
      .send({ code: 'HI', title: '问候', category: 'order', body: 'x' })
      .expect(403);
    await t
      .http(lead.auth)
      .post('/api/v1/standard-answers')
      .send({ code: 'BAD', title: '错', category: 'order', body: '{{coupon}}' })
      .expect(400);
    const answer = await t
      .http(lead.auth)
      .post('/api/v1/standard-answers')
      .send({
        code: 'SHIP',
        title: '物流',
        category: 'order',
        body: '{{customerName}}您好，工单{{ticketNumber}}，运单{{trackingNumber}}',
      })
      .expect(201);
    const picked = await t.http(agent.auth).get('/api/v1/standard-answers?q=物流').expect(200);
    expect(picked.body.map((a: { id: string }) => a.id)).toContain(answer.body.id);
    const rendered = await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${ticket.id}/render-answer`)
      .send({ standardAnswerId: answer.body.id })
      .expect(200);
    expect(rendered.body.body).toBe(`张三您好，工单${ticket.number}，运单{{trackingNumber}}`);
    expect(rendered.body.missing).toEqual(['trackingNumber']);
    const sent = await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${ticket.id}/messages`)
      .send({ kind: 'reply', body: rendered.body.body, standardAnswerId: answer.body.id })
      .expect(201);
    expect(sent.body.message).toMatchObject({ public: true, standardAnswerId: answer.body.id });

    await t
      .http(lead.auth)
      .post('/api/v1/kb-articles')
      .send({ title: '保温杯清洁', body: '不可放入洗碗机' })
      .expect(201);
    expect((await t.http(agent.auth).get('/api/v1/kb-articles?q=洗碗机').expect(200)).body).toHaveLength(1);

    const sidebar = await t.http(agent.auth).get(`/api/v1/tickets/${ticket.id}/customer-context`).expect(200);
    expect(sidebar.body.customer).toMatchObject({ name: '张三', phone: '13712345678' });
    const masked = await t
      .http(auditor.auth)
      .get(`/api/v1/tickets/${ticket.id}/customer-context`)
      .expect(200);
    expect(masked.body.customer.phone).toBe('137****5678');
  });

  it('warns and escalates once per ticket and kind, only in business hours', async () => {
    await t
      .http(lead.auth)
      .post('/api/v1/sla-policies')
      .send({
        name: '投诉',
        category: 'complaint',
        firstResponseMinutes: 60,
        resolutionMinutes: 120,
        deskHours: [{ start: '09:00', end: '18:00' }],
      })
      .expect(201);
    const ticket = (
      await t
        .http(agent.auth)
        .post('/api/v1/tickets')
        .send({ subject: '投诉', channel: 'phone', customerId, category: 'complaint' })
        .expect(201)
    ).body;
    const monitor = t.app.get(SlaMonitor);
    const created = new Date(ticket.createdAt);
    // Far in the future but at 03:00 Beijing on a Sunday: breached, yet nobody is paged.
    await monitor.check(at('2030-01-06T03:00'));
    expect(
      (await t.http(lead.auth).get(`/api/v1/tickets/${ticket.id}/history`).expect(200)).body.map(
        (h: { action: string }) => h.action,
      ),
    ).not.toContain('sla-escalated');
    const workday = at('2030-01-07T10:00');
    expect(workday > created).toBe(true);
    await monitor.check(workday);
    await monitor.check(workday);
    const actions = (
      await t.http(lead.auth).get(`/api/v1/tickets/${ticket.id}/history`).expect(200)
    ).body.filter((h: { action: string }) => h.action === 'sla-escalated');
    expect(actions).toHaveLength(2); // first response and resolution, each once
    expect(actions[0].data).toMatchObject({ notifiedUserId: lead.id });
  });

  it('schedules follow-ups from TicketResolved and records the outcome; metrics by agent', async () => {
    await t
      .http(agent.auth)
      .post('/api/v1/follow-up-rules')
      .send({ name: 'x', trigger: 'ticket-resolved', delayDays: 0 })
      .expect(403);
    await t
      .http(lead.auth)
      .post('/api/v1/follow-up-rules')
      .send({ name: '解决后回访', trigger: 'ticket-resolved', delayDays: 0 })
      .expect(201);
    const ticket = (
      await t
        .http(agent.auth)
        .post('/api/v1/tickets')
        .send({ subject: '回访', channel: 'phone', customerId, category: 'order' })
        .expect(201)
    ).body;
    await t
      .http(agent.auth)
      .post(`/api/v1/tickets/${ticket.id}/messages`)
      .send({ kind: 'reply', body: '已处理', thenStatus: 'resolved' })
      .expect(201);
    const visit = await eventually(async () => {
      const list = await t.http(agent.auth).get('/api/v1/follow-up-visits?due=worklist').expect(200);
      return list.body.find((v: { ticketId: string }) => v.ticketId === ticket.id);
    });
    expect(visit).toMatchObject({ assigneeId: agent.id, status: 'scheduled' });
    await t.http(otherAgent.auth).get(`/api/v1/follow-up-visits/${visit.id}`).expect(404);
    await t
      .http(agent.auth)
      .post(`/api/v1/follow-up-visits/${visit.id}/complete`)
      .send({ status: 'done', outcome: '满意', satisfactionScore: 4 })
      .expect(200);
    await t
      .http(agent.auth)
      .post(`/api/v1/follow-up-visits/${visit.id}/complete`)
      .send({ status: 'done' })
      .expect(409);
    expect(
      (await t.http(agent.auth).get(`/api/v1/tickets/${ticket.id}`).expect(200)).body.satisfactionScore,
    ).toBe(4);

    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    await t.http(agent.auth).get(`/api/v1/support-metrics?from=${today}&to=${today}`).expect(403);
    const metrics = await t
      .http(lead.auth)
      .get(`/api/v1/support-metrics?from=${today}&to=${today}&groupBy=agent`)
      .expect(200);
    const row = metrics.body.rows.find((r: { key: string }) => r.key === agent.id);
    expect(row).toMatchObject({ followUpsDone: 1 });
    expect(row.resolved).toBeGreaterThanOrEqual(1);
    expect(metrics.body.total.created).toBeGreaterThanOrEqual(5);
    await t.http(gm.auth).get(`/api/v1/support-metrics?from=${today}&to=${today}&groupBy=team`).expect(200);
  });

  it('answers inside desk hours: the clocks count seconds, the ticket keeps whole minutes', async () => {
    await clocksRunToday(t);
    const A = () => t.http(agent.auth);
    const { id } = (
      await A()
        .post('/api/v1/tickets')
        .send({ subject: '几秒内答复', channel: 'phone', customerId, category: 'order', queueId: queueA })
        .expect(201)
    ).body;
    const resolved = await A()
      .post(`/api/v1/tickets/${id}/messages`)
      .send({ kind: 'reply', body: '已处理', thenStatus: 'resolved' })
      .expect(201);
    // Seconds of a running clock read as one started minute, on the reading and in the stored metrics.
    expect(resolved.body.ticket.sla.firstResponse).toMatchObject({ elapsedMinutes: 1, state: 'met' });
    expect(resolved.body.ticket.sla.resolution).toMatchObject({ elapsedMinutes: 1, state: 'met' });
    const [stored] = await t.dataSource.query(
      `SELECT first_response_minutes, resolution_minutes FROM support_ticket WHERE id = $1`,
      [id],
    );
    expect(stored).toEqual({ first_response_minutes: 1, resolution_minutes: 1 });
  });
});
