import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner } from '@nestjs/core';
import { ACCESS_RULE, AccessRule } from '@zhanggui/api-platform';
import { countQueries } from '@zhanggui/api-platform/testing';
import { AnswersController } from './answers/answers.controller';
import { FollowUpsController } from './follow-ups/follow-ups.controller';
import { KeyAccountsController } from './key-accounts/key-accounts.controller';
import { MetricsController } from './metrics/metrics.controller';
import { QueuesController } from './queues/queues.controller';
import { SlaPoliciesController } from './sla/sla-policies.controller';
import { SupportDemoData } from './support.demo-data';
import { TicketsController } from './tickets/tickets.controller';
import { createSupportWorld, eventually, supportCustomer, SupportWorld } from './testing/support-world';

type Caller = 'agent' | 'lead' | 'auditor' | 'generalManager' | 'hr' | 'salesManager' | 'website';
const READERS: Caller[] = ['agent', 'lead', 'auditor', 'generalManager'];
const AGENTS: Caller[] = ['agent', 'lead'];
const LEAD: Caller[] = ['lead'];

/** Who may call what: the intent, written out (the access matrix in apps/api checks the catalog is honoured). */
const EXPECTED: Record<string, Caller[]> = {
  'tickets:read': READERS,
  'tickets:create': [...AGENTS, 'website'],
  'tickets:write': AGENTS,
  'support-queues:read': READERS,
  'support-queues:write': LEAD,
  'support-settings:write': LEAD,
  'sla-policies:read': READERS,
  'sla-policies:write': LEAD,
  'standard-answers:read': READERS,
  'standard-answers:write': LEAD,
  'kb-articles:read': READERS,
  'kb-articles:write': LEAD,
  'follow-ups:read': READERS,
  'follow-ups:write': AGENTS,
  'follow-up-rules:read': READERS,
  'follow-up-rules:write': LEAD,
  'key-accounts:read': [...READERS, 'salesManager'],
  'key-accounts:decide': AGENTS,
  'key-account-rules:read': READERS,
  'key-account-rules:write': LEAD,
  'support-metrics:read': ['lead', 'auditor', 'generalManager'],
};
const CALLERS: Caller[] = ['agent', 'lead', 'auditor', 'generalManager', 'hr', 'salesManager', 'website'];
const SOME_ID = '01a21f21-0000-7000-8000-000000000000';
const CONTROLLERS = [
  TicketsController,
  QueuesController,
  SlaPoliciesController,
  AnswersController,
  FollowUpsController,
  KeyAccountsController,
  MetricsController,
];

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  permission: string;
}

function supportRoutes(w: SupportWorld): Route[] {
  const scanner = w.t.app.get(MetadataScanner);
  return CONTROLLERS.flatMap((controller) => {
    const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '').replace(/^\/|\/$/g, '');
    const prototype = controller.prototype as unknown as Record<string, object>;
    return scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) return [];
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '').replace(/^\/|\/$/g, '');
      const rule = Reflect.getMetadata(ACCESS_RULE, handler) as AccessRule | undefined;
      if (rule?.kind !== 'permission' || rule.permissions.length !== 1)
        throw new Error(`${name}: expected exactly one permission`);
      return [
        {
          method: RequestMethod[method].toLowerCase() as Route['method'],
          path: `/api/v1/${[base, sub].filter(Boolean).join('/')}`,
          permission: rule.permissions[0],
        },
      ];
    });
  });
}

