import { createSalesWorld, SalesWorld } from '../testing/sales-world';

describe('franchise partners: the pipeline with contacts and history', () => {
  let w: SalesWorld;
  beforeAll(async () => {
    w = await createSalesWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);

  it('takes a lead through talks and contract to active, recording each step', async () => {
    const lead = await as('cityGuangzhou')
      .post('/api/v1/franchise-partners')
      .send({
        name: '广州优品连锁',
        kind: 'local_brand',
        orgUnitId: w.tree.guangzhou,
        contacts: [{ name: '赵总', phone: '13600136000', title: '总经理' }],
        note: '展会上认识',
      })
      .expect(201);
    const id = lead.body.id as string;
    expect(lead.headers.location).toBe(`/api/v1/franchise-partners/${id}`);
    expect(lead.body).toMatchObject({ stage: 'lead', nextStages: ['talks', 'lost'], version: 1 });
    expect(lead.body.number).toMatch(/^FP-\d{8}-\d{4}$/);

    const move = (stage: string, extra: Record<string, unknown> = {}) =>
      as('cityGuangzhou')
        .post(`/api/v1/franchise-partners/${id}/stage`)
        .send({ stage, ...extra });
    const skip = await move('active').expect(422);
    expect(skip.body).toMatchObject({ code: 'FRANCHISE_STAGE_INVALID', errors: [{ field: 'stage' }] });
    await move('talks', { note: '第一轮洽谈' }).expect(200);
    const noContract = await move('contract').expect(422);
    expect(noContract.body.code).toBe('FRANCHISE_CONTRACT_MISSING');
    await move('contract', { contractNumber: 'HT-2026-0042' }).expect(200);
    const stale = await as('cityGuangzhou')
      .post(`/api/v1/franchise-partners/${id}/stage`)
      .set('If-Match', '"1"')
      .send({ stage: 'active' })
      .expect(412);
    expect(stale.body.code).toBe('STALE_VERSION');
    const active = await move('active', { note: '首店开业' }).expect(200);
    expect(active.body).toMatchObject({
      stage: 'active',
      contractNumber: 'HT-2026-0042',
      nextStages: ['lost'],
    });
    expect(active.body.history.map((h: { toStage: string }) => h.toStage)).toEqual([
      'lead',
      'talks',
      'contract',
      'active',
    ]);
    expect(active.body.history[1]).toMatchObject({
      fromStage: 'lead',
      note: '第一轮洽谈',
      actorId: w.people.cityGuangzhou.id,
    });

    const changed = await as('regionalPrd')
      .patch(`/api/v1/franchise-partners/${id}`)
      .send({ contacts: [{ name: '钱经理' }] })
      .expect(200);
    expect(changed.body.contacts).toEqual([{ name: '钱经理' }]);
  });

  it('keeps each manager to their own territory', async () => {
    const hz = await as('cityHangzhou')
      .post('/api/v1/franchise-partners')
      .send({ name: '杭州某品牌', kind: 'enterprise', orgUnitId: w.tree.hangzhou })
      .expect(201);
    const outside = await as('cityHangzhou')
      .post('/api/v1/franchise-partners')
      .send({ name: '越权', kind: 'enterprise', orgUnitId: w.tree.guangzhou })
      .expect(422);
    expect(outside.body.code).toBe('OUTSIDE_OWN_TERRITORY');
    await as('cityGuangzhou').get(`/api/v1/franchise-partners/${hz.body.id}`).expect(404);
    await as('cityGuangzhou')
      .post(`/api/v1/franchise-partners/${hz.body.id}/stage`)
      .send({ stage: 'talks' })
      .expect(404);

    const count = async (who: keyof SalesWorld['people']) =>
      (await as(who).get('/api/v1/franchise-partners?count=true').expect(200)).body.total;
    expect(await count('cityGuangzhou')).toBe(1);
    expect(await count('cityHangzhou')).toBe(1);
    expect(await count('salesManager')).toBe(2);
    expect(await count('generalManager')).toBe(2);
    const active = await as('finance').get('/api/v1/franchise-partners?stage=active').expect(200);
    expect(active.body.data).toHaveLength(1);
    await as('finance').post('/api/v1/franchise-partners').send({}).expect(403);
    await as('hr').get('/api/v1/franchise-partners').expect(403);
    await w.t.http().get('/api/v1/franchise-partners').expect(401);
  });
});
