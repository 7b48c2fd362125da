import { expectProblem } from '@zhanggui/api-platform/testing';
import { MembersService } from '../members/members.service';
import { address, createCustomer, createOrdersWorld, OrdersWorld } from '../testing/orders-fixtures';

describe('duplicate customers and merging', () => {
  let w: OrdersWorld;
  beforeAll(async () => {
    w = await createOrdersWorld();
    await w.t
      .http(w.people.salesManager.auth)
      .post('/api/v1/member-levels')
      .send({ nameZh: '普通会员', nameEn: 'Member', thresholdAmount: 0, rebateBps: 0 })
      .expect(201);
    await w.t
      .http(w.people.salesManager.auth)
      .post('/api/v1/member-levels')
      .send({ nameZh: '银卡会员', nameEn: 'Silver', thresholdAmount: 100_000, rebateBps: 100 })
      .expect(201);
  }, 60_000);
  afterAll(() => w.t.close());

  const lead = () => w.t.http(w.people.lead.auth);
  const duplicates = async () => (await lead().get('/api/v1/customers/duplicates').expect(200)).body.data;

  it('lists the same name at the same address (spelt with other spaces and case) as likely duplicates', async () => {
    const older = await createCustomer(w, {
      name: '赵六',
      addresses: [address('guangzhou', { detail: '天河路 101 号 A 座' })],
    });
    const newer = await createCustomer(w, {
      name: '赵六',
      addresses: [address('guangzhou', { detail: '天河路101号a座' })],
    });
    await createCustomer(w, {
      name: '赵六',
      addresses: [address('shenzhen', { detail: '天河路 101 号 A 座' })],
    });
    const groups = await duplicates();
    expect(groups).toContainEqual({
      reason: 'same-name-and-address',
      customers: [expect.objectContaining({ id: older.id }), expect.objectContaining({ id: newer.id })],
    });
    expect(groups.filter((g: { customers: unknown[] }) => g.customers.length !== 2)).toEqual([]);
  });

  it('lists the same phone kept by two customers (data from before phones were normalised)', async () => {
    const a = await createCustomer(w, { name: '导入甲' });
    const b = await createCustomer(w, { name: '导入乙' });
    // Only an import around the API could do this: both active with one phone (the index is dropped for it).
    await w.t.dataSource.query(`DROP INDEX customer_phone_key`);
    await w.t.dataSource.query(
      `UPDATE customer SET phone = (SELECT phone FROM customer WHERE id = $1) WHERE id = $2`,
      [a.id, b.id],
    );
    const group = (await duplicates()).find((g: { reason: string }) => g.reason === 'same-phone');
    expect(group.customers.map((c: { id: string }) => c.id)).toEqual([a.id, b.id]);
    await lead().post(`/api/v1/customers/${b.id}/merge`).send({ intoCustomerId: a.id }).expect(200);
    await w.t.dataSource.query(
      `CREATE UNIQUE INDEX customer_phone_key ON customer (phone) WHERE status = 'active'`,
    );
  });

  it('merges a duplicate: addresses, tags, spend and membership move, history is kept', async () => {
    const members = w.t.app.get(MembersService);
    const keep = await createCustomer(w, {
      name: '孙七',
      tags: ['老客户'],
      addresses: [address('guangzhou', { detail: '保留路 1 号' })],
    });
    const duplicate = await createCustomer(w, {
      name: '孙七',
      email: 'sunqi@example.com',
      tags: ['网站注册'],
      marketingConsent: { granted: true, channel: 'website' },
      addresses: [address('hangzhou', { detail: '重复路 2 号' })],
    });
    await w.t.http(w.website).post(`/api/v1/customers/${duplicate.id}/membership`).send({}).expect(201);
    await members.recordQualifyingSpend(duplicate.id, 150_000, 'SO-MERGE-0001');

    expectProblem(
      await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${duplicate.id}/merge`)
        .send({ intoCustomerId: keep.id }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await lead()
        .post(`/api/v1/customers/${duplicate.id}/merge`)
        .set('If-Match', '"9"')
        .send({ intoCustomerId: keep.id }),
      412,
      'STALE_VERSION',
    );
    const merged = await lead()
      .post(`/api/v1/customers/${duplicate.id}/merge`)
      .send({ intoCustomerId: keep.id })
      .expect(200);
    expect(merged.body).toMatchObject({
      id: keep.id,
      email: 'sunqi@example.com',
      tags: ['老客户', '网站注册'],
      marketingConsent: { granted: true, channel: 'website' },
      territoryId: w.tree.guangzhou,
      defaultAddress: { detail: '保留路 1 号' },
      membership: { level: { nameZh: '银卡会员' } },
    });
    expect(merged.body.addresses.map((a: { detail: string }) => a.detail).sort()).toEqual([
      '保留路 1 号',
      '重复路 2 号',
    ]);

    const gone = await lead().get(`/api/v1/customers/${duplicate.id}`).expect(200);
    expect(gone.body).toMatchObject({ status: 'merged', mergedIntoId: keep.id, addresses: [] });
    const history = await lead().get(`/api/v1/customers/${keep.id}/history`).expect(200);
    expect(
      history.body.map((e: { action: string; customerId: string }) => [e.action, e.customerId === keep.id]),
    ).toEqual([
      ['registered', true],
      ['registered', false],
      ['consent-given', false],
      ['became-member', false],
      ['level-changed', false],
      ['merged-into', false],
      ['merged-from', true],
    ]);
    // Spend reported later for the merged-away customer reaches the one kept.
    expect(await members.recordQualifyingSpend(duplicate.id, 10_000, 'SO-MERGE-0002')).toBe(true);
    expect((await lead().get(`/api/v1/customers/${keep.id}/membership`)).body.qualifyingSpend).toBe(160_000);
    // The merged-away phone is free for a new registration; the record is read-only.
    expectProblem(
      await w.t.http(w.people.agent.auth).patch(`/api/v1/customers/${duplicate.id}`).send({ name: 'x' }),
      422,
      'CUSTOMER_MERGED',
    );
    const outbox = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'CustomersMerged' AND payload->>'customerId' = $1`,
      [duplicate.id],
    );
    expect(outbox).toEqual([{ payload: { customerId: duplicate.id, intoCustomerId: keep.id } }]);
  });

  it('refuses merging into itself or into a merged customer', async () => {
    const a = await createCustomer(w);
    const b = await createCustomer(w);
    expectProblem(
      await lead().post(`/api/v1/customers/${a.id}/merge`).send({ intoCustomerId: a.id }),
      422,
      'MERGE_NOT_ALLOWED',
    );
    await lead().post(`/api/v1/customers/${a.id}/merge`).send({ intoCustomerId: b.id }).expect(200);
    const c = await createCustomer(w);
    const problem = expectProblem(
      await lead().post(`/api/v1/customers/${c.id}/merge`).send({ intoCustomerId: a.id }),
      422,
      'CUSTOMER_MERGED',
    );
    expect(problem.errors![0].field).toBe('intoCustomerId');
    expectProblem(
      await lead()
        .post(`/api/v1/customers/${c.id}/merge`)
        .send({ intoCustomerId: '01a21f21-0000-7000-8000-000000000000' }),
      404,
      'CUSTOMER_NOT_FOUND',
    );
    expectProblem(await w.t.http(w.people.agent.auth).get('/api/v1/customers/duplicates'), 403, 'FORBIDDEN');
  });
});