describe('support: every endpoint for every role, queue scopes, and query counts', () => {
  let w: SupportWorld;
  let website: string;
  let customerId: string;
  const http = (who: Exclude<Caller, 'website'> | 'otherAgent') => w.t.http(w.people[who].auth);
  const auth = (who: Caller) => (who === 'website' ? website : w.people[who].auth);

  beforeAll(async () => {
    w = await createSupportWorld();
    const key = await w.t
      .http(w.admin.auth)
      .post('/api/v1/api-keys')
      .send({ name: '官网', permissions: ['tickets:create'] })
      .expect(201);
    website = `Bearer ${key.body.secret}`;
    customerId = await supportCustomer(w, '周九');
  }, 120_000);
  afterAll(() => w.t.close());

  it('lets each role through exactly the support routes meant for it (403 for the rest)', async () => {
    const routes = supportRoutes(w);
    expect(routes.length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(EXPECTED).sort()).toEqual(
      [...new Set(routes.map((r) => r.permission)), 'all-tickets:read', 'tickets:assign']
        .filter((p) => p !== 'all-tickets:read' && p !== 'tickets:assign')
        .sort(),
    );
    const wrong: string[] = [];
    for (const route of routes) {
      for (const caller of CALLERS) {
        const request = w.t.http(auth(caller))[route.method](route.path.replace(/:[A-Za-z]+/g, SOME_ID));
        const { status } = route.method === 'get' ? await request : await request.send({});
        const allowed = EXPECTED[route.permission].includes(caller);
        if (allowed ? status === 401 || status === 403 : status !== 403)
          wrong.push(
            `${caller} ${route.method} ${route.path}: ${status}, ${allowed ? 'should pass' : '403'}`,
          );
      }
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('keeps an agent to the tickets of their queues: 404 on every route for another queue’s ticket', async () => {
    const answer = (
      await http('lead')
        .post('/api/v1/standard-answers')
        .send({ code: 'HELLO', title: '问候', category: 'order', body: '{{customerName}}您好' })
        .expect(201)
    ).body;
    const theirs = (
      await http('otherAgent')
        .post('/api/v1/tickets')
        .send({ subject: '别的组', channel: 'chat', customerId, category: 'order', queueId: w.queues.b })
        .expect(201)
    ).body;
    expect(theirs.queueId).toBe(w.queues.b);
    const attachment = (
      await http('otherAgent')
        .post(`/api/v1/tickets/${theirs.id}/attachments`)
        .attach('file', Buffer.from('x'), { filename: 'a.txt', contentType: 'text/plain' })
        .expect(201)
    ).body;
    const id = theirs.id;
    const A = () => http('agent');
    await A().get(`/api/v1/tickets/${id}`).expect(404);
    await A().patch(`/api/v1/tickets/${id}`).send({ subject: '改' }).expect(404);
    await A().post(`/api/v1/tickets/${id}/assign`).send({ assigneeId: w.people.agent.id }).expect(404);
    await A().post(`/api/v1/tickets/${id}/transition`).send({ status: 'resolved' }).expect(404);
    await A().get(`/api/v1/tickets/${id}/messages`).expect(404);
    await A().post(`/api/v1/tickets/${id}/messages`).send({ kind: 'note', body: 'x' }).expect(404);
    await A().post(`/api/v1/tickets/${id}/satisfaction`).send({ score: 5 }).expect(404);
    await A().get(`/api/v1/tickets/${id}/history`).expect(404);
    await A().get(`/api/v1/tickets/${id}/customer-context`).expect(404);
    await A().post(`/api/v1/tickets/${id}/render-answer`).send({ standardAnswerId: answer.id }).expect(404);
    await A().get(`/api/v1/tickets/${id}/attachments`).expect(404);
    await A()
      .post(`/api/v1/tickets/${id}/attachments`)
      .attach('file', Buffer.from('x'), { filename: 'b.txt', contentType: 'text/plain' })
      .expect(404);
    await A().get(`/api/v1/ticket-attachments/${attachment.id}/file`).expect(404);
    const list = await A().get(`/api/v1/tickets?customerId=${customerId}`).expect(200);
    expect(list.body.data.map((t: { id: string }) => t.id)).not.toContain(id);

    // The lead sees and works everything, but assigns only to members of the ticket's queue…
    await http('lead').get(`/api/v1/tickets/${id}/messages`).expect(200);
    await http('lead')
      .post(`/api/v1/tickets/${id}/render-answer`)
      .send({ standardAnswerId: answer.id })
      .expect(200);
    const refused = await http('lead')
      .post(`/api/v1/tickets/${id}/assign`)
      .send({ assigneeId: w.people.agent.id })
      .expect(422);
    expect(refused.body.code).toBe('NOT_A_QUEUE_MEMBER');
    // …so moving it to the agent's queue hands it over: the agent now works it, the other agent loses it.
    const moved = await http('lead')
      .post(`/api/v1/tickets/${id}/assign`)
      .send({ queueId: w.queues.a, assigneeId: w.people.agent.id })
      .expect(200);
    expect(moved.body).toMatchObject({ queueId: w.queues.a, assigneeId: w.people.agent.id });
    await A().get(`/api/v1/tickets/${id}`).expect(200);
    await A().post(`/api/v1/tickets/${id}/messages`).send({ kind: 'note', body: '接手' }).expect(201);
    await http('otherAgent').get(`/api/v1/tickets/${id}`).expect(404);
  });

  it('lets the auditor and the general manager read every ticket but change none', async () => {
    const ticket = (
      await http('agent')
        .post('/api/v1/tickets')
        .send({ subject: '只读', channel: 'phone', customerId, category: 'order' })
        .expect(201)
    ).body;
    for (const reader of ['auditor', 'generalManager'] as const) {
      await http(reader).get(`/api/v1/tickets/${ticket.id}`).expect(200);
      await http(reader).get(`/api/v1/tickets/${ticket.id}/messages`).expect(200);
      await http(reader).get(`/api/v1/tickets/${ticket.id}/history`).expect(200);
      await http(reader).get(`/api/v1/tickets/${ticket.id}/customer-context`).expect(200);
      await http(reader)
        .post(`/api/v1/tickets/${ticket.id}/messages`)
        .send({ kind: 'note', body: 'x' })
        .expect(403);
      await http(reader)
        .post(`/api/v1/tickets/${ticket.id}/transition`)
        .send({ status: 'resolved' })
        .expect(403);
      await http(reader)
        .post(`/api/v1/tickets/${ticket.id}/assign`)
        .send({ assigneeId: w.people.agent.id })
        .expect(403);
    }
    await http('hr').get(`/api/v1/tickets/${ticket.id}`).expect(403);
    await http('salesManager').get(`/api/v1/tickets/${ticket.id}`).expect(403);
    const web = await w.t
      .http(website)
      .post('/api/v1/tickets')
      .send({ subject: '官网表单', channel: 'web', customerId, category: 'suggestion' })
      .expect(201);
    expect(web.body).toMatchObject({ channel: 'web', status: 'new', assigneeId: null });
    await w.t.http(website).get(`/api/v1/tickets/${web.body.id}`).expect(403);
  });

  it('keeps queues and their members; an agent sees their own queues', async () => {
    await http('lead').post('/api/v1/support-queues').send({ code: 'GENERAL', name: '重复' }).expect(409);
    await http('lead').post('/api/v1/support-queues').send({ code: 'bad code', name: 'x' }).expect(400);
    const queue = (
      await http('lead')
        .post('/api/v1/support-queues')
        .send({ code: 'NIGHT', name: '夜班', description: '夜间' })
        .expect(201)
    ).body;
    expect(queue).toMatchObject({ memberIds: [], activeTickets: 0, active: true });
    const staffed = await http('lead')
      .put(`/api/v1/support-queues/${queue.id}/members`)
      .send({ userIds: [w.people.agent.id, w.people.agent.id, w.people.otherAgent.id] })
      .expect(200);
    expect([...staffed.body.memberIds].sort()).toEqual([w.people.agent.id, w.people.otherAgent.id].sort());
    await http('lead')
      .put(`/api/v1/support-queues/${queue.id}/members`)
      .send({ userIds: [w.people.agent.id, w.people.hr.id] })
      .expect(422)
      .expect((r) => expect(r.body.code).toBe('NOT_A_SUPPORT_AGENT'));
    const renamed = await http('lead')
      .patch(`/api/v1/support-queues/${queue.id}`)
      .set('If-Match', `"${staffed.body.version}"`)
      .send({ name: '夜间值班' })
      .expect(200);
    expect(renamed.body.name).toBe('夜间值班');
    await http('lead')
      .patch(`/api/v1/support-queues/${queue.id}`)
      .set('If-Match', `"${staffed.body.version}"`)
      .send({ name: '旧' })
      .expect(412);
    const mine = await http('agent').get('/api/v1/support-queues?mine=true').expect(200);
    expect(mine.body.map((q: { id: string }) => q.id).sort()).toEqual([w.queues.a, queue.id].sort());
    expect((await http('lead').get('/api/v1/support-queues').expect(200)).body.length).toBeGreaterThanOrEqual(
      3,
    );
    await http('agent').get(`/api/v1/support-queues/${SOME_ID}`).expect(404);
    const agents = await http('agent').get('/api/v1/support-queues/agents').expect(200);
    expect(agents.body.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining([w.people.agent.id, w.people.otherAgent.id, w.people.lead.id]),
    );
    // Membership is what opens a queue's tickets: the other agent now sees a NIGHT ticket.
    const night = (
      await http('agent')
        .post('/api/v1/tickets')
        .send({ subject: '夜间', channel: 'chat', customerId, category: 'order', queueId: queue.id })
        .expect(201)
    ).body;
    await http('otherAgent').get(`/api/v1/tickets/${night.id}`).expect(200);
  });

  it('keeps SLA policies: the most specific applies; duplicates 409; versions guard changes', async () => {
    const urgent = (
      await http('lead')
        .post('/api/v1/sla-policies')
        .send({ name: '紧急', priority: 'urgent', firstResponseMinutes: 15, resolutionMinutes: 240 })
        .expect(201)
    ).body;
    expect(urgent.deskHours.length).toBeGreaterThan(0);
    await http('lead')
      .post('/api/v1/sla-policies')
      .send({ name: '又一个紧急', priority: 'urgent', firstResponseMinutes: 10, resolutionMinutes: 60 })
      .expect(409);
    await http('lead')
      .post('/api/v1/sla-policies')
      .send({
        name: '错',
        firstResponseMinutes: 10,
        resolutionMinutes: 60,
        deskHours: [{ start: '18:00', end: '09:00' }],
      })
      .expect(400);
    await http('lead')
      .post('/api/v1/sla-policies')
      .send({ name: '错', firstResponseMinutes: 0, resolutionMinutes: 60 })
      .expect(400);
    const ticket = await http('agent')
      .post('/api/v1/tickets')
      .send({ subject: '急', channel: 'phone', customerId, category: 'order', priority: 'urgent' })
      .expect(201);
    expect(ticket.body.sla.firstResponse.targetMinutes).toBe(15);
    expect((await http('agent').get(`/api/v1/sla-policies/${urgent.id}`).expect(200)).body.name).toBe('紧急');
    const changed = await http('lead')
      .patch(`/api/v1/sla-policies/${urgent.id}`)
      .set('If-Match', `"${urgent.version}"`)
      .send({ firstResponseMinutes: 20 })
      .expect(200);
    expect(changed.body.firstResponseMinutes).toBe(20);
    await http('lead')
      .patch(`/api/v1/sla-policies/${urgent.id}`)
      .set('If-Match', `"${urgent.version}"`)
      .send({ firstResponseMinutes: 25 })
      .expect(412);
    await http('lead').patch(`/api/v1/sla-policies/${SOME_ID}`).send({ name: 'x' }).expect(404);
    const read = await http('agent').get(`/api/v1/tickets/${ticket.body.id}`).expect(200);
    expect(read.body.sla.firstResponse.targetMinutes).toBe(20);
    expect(
      (await http('auditor').get('/api/v1/sla-policies').expect(200)).body.length,
    ).toBeGreaterThanOrEqual(2);
    expect((await http('agent').get('/api/v1/support-settings').expect(200)).body).toMatchObject({
      reopenWindowDays: expect.any(Number),
      warningPercent: expect.any(Number),
    });
    await http('lead').put('/api/v1/support-settings').send({ warningPercent: 500 }).expect(400);
  });

  it('keeps follow-up rules, standard answers and the knowledge base', async () => {
    const rule = (
      await http('lead')
        .post('/api/v1/follow-up-rules')
        .send({ name: '签收 3 天', trigger: 'order-delivered', delayDays: 3, instructions: '问满意度' })
        .expect(201)
    ).body;
    expect(rule).toMatchObject({ queueId: null, active: true, delayDays: 3 });
    await http('lead')
      .post('/api/v1/follow-up-rules')
      .send({ name: 'x', trigger: 'whenever', delayDays: -1 })
      .expect(400);
    const off = await http('lead')
      .patch(`/api/v1/follow-up-rules/${rule.id}`)
      .send({ active: false })
      .expect(200);
    expect(off.body.active).toBe(false);
    await http('lead').patch(`/api/v1/follow-up-rules/${SOME_ID}`).send({ active: false }).expect(404);
    expect((await http('agent').get('/api/v1/follow-up-rules').expect(200)).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: rule.id, active: false })]),
    );

    const placeholders = await http('agent').get('/api/v1/standard-answers/placeholders').expect(200);
    expect(placeholders.body.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['customerName', 'orderNumber', 'trackingNumber', 'ticketNumber']),
    );
    const answer = (
      await http('lead')
        .post('/api/v1/standard-answers')
        .send({
          code: 'RETURN',
          title: '退货',
          category: 'after-sales',
          body: '{{customerName}}，七天无理由',
        })
        .expect(201)
    ).body;
    await http('lead')
      .post('/api/v1/standard-answers')
      .send({ code: 'RETURN', title: '重复', category: 'after-sales', body: 'x' })
      .expect(409);
    expect(
      (await http('agent').get('/api/v1/standard-answers?q=七天&category=after-sales').expect(200)).body.map(
        (a: { id: string }) => a.id,
      ),
    ).toEqual([answer.id]);
    await http('lead').patch(`/api/v1/standard-answers/${answer.id}`).send({ active: false }).expect(200);
    expect((await http('agent').get('/api/v1/standard-answers?q=七天').expect(200)).body).toEqual([]);
    expect(
      (await http('lead').get('/api/v1/standard-answers?q=七天&all=true').expect(200)).body,
    ).toHaveLength(1);
    await http('agent').get(`/api/v1/standard-answers/${SOME_ID}`).expect(404);

    const article = (
      await http('lead')
        .post('/api/v1/kb-articles')
        .send({ title: '电饭煲内胆', body: '内胆涂层不可用钢丝球清洗', tags: ['厨电'] })
        .expect(201)
    ).body;
    await http('lead').post('/api/v1/kb-articles').send({ title: '', body: 'x' }).expect(400);
    expect((await http('agent').get('/api/v1/kb-articles?q=钢丝球').expect(200)).body).toEqual([
      expect.objectContaining({ id: article.id, published: true }),
    ]);
    expect((await http('agent').get('/api/v1/kb-articles?q=厨电').expect(200)).body).toHaveLength(1);
    expect((await http('agent').get('/api/v1/kb-articles?q=洗衣机').expect(200)).body).toEqual([]);
    await http('lead').patch(`/api/v1/kb-articles/${article.id}`).send({ published: false }).expect(200);
    expect((await http('agent').get('/api/v1/kb-articles?q=钢丝球').expect(200)).body).toEqual([]);
    await http('agent').get(`/api/v1/kb-articles/${SOME_ID}`).expect(404);
  });

  it('reads the agent queue and the follow-up worklist in a number of queries that does not grow with rows', async () => {
    const queue = (
      await http('lead').post('/api/v1/support-queues').send({ code: 'COUNT', name: '计数' }).expect(201)
    ).body.id;
    await http('lead')
      .put(`/api/v1/support-queues/${queue}/members`)
      .send({ userIds: [w.people.agent.id] })
      .expect(200);
    await http('lead')
      .post('/api/v1/follow-up-rules')
      .send({ name: '解决当天回访', trigger: 'ticket-resolved', delayDays: 0 })
      .expect(201);
    const addTickets = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const ticket = (
          await http('agent')
            .post('/api/v1/tickets')
            .send({ subject: `计数 ${i}`, channel: 'phone', customerId, category: 'order', queueId: queue })
            .expect(201)
        ).body;
        await http('agent')
          .post(`/api/v1/tickets/${ticket.id}/messages`)
          .send({ kind: 'reply', body: '好的', thenStatus: i % 2 ? 'resolved' : 'waiting_on_customer' })
          .expect(201);
      }
    };
    const worklistSize = () =>
      http('agent')
        .get('/api/v1/follow-up-visits?due=worklist')
        .expect(200)
        .then((r) => r.body.length as number);
    const measure = async () => {
      const list = await countQueries(w.t, (as) =>
        as(w.people.agent.auth).get(`/api/v1/tickets?queueId=${queue}&sort=due&limit=50`).expect(200),
      );
      const worklist = await countQueries(w.t, (as) =>
        as(w.people.agent.auth).get('/api/v1/follow-up-visits?due=worklist').expect(200),
      );
      return { list, worklist };
    };

    await addTickets(2);
    await eventually(async () => ((await worklistSize()) >= 1 ? true : undefined));
    const small = await measure();
    await addTickets(8);
    await eventually(async () => ((await worklistSize()) >= 5 ? true : undefined));
    const large = await measure();
    expect(large.list.result.body.data.length).toBe(10);
    expect(small.list.result.body.data.length).toBe(2);
    expect(large.worklist.result.body.length).toBeGreaterThan(small.worklist.result.body.length);
    expect(large.list.count).toBe(small.list.count);
    expect(large.worklist.count).toBe(small.worklist.count);
  });

  it('demo data puts customer-service staff who are in no queue into the demo queues, once', async () => {
    const demo = w.t.app.get(SupportDemoData);
    const before = (await http('lead').get('/api/v1/support-queues?mine=true').expect(200)).body;
    expect(before).toEqual([]);
    expect(await demo.seed()).toBe('support: 1 customer-service users added to the demo queues');
    const after = (await http('lead').get('/api/v1/support-queues?mine=true').expect(200)).body;
    expect(after.map((q: { code: string }) => q.code)).toEqual(['GENERAL']);
    expect(await demo.seed()).toBeUndefined();
  });
});
