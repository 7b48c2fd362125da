import { discoverRoutes, fillPath, Route } from './security/routes';
import { NOT_COVERED } from './security/object-scope-inventory';
import { SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import {
  createScopedWorld,
  FACTORIES as FIRST_FACTORIES,
  ScopedWorld,
  tinyPng,
} from './security/scoped-world';
import { calculatedRunInA, hireInA, MORE_FACTORIES } from './security/more-factories';

const FACTORIES = { ...FIRST_FACTORIES, ...MORE_FACTORIES };
/** Resources read in lists under another path (payslips are listed per run, covered by payroll-runs). */
const NO_OWN_LIST = new Set(['payslips']);

const resourceOf = (route: Route) => route.path.split('/')[3];
/** Routes addressing one record: the first parameter right after the resource name. */
const isRecordRoute = (route: Route) => /^\/api\/v1\/[^/]+\/:id(\/|$)/.test(route.path);

/**
 * OWASP API1 (broken object level authorization): a record of territory A, addressed by its id by someone who
 * holds every role but only in territory B, is never shown, changed or deleted — every route with the record's
 * id answers 404 (or 403), and lists leave it out. The same person scoped to A reaches it, so the refusals are
 * about scope and not about a wrong id.
 */
describe('security: object-level authorization across territories (OWASP API1)', () => {
  let w: ScopedWorld;
  let routes: Route[];

  beforeAll(async () => {
    w = await createScopedWorld();
    routes = discoverRoutes(w.t).filter((route) => route.path.startsWith('/api/v1/'));
  }, 60_000);
  afterAll(() => w.t.close());

  it('has a factory or a stated reason for every resource addressed by id', () => {
    const resources = new Set(routes.filter((route) => route.path.includes(':')).map(resourceOf));
    const undecided = [...resources].filter(
      (resource) => !(resource in FACTORIES) && !(resource in NOT_COVERED),
    );
    expect(undecided).toEqual([]);
  });

  /**
   * `reader` reads the record; `outsider` gets, on every route with its id, exactly what an id that does not
   * exist gets, finds it in no list, and changes nothing.
   */
  async function expectKeptFrom(resource: string, id: string, reader: SignedInUser, outsider: SignedInUser) {
    const readAsReader = () => w.t.http(reader.auth).get(`/api/v1/${resource}/${id}`);
    const before = await readAsReader();
    expect([resource, before.status]).toEqual([resource, 200]);

    const recordRoutes = routes.filter((route) => resourceOf(route) === resource && isRecordRoute(route));
    expect(recordRoutes.length).toBeGreaterThan(0);
    const leaked: string[] = [];
    const absent = '01a21f21-0000-7000-8000-0000000000ff';
    const call = async (recordId: string, route: Route) => {
      const request = w.t
        .http(outsider.auth)
        [route.method as 'get'](fillPath(route.path.replace(':id', recordId)));
      const response = ['get', 'delete'].includes(route.method) ? await request : await request.send({});
      const { requestId: _r, instance: _i, ...body } = response.body ?? {};
      return { status: response.status, body: JSON.stringify(body).replaceAll(recordId, '<id>') };
    };
    for (const route of recordRoutes) {
      // The record must look exactly like an id that does not exist: same status, same problem.
      const [theirs, nobodys] = [await call(id, route), await call(absent, route)];
      const refused = theirs.status >= 400 && theirs.status < 500;
      if (!refused || theirs.status !== nobodys.status || theirs.body !== nobodys.body)
        leaked.push(`${route.method} ${route.path}: ${theirs.status} ${theirs.body.slice(0, 200)}`);
    }
    expect(leaked).toEqual([]);

    if (!NO_OWN_LIST.has(resource)) {
      const list = await w.t.http(outsider.auth).get(`/api/v1/${resource}`).query({ limit: 200 });
      expect([resource, list.status]).toEqual([resource, 200]);
      expect(JSON.stringify(list.body)).not.toContain(id);
    }

    // Nothing the outsider sent changed the record.
    const after = await readAsReader();
    expect(after.status).toBe(200);
    expect(after.body.version).toBe(before.body.version);
  }

  it.each(Object.keys(FACTORIES))(
    'keeps %s of territory A from a person of territory B',
    async (resource) => expectKeptFrom(resource, await FACTORIES[resource](w), w.inA, w.inB),
    30_000,
  );

  it('keeps one’s own records (expense claims) from a colleague of the same unit without a read permission', async () => {
    const id = await FACTORIES['expense-claims'](w);
    const colleague = await userWithRoles(w.t, w.admin, [{ role: 'editor', orgUnitId: w.scopeA }], {
      orgUnitId: w.scopeA,
    });
    for (const path of [`/api/v1/expense-claims/${id}`, `/api/v1/expense-claims/${id}/history`]) {
      const response = await w.t.http(colleague.auth).get(path);
      expect([path, response.status]).toEqual([path, 404]);
    }
    const mine = await w.t.http(colleague.auth).get('/api/v1/expense-claims').query({ limit: 200 });
    expect(JSON.stringify(mine.body)).not.toContain(id);
  });

  it('refuses a batch payment naming another territory’s claim as if the claim did not exist', async () => {
    const id = await FACTORIES['expense-claims'](w);
    const absent = '01a21f21-0000-7000-8000-0000000000fe';
    const pay = (claimId: string) =>
      w.t
        .http(w.inB.auth)
        .post('/api/v1/expense-payments')
        .send({ claimIds: [claimId] });
    const [theirs, nobodys] = [await pay(id), await pay(absent)];
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe(nobodys.body.code);
    expect(JSON.stringify(theirs.body)).not.toMatch(/EX-\d/);
  });

  it('shows an employee their own approved payslip and nobody else’s', async () => {
    const colleague = (name: string) =>
      userWithRoles(w.t, w.admin, [], { orgUnitId: w.scopeA, username: `${name}-${process.pid}` });
    const [owner, other] = [await colleague('slip-owner'), await colleague('slip-other')];
    const { runId, payslipId } = await calculatedRunInA(w, await hireInA(w, { userId: owner.id }));
    const absent = '01a21f21-0000-7000-8000-0000000000fd';
    const read = (who: typeof owner, id: string) => w.t.http(who.auth).get(`/api/v1/payslips/${id}`);
    const mine = async (who: typeof owner) =>
      JSON.stringify((await w.t.http(who.auth).get('/api/v1/payslips/mine').expect(200)).body);

    // A draft figure is not a payslip yet, even for its owner.
    expect((await read(owner, payslipId)).status).toBe(404);
    await w.t.http(w.everyone.auth).post(`/api/v1/payroll-runs/${runId}/review`).expect(200);
    const approved = await w.t.http(w.inA.auth).post(`/api/v1/payroll-runs/${runId}/approve`);
    expect([approved.status, approved.body.code]).toEqual([200, undefined]);

    await read(owner, payslipId).expect(200);
    expect(await mine(owner)).toContain(payslipId);
    const [theirs, nobodys] = [await read(other, payslipId), await read(other, absent)];
    expect(theirs.status).toBe(404);
    expect(theirs.body.code).toBe(nobodys.body.code);
    expect(await mine(other)).not.toContain(payslipId);
    // Nor does a payroll person of another territory.
    expect((await read(w.inB, payslipId)).status).toBe(404);
  }, 30_000);

  it('keeps a ticket of one queue from an agent of another queue, not by territory but by queue', async () => {
    const api = () => w.t.http(w.everyone.auth);
    const agent = (name: string) =>
      userWithRoles(w.t, w.admin, [{ role: 'customer-service-agent' }], {
        username: `${name}-${process.pid}`,
      });
    const [member, outsider] = [await agent('queue-member'), await agent('queue-outsider')];
    const queue = async (code: string, userId: string) => {
      const id = (await api().post('/api/v1/support-queues').send({ code, name: code }).expect(201)).body.id;
      await api()
        .put(`/api/v1/support-queues/${id}/members`)
        .send({ userIds: [userId] })
        .expect(200);
      return id as string;
    };
    const queueId = await queue(`SEC-A-${process.pid}`, member.id);
    await queue(`SEC-B-${process.pid}`, outsider.id);
    await api()
      .post('/api/v1/sla-policies')
      .send({
        name: '默认',
        firstResponseMinutes: 60,
        resolutionMinutes: 480,
        deskHours: [{ start: '00:00', end: '24:00' }],
      })
      .expect(201);
    const ticket = await api()
      .post('/api/v1/tickets')
      .send({
        subject: '越权测试',
        channel: 'phone',
        customerId: await FACTORIES.customers(w),
        category: 'order',
        queueId,
      })
      .expect(201);
    await expectKeptFrom('tickets', ticket.body.id, member, outsider);
  }, 30_000);

  it('keeps a campaign’s creatives to its territories, and a territory’s planner from planning for another', async () => {
    const campaignId = await FACTORIES.campaigns(w);
    const asset = await w.t
      .http(w.everyone.auth)
      .post(`/api/v1/campaigns/${campaignId}/assets`)
      .attach('file', await tinyPng(), 'poster.png')
      .expect(201);
    const absent = '01a21f21-0000-7000-8000-0000000000fc';
    for (const [method, path] of [
      ['get', '/api/v1/campaign-assets/{}/file'],
      ['delete', '/api/v1/campaign-assets/{}'],
    ] as const) {
      const call = (id: string) => w.t.http(w.inB.auth)[method](path.replace('{}', id));
      const [theirs, nobodys] = [await call(asset.body.id), await call(absent)];
      expect([path, theirs.status, theirs.body.code]).toEqual([path, 404, nobodys.body.code]);
    }
    const upload = await w.t
      .http(w.inB.auth)
      .post(`/api/v1/campaigns/${campaignId}/assets`)
      .attach('file', await tinyPng(), 'poster.png');
    expect(upload.status).toBe(404);
    await w.t.http(w.inA.auth).get(`/api/v1/campaign-assets/${asset.body.id}/file`).expect(200);

    const foreign = await w.t
      .http(w.inB.auth)
      .post('/api/v1/campaigns')
      .send({
        name: '越界',
        channel: 'online',
        startsOn: '2027-01-01',
        endsOn: '2027-01-02',
        budget: 1,
        territoryIds: [w.scopeA],
      });
    expect([foreign.status, foreign.body.errors]).toEqual([
      422,
      [{ field: 'territoryIds', message: 'outside your territory' }],
    ]);
  }, 30_000);
});
