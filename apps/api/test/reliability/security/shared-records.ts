import { SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { deliveredOrderInA, hireInA, KPI_ITEMS, openCycleWithNewHireInA } from './more-factories';
import { created, ScopedWorld, unique } from './scoped-world';

/**
 * Records that belong to the whole company by design (a shift, an appraisal cycle, a month's commission run)
 * but whose parts belong to one territory or one queue: the part is what a person of territory B must not reach.
 */

/** Polls until `find` returns something (event subscribers run after commit, in the job queue). */
async function eventually<T>(find: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const found = await find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

/** Two support queues, each with one agent: `member` works queue A, `outsider` queue B. */
export async function queueAgents(
  w: ScopedWorld,
): Promise<{ member: SignedInUser; outsider: SignedInUser; queueId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const agent = (name: string) =>
    userWithRoles(w.t, w.admin, [{ role: 'customer-service-agent' }], { username: `${name}-${unique()}` });
  const [member, outsider] = [await agent('queue-member'), await agent('queue-outsider')];
  const queue = async (userId: string) => {
    const code = `SEC-${unique()}`;
    const id = await created(
      await api().post('/api/v1/support-queues').send({ code, name: code }),
      'a support queue',
    );
    await api()
      .put(`/api/v1/support-queues/${id}/members`)
      .send({ userIds: [userId] })
      .expect(200);
    return id;
  };
  const queueId = await queue(member.id);
  await queue(outsider.id);
  return { member, outsider, queueId };
}

/** A follow-up visit scheduled into `queueId` when an order is delivered; the rule is retired afterwards. */
export async function followUpVisitIn(w: ScopedWorld, queueId: string): Promise<string> {
  const api = () => w.t.http(w.everyone.auth);
  const ruleId = await created(
    await api()
      .post('/api/v1/follow-up-rules')
      .send({ name: `送达回访 ${unique()}`, trigger: 'order-delivered', delayDays: 0, queueId }),
    'a follow-up rule',
  );
  const order = await deliveredOrderInA(w);
  const visit = await eventually(async () => {
    const visits = await api().get('/api/v1/follow-up-visits').query({ status: 'scheduled' }).expect(200);
    return (visits.body as Array<{ id: string; orderId: string }>).find((v) => v.orderId === order.id);
  }, 'the follow-up visit');
  await api().patch(`/api/v1/follow-up-rules/${ruleId}`).send({ active: false }).expect(200);
  return visit.id;
}

/** A shift worked by an employee of A and by A's whole unit. */
export async function shiftWorkedInA(w: ScopedWorld): Promise<{ shiftId: string; employeeId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const code = `S${unique()}`.replaceAll('-', '');
  const shiftId = await created(
    await api().post('/api/v1/shifts').send({ code, name: '广州早班', startsAt: '08:00', endsAt: '17:00' }),
    'a shift',
  );
  const { id: employeeId } = await hireInA(w);
  for (const assignee of [{ employeeId }, { orgUnitId: w.scopeA }])
    await created(
      await api()
        .post(`/api/v1/shifts/${shiftId}/assignments`)
        .send({ ...assignee, startsOn: '2027-03-01' }),
      'a shift assignment',
    );
  return { shiftId, employeeId };
}

/**
 * An appraisal cycle in calibration, so its results carry grades: a new employee of A with a KPI template, and
 * every appraisal the cycle opened (other factories' hires too) scored by `everyone` as their manager.
 */
export async function calibratedCycleWithA(w: ScopedWorld): Promise<{ cycleId: string; employeeId: string }> {
  const api = () => w.t.http(w.everyone.auth);
  const { cycleId, employee } = await openCycleWithNewHireInA(w);
  const advance = () => api().post(`/api/v1/appraisal-cycles/${cycleId}/advance`).expect(200);
  await advance();
  const appraisals = await api().get('/api/v1/appraisals').query({ cycleId, limit: 200 }).expect(200);
  for (const { id } of appraisals.body.data as Array<{ id: string }>)
    await api()
      .put(`/api/v1/appraisals/${id}/manager-review`)
      .send({ scores: KPI_ITEMS.map(({ code }) => ({ code, score: 85 })) })
      .expect(200);
  await advance();
  return { cycleId, employeeId: employee.id };
}

/**
 * A month's commission run with one line, for a seller of A: a target of 广东 reaches 广州 and the seller
 * through its allocations. A month no other factory gives a target, since a run is once per month.
 */
export async function commissionRunWithA(w: ScopedWorld): Promise<string> {
  const api = () => w.t.http(w.everyone.auth);
  const period = '2025-11';
  const planId = await created(
    await api()
      .post('/api/v1/commission-plans')
      .send({ code: `SEC-${unique()}`, name: '越权测试提成', tiers: [{ fromAttainmentBp: 0, rateBp: 100 }] }),
    'a commission plan',
  );
  const targetId = await created(
    await api().post('/api/v1/sales-targets').send({ period, orgUnitId: w.tree.guangdong, amount: 100_000 }),
    'a sales target',
  );
  const allocate = (unit: string, children: object[]) =>
    api().put(`/api/v1/sales-targets/${targetId}/allocations/${unit}`).send({ children }).expect(200);
  await allocate(w.tree.guangdong, [{ orgUnitId: w.tree.pearlRiverDelta, amount: 100_000 }]);
  await allocate(w.tree.pearlRiverDelta, [{ orgUnitId: w.scopeA, amount: 100_000 }]);
  await allocate(w.scopeA, [{ userId: w.inA.id, amount: 100_000 }]);
  return created(await api().post('/api/v1/commission-runs').send({ period, planId }), 'a commission run');
}
