import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createProcurementWorld,
  expectFlatListQueries,
  ProcurementWorld,
} from '../testing/procurement-fixtures';

describe('suppliers', () => {
  let w: ProcurementWorld;
  beforeAll(async () => {
    w = await createProcurementWorld();
  });
  afterAll(() => w.t.close());

  const as = (who: keyof ProcurementWorld['people']) => w.t.http(w.people[who].auth);

  it('creates a supplier from the minimal contract {code, name}', async () => {
    const response = await as('productManager')
      .post('/api/v1/suppliers')
      .send({ code: 'SUP-MIN', name: '最小供应商' })
      .expect(201);
    expect(response.headers.location).toBe(`/api/v1/suppliers/${response.body.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      code: 'SUP-MIN',
      name: '最小供应商',
      contacts: [],
      bankAccount: null,
      bankAccountMasked: false,
      paymentTermsDays: 30,
      leadTimeDays: 7,
      status: 'active',
      rating: { deliveries: 0, score: null },
    });
    expectProblem(
      await as('productManager').post('/api/v1/suppliers').send({ code: 'sup-min', name: '重复' }),
      409,
      'SUPPLIER_CODE_TAKEN',
    );
  });

  it('validates fields and names them', async () => {
    const problem = expectProblem(
      await as('productManager')
        .post('/api/v1/suppliers')
        .send({
          code: 'bad code!',
          name: '',
          contacts: [{ name: '王', email: 'not-mail' }],
          bankAccount: '12ab',
        }),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors!.map((e) => e.field).sort()).toEqual([
      'bankAccount',
      'code',
      'contacts.0.email',
      'name',
    ]);
  });

  it('masks bank accounts in lists for everyone, and in detail for people without suppliers:bank-read', async () => {
    const supplier = (
      await as('productManager')
        .post('/api/v1/suppliers')
        .send({
          code: 'SUP-BANK',
          name: '有账户的供应商',
          bankName: '招商银行深圳分行',
          bankAccount: '6222 0212 3456 1234',
          contacts: [{ name: '王经理', phone: '13800138000', email: 'wang@example.com' }],
          paymentTermsDays: 45,
        })
        .expect(201)
    ).body;
    expect(supplier).toMatchObject({ bankAccount: '6222 **** **** 1234', bankAccountMasked: true });
    const detail = (who: keyof ProcurementWorld['people']) =>
      as(who)
        .get(`/api/v1/suppliers/${supplier.id}`)
        .expect(200)
        .then((r) => r.body.bankAccount);
    expect(await detail('finance')).toBe('6222021234561234');
    expect(await detail('generalManager')).toBe('6222021234561234');
    expect(await detail('productManager')).toBe('6222 **** **** 1234');
    expect(await detail('auditor')).toBe('6222 **** **** 1234');
    for (const who of ['finance', 'productManager', 'auditor'] as const) {
      const list = (await as(who).get('/api/v1/suppliers?q=SUP-BANK').expect(200)).body.data;
      expect(list).toEqual([
        expect.objectContaining({ bankAccount: '6222 **** **** 1234', bankAccountMasked: true }),
      ]);
    }
  });

  it('updates with If-Match, refusing a stale version', async () => {
    const supplier = (
      await as('productManager').post('/api/v1/suppliers').send({ code: 'SUP-UPD', name: '旧名' }).expect(201)
    ).body;
    const updated = await as('productManager')
      .patch(`/api/v1/suppliers/${supplier.id}`)
      .set('If-Match', '"1"')
      .send({ name: '新名', status: 'suspended', leadTimeDays: 12 })
      .expect(200);
    expect(updated.body).toMatchObject({ name: '新名', status: 'suspended', leadTimeDays: 12, version: 2 });
    expect(updated.headers.etag).toBe('"2"');
    expectProblem(
      await as('productManager')
        .patch(`/api/v1/suppliers/${supplier.id}`)
        .set('If-Match', '"1"')
        .send({ name: 'x' }),
      412,
      'STALE_VERSION',
    );
    const suspended = (await as('productManager').get('/api/v1/suppliers?status=suspended').expect(200)).body
      .data;
    expect(suspended.map((s: { code: string }) => s.code)).toContain('SUP-UPD');
  });

  it('pages by keyset and sorts by whitelisted keys only', async () => {
    for (let i = 0; i < 3; i++)
      await as('productManager')
        .post('/api/v1/suppliers')
        .send({ code: `SUP-PG-${i}`, name: `分页 ${i}` })
        .expect(201);
    const first = (
      await as('productManager').get('/api/v1/suppliers?q=SUP-PG&sort=code&limit=2&count=true').expect(200)
    ).body;
    expect(first.data.map((s: { code: string }) => s.code)).toEqual(['SUP-PG-0', 'SUP-PG-1']);
    expect(first.total).toBe(3);
    const second = (
      await as('productManager')
        .get(`/api/v1/suppliers?q=SUP-PG&sort=code&limit=2&cursor=${first.nextCursor}`)
        .expect(200)
    ).body;
    expect(second.data.map((s: { code: string }) => s.code)).toEqual(['SUP-PG-2']);
    expectProblem(
      await as('productManager').get('/api/v1/suppliers?sort=bankAccount'),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('lets purchasing write, finance read, and keeps others out', async () => {
    expectProblem(
      await as('finance').post('/api/v1/suppliers').send({ code: 'X', name: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await as('editor').get('/api/v1/suppliers'), 403, 'FORBIDDEN');
    expectProblem(await as('hr').get('/api/v1/suppliers'), 403, 'FORBIDDEN');
    await as('auditor').get('/api/v1/suppliers').expect(200);
    expectProblem(
      await as('auditor').post('/api/v1/suppliers').send({ code: 'X', name: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await as('productManager').get('/api/v1/suppliers/01a21f21-0000-7000-8000-000000000000'),
      404,
      'SUPPLIER_NOT_FOUND',
    );
  });

  it('lists 25 suppliers with their ratings in as many queries as 2', async () => {
    for (let i = 0; i < 25; i++)
      await as('productManager')
        .post('/api/v1/suppliers')
        .send({ code: `SUP-CNT-${i}`, name: `计数供应商 ${i}`, bankAccount: '6222020200112233445' })
        .expect(201);
    await expectFlatListQueries(w, w.people.productManager.auth, '/api/v1/suppliers?q=SUP-CNT');
  });
});
