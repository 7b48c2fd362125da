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
import { KEYED_FACTORIES, KeyedRecord } from './security/keyed-factories';
import { UPLOADS, VALID_BODIES } from './security/valid-bodies';
import {
  calibratedCycleWithA,
  commissionRunWithA,
  followUpVisitIn,
  queueAgents,
  shiftWorkedInA,
} from './security/shared-records';

const FACTORIES = { ...FIRST_FACTORIES, ...MORE_FACTORIES };
/** Resources read in lists under another path (payslips are listed per run, covered by payroll-runs). */
const NO_OWN_LIST = new Set(['payslips']);
const ABSENT = '01a21f21-0000-7000-8000-0000000000ff';

const resourceOf = (route: Route) => route.path.split('/')[3];
/** Routes addressing one record: `parts` parameters right after the resource name (`:id`, `:skuId/:warehouseId`). */
const isRecordRoute = (route: Route, parts = 1) =>
  route.path
    .split('/')
    .slice(4, 4 + parts)
    .filter((segment) => segment.startsWith(':')).length === parts;
/** The route's path with the record's key in place of its leading parameters (the rest filled as usual). */
const keyedPath = (route: Route, key: string) => {
  const segments = route.path.split('/');
  const parts = key.split('/').length;
  return fillPath([...segments.slice(0, 4), key, ...segments.slice(4 + parts)].join('/'));
};

/**
 * OWASP API1 (broken object level authorization): a record of territory A, addressed by its id by someone who
 * holds every role but only in territory B, is never shown, changed or deleted — every route with the record's
 * id answers 404 (or 403), and lists leave it out. The same person scoped to A reaches it, so the refusals are
 * about scope and not about a wrong id.
 */
