import { userWithRoles } from '@zhanggui/api-identity/testing';
import { createSupportWorld, SupportWorld } from '../testing/support-world';

/** GET /support-queues/agents: the console names assignees and queue members with it. */
describe('support agents', () => {
  let w: SupportWorld;

  beforeAll(async () => {
    w = await createSupportWorld();
  });
  afterAll(() => w.t.close());

  it('lists every active agent and lead, company-wide or over a queue’s team, once each', async () => {
    const team = (
      await w.t
        .http(w.people.lead.auth)
        .post('/api/v1/support-queues')
        .send({ code: 'GZ-DESK', name: '广州客服', teamOrgUnitId: w.tree.guangzhou })
        .expect(201)
    ).body.id as string;
    expect(team).toBeDefined();
    const local = await userWithRoles(w.t, w.admin, [
      { role: 'customer-service-agent', orgUnitId: w.tree.guangzhou },
    ]);
    const { body } = await w.t.http(w.people.agent.auth).get('/api/v1/support-queues/agents').expect(200);
    const byId = new Map(
      (body as Array<{ id: string; username: string; displayName: string; role: string }>).map((a) => [
        a.id,
        a,
      ]),
    );
    expect(byId.get(w.people.agent.id)).toMatchObject({
      username: w.people.agent.username,
      role: 'customer-service-agent',
    });
    expect(byId.get(w.people.otherAgent.id)?.role).toBe('customer-service-agent');
    expect(byId.get(w.people.lead.id)?.role).toBe('customer-service-lead');
    expect(byId.get(local.id)?.role).toBe('customer-service-agent');
    expect(byId.has(w.people.hr.id)).toBe(false);
    expect(new Set(body.map((a: { id: string }) => a.id)).size).toBe(body.length);
    expect(typeof byId.get(w.people.agent.id)?.displayName).toBe('string');
  });

  it('is refused to those outside customer service', async () => {
    await w.t.http(w.people.hr.auth).get('/api/v1/support-queues/agents').expect(403);
  });
});