describe('security: object-level authorization across territories (OWASP API1)', () => {
  let w: ScopedWorld;
  let routes: Route[];
  let png: Buffer;

  beforeAll(async () => {
    w = await createScopedWorld();
    png = await tinyPng();
    routes = discoverRoutes(w.t).filter((route) => route.path.startsWith('/api/v1/'));
  }, 60_000);
  afterAll(() => w.t.close());

  it('has a factory or a stated reason for every resource addressed by id', () => {
    const resources = new Set(routes.filter((route) => route.path.includes(':')).map(resourceOf));
    const undecided = [...resources].filter(
      (resource) => !(resource in FACTORIES) && !(resource in KEYED_FACTORIES) && !(resource in NOT_COVERED),
    );
    expect(undecided).toEqual([]);
  });

  /**
   * `reader` reads the record; `outsider` gets, on every route with its key, exactly what a key that does not
   * exist gets, finds it in no list, and changes nothing.
   */
  async function expectKeptFrom(
    resource: string,
    record: string | KeyedRecord,
    reader: SignedInUser,
    outsider: SignedInUser,
  ) {
    const {
      key,
      read,
      bodies = {},
      list = `/api/v1/${resource}`,
    } = typeof record === 'string' ? { key: record } : record;
    const absentKey =
      (typeof record === 'string' ? undefined : record.absentKey) ??
      key
        .split('/')
        .map(() => ABSENT)
        .join('/');
    const readAsReader = () =>
      read ? read(w, reader) : w.t.http(reader.auth).get(`/api/v1/${resource}/${key}`);
    const before = await readAsReader();
    expect([resource, before.status]).toEqual([resource, 200]);

    const parts = key.split('/').length;
    const recordRoutes = routes.filter(
      (route) => resourceOf(route) === resource && isRecordRoute(route, parts),
    );
    expect(recordRoutes.length).toBeGreaterThan(0);
    const [leaked, unproven]: string[][] = [[], []];
    const call = async (recordKey: string, route: Route) => {
      const request = w.t.http(outsider.auth)[route.method as 'get'](keyedPath(route, recordKey));
      const name = `${route.method} ${route.path}`;
      const response = ['get', 'delete'].includes(route.method)
        ? await request
        : name in UPLOADS
          ? await request.query(UPLOADS[name]).attach('file', png, 'upload.png')
          : await request.send(bodies[name] ?? VALID_BODIES[name] ?? {});
      const { requestId: _r, instance: _i, ...body } = response.body ?? {};
      const text = recordKey.split('/').reduce((t, part) => t.replaceAll(part, '<id>'), JSON.stringify(body));
      return { status: response.status, body: text };
    };
    for (const route of recordRoutes) {
      // The record must look exactly like a key that does not exist: same status, same problem.
      const [theirs, nobodys] = [await call(key, route), await call(absentKey, route)];
      const refused = theirs.status >= 400 && theirs.status < 500;
      if (!refused || theirs.status !== nobodys.status || theirs.body !== nobodys.body)
        leaked.push(`${route.method} ${route.path}: ${theirs.status} ${theirs.body.slice(0, 200)}`);
      // Refused by validation, the request never reached the record: it needs a valid body to prove anything.
      if ([400, 415].includes(theirs.status))
        unproven.push(`${route.method} ${route.path}: ${theirs.body.slice(0, 200)}`);
    }
    expect(leaked).toEqual([]);
    expect(unproven).toEqual([]);

    if (list && !NO_OWN_LIST.has(resource)) {
      // A list that takes no page size (follow-up visits) comes with its own query.
      const listed = await w.t
        .http(outsider.auth)
        .get(list)
        .query(list.includes('?') ? {} : { limit: 200 });
      expect([resource, listed.status]).toEqual([resource, 200]);
      for (const part of key.split('/')) expect(JSON.stringify(listed.body)).not.toContain(part);
    }

    // Nothing the outsider sent changed the record.
    const after = await readAsReader();
    expect(after.status).toBe(200);
    // A record without a version (a balance, an input line) is compared whole.
    if (before.body.version === undefined) expect(after.body).toEqual(before.body);
    else expect(after.body.version).toBe(before.body.version);
  }

  it.each(Object.keys(FACTORIES))(
    'keeps %s of territory A from a person of territory B',
    async (resource) => expectKeptFrom(resource, await FACTORIES[resource](w), w.inA, w.inB),
    30_000,
  );

  it.each(Object.keys(KEYED_FACTORIES))(
    'keeps %s of territory A, addressed by its key, from a person of territory B',
    async (resource) => expectKeptFrom(resource, await KEYED_FACTORIES[resource](w), w.inA, w.inB),
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
    const { member, outsider, queueId } = await queueAgents(w);
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
    // Its attachments are as visible as the ticket.
    const attachment = await w.t
      .http(member.auth)
      .post(`/api/v1/tickets/${ticket.body.id}/attachments`)
      .attach('file', png, 'screenshot.png')
      .expect(201);
    await expectKeptFrom(
      'ticket-attachments',
      {
        key: attachment.body.id,
        read: async (_, who) => {
          const response = await w.t
            .http(who.auth)
            .get(`/api/v1/ticket-attachments/${attachment.body.id}/file`);
          return { status: response.status, body: {} };
        },
        list: null,
      },
      member,
      outsider,
    );
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

  it('keeps a follow-up visit of one queue from an agent of another queue', async () => {
    const { member, outsider, queueId } = await queueAgents(w);
    const visit: KeyedRecord = {
      key: await followUpVisitIn(w, queueId),
      list: '/api/v1/follow-up-visits?status=scheduled',
      bodies: { 'post /api/v1/follow-up-visits/:id/complete': { status: 'done', satisfactionScore: 5 } },
    };
    await expectKeptFrom('follow-up-visits', visit, member, outsider);
  }, 30_000);

  // The next three are the company's records by design; what is limited is the part of territory A in them.

  it('shows a shift to every territory, but who works it only to the worker’s own territory', async () => {
    const { shiftId, employeeId } = await shiftWorkedInA(w);
    const assignments = async (who: SignedInUser) =>
      (await w.t.http(who.auth).get(`/api/v1/shifts/${shiftId}/assignments`).expect(200)).body as Array<{
        employeeId: string | null;
        orgUnitId: string | null;
      }>;
    expect((await assignments(w.inA)).map((a) => a.employeeId ?? a.orgUnitId).sort()).toEqual(
      [employeeId, w.scopeA].sort(),
    );
    expect(await assignments(w.inB)).toEqual([]);
    // B can neither give A's unit nor A's employee a shift: both answer as if unknown.
    const assign = (body: object) =>
      w.t
        .http(w.inB.auth)
        .post(`/api/v1/shifts/${shiftId}/assignments`)
        .send({ ...body, startsOn: '2027-04-01' });
    for (const field of ['orgUnitId', 'employeeId']) {
      const [theirs, nobodys] = [
        await assign({ [field]: field === 'orgUnitId' ? w.scopeA : employeeId }),
        await assign({ [field]: ABSENT }),
      ];
      const { requestId: _a, instance: _b, ...problem } = theirs.body;
      const { requestId: _c, instance: _d, ...absent } = nobodys.body;
      expect([field, theirs.status]).toEqual([field, nobodys.status]);
      expect(JSON.stringify(problem).replaceAll(employeeId, ABSENT)).toBe(JSON.stringify(absent));
    }
    expect(await assignments(w.inA)).toHaveLength(2);
  }, 30_000);

  it('shows the company’s appraisal cycle to every territory, but counts and grades only one’s own people', async () => {
    const { cycleId, employeeId } = await calibratedCycleWithA(w);
    const read = async (who: SignedInUser, path = '') =>
      (await w.t.http(who.auth).get(`/api/v1/appraisal-cycles/${cycleId}${path}`).expect(200)).body;
    expect((await read(w.inA)).managerReviewed).toBeGreaterThan(0);
    expect(await read(w.inB)).toMatchObject({ appraisals: 0, managerReviewed: 0, distribution: {} });
    expect(JSON.stringify((await read(w.inA, '/results')).results)).toContain(employeeId);
    expect((await read(w.inB, '/results')).results).toEqual([]);
  }, 30_000);

  it('shows a month’s commission run to every territory, with only the lines of one’s own people', async () => {
    const runId = await commissionRunWithA(w);
    const lines = async (who: SignedInUser) =>
      (await w.t.http(who.auth).get(`/api/v1/commission-runs/${runId}`).expect(200)).body.lines as Array<{
        userId: string;
      }>;
    expect((await lines(w.inA)).map((line) => line.userId)).toEqual([w.inA.id]);
    expect(await lines(w.inB)).toEqual([]);
  }, 30_000);
});
