import sharp from 'sharp';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ROLE_CODES } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { AppModule } from '../../../src/app.module';

/**
 * The whole application with two territories and one person per territory holding every role there: `inA`
 * (广州) and `inB` (杭州), plus `everyone`, who holds every role company-wide and creates the records.
 */
export interface ScopedWorld {
  t: TestApp;
  admin: SignedInUser;
  tree: OrgTree;
  everyone: SignedInUser;
  inA: SignedInUser;
  inB: SignedInUser;
  scopeA: string;
  scopeB: string;
}

export async function createScopedWorld(): Promise<ScopedWorld> {
  const t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  // Customers belong to the territory of their address's city.
  for (const [cityCode, orgUnitId] of [
    ['440100', tree.guangzhou],
    ['330100', tree.hangzhou],
  ]) {
    await t.http(admin.auth).put(`/api/v1/territory-cities/${cityCode}`).send({ orgUnitId }).expect(200);
  }
  const all = (orgUnitId: string | null) => ROLE_CODES.map((role) => ({ role, orgUnitId }));
  return {
    t,
    admin,
    tree,
    everyone: await userWithRoles(t, admin, all(null)),
    inA: await userWithRoles(t, admin, all(tree.guangzhou), { orgUnitId: tree.guangzhou }),
    inB: await userWithRoles(t, admin, all(tree.hangzhou), { orgUnitId: tree.hangzhou }),
    scopeA: tree.guangzhou,
    scopeB: tree.hangzhou,
  };
}

let counter = 0;
export const unique = (): string => `${process.pid}-${++counter}`;

export async function created(
  response: { status: number; body: { id: string } },
  what: string,
): Promise<string> {
  if (response.status !== 201) throw new Error(`Creating ${what} failed: ${JSON.stringify(response.body)}`);
  return response.body.id;
}

/**
 * One record in territory A per resource whose reads are limited to the caller's org units; the key is the
 * first path segment after /api/v1/.
 */
export const FACTORIES: Record<string, (w: ScopedWorld) => Promise<string>> = {
  users: async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/users')
        .send({
          username: `scoped-${unique()}`,
          displayName: '广州同事',
          password: 'a long enough passphrase',
          roles: [{ role: 'editor', orgUnitId: w.scopeA }],
          orgUnitId: w.scopeA,
        }),
      'a user',
    ),
  customers: async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/customers')
        .send({
          name: '广州客户',
          phone: `137${String(process.pid % 10000).padStart(4, '0')}${String(++counter).padStart(4, '0')}`,
          addresses: [
            {
              provinceCode: '440000',
              cityCode: '440100',
              districtCode: '440106',
              detail: '测试路 1 号',
              recipientName: '收件人',
              recipientPhone: '13900000000',
            },
          ],
        }),
      'a customer',
    ),
  warehouses: async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/warehouses')
        .send({ code: `WH-${unique()}`, name: '广州仓', regionId: w.scopeA }),
      'a warehouse',
    ),
  employees: async (w) => {
    const code = `POS-${unique()}`;
    const positionId = await created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/positions')
        .send({ code, title: `岗位 ${code}`, orgUnitId: w.scopeA, duties: '负责…' }),
      'a position',
    );
    await w.t
      .http(w.everyone.auth)
      .put(`/api/v1/positions/${positionId}/headcount/2026`)
      .send({ planned: 5 })
      .expect(200);
    return created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/employees')
        .send({ name: `员工 ${unique()}`, hireDate: '2026-09-01', salary: 800000, positionId }),
      'an employee',
    );
  },
  'labour-contracts': async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/labour-contracts')
        .send({
          employeeId: await FACTORIES.employees(w),
          type: 'fixed_term',
          startsOn: '2026-09-01',
          endsOn: '2029-08-31',
          probationMonths: 3,
        }),
      'a labour contract',
    ),
  budgets: async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/budgets')
        .send({
          orgUnitId: w.scopeA,
          periodKind: 'month',
          periodDate: new Date().toISOString().slice(0, 10),
          accountCode: '6601',
          amount: 100_000,
        }),
      'a budget',
    ),
  'expense-claims': async (w) =>
    created(
      await w.t
        .http(w.everyone.auth)
        .post('/api/v1/expense-claims')
        .send({
          title: '广州出差',
          orgUnitId: w.scopeA,
          lines: [
            {
              // Yesterday: a receipt's day may not lie in the future in any time zone.
              expenseDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
              category: 'travel',
              amount: 5_000,
              description: '广州出差交通',
            },
          ],
        }),
      'an expense claim',
    ),
  orders: async (w) => {
    const api = () => w.t.http(w.everyone.auth);
    const n = unique();
    await api()
      .post('/api/v1/warehouses')
      .send({ code: `WH-O-${n}`, name: '珠三角发货仓', regionId: w.tree.pearlRiverDelta })
      .expect(201);
    const product = await api()
      .post('/api/v1/products')
      .send({ name: `越权测试商品 ${n}`, skus: [{ code: `BOLA-${n}` }] })
      .expect(201);
    const sku = product.body.skus[0].id as string;
    await api().put(`/api/v1/skus/${sku}/cost`).send({ amount: 1_000, reason: '成本' }).expect(200);
    await api().post(`/api/v1/skus/${sku}/prices`).send({ channel: 'website', amount: 2_000 }).expect(201);
    await api()
      .post(`/api/v1/products/${product.body.id}/images`)
      .attach('file', await tinyPng(), 'p.png')
      .expect(201);
    await api().post(`/api/v1/products/${product.body.id}/submit-for-review`).send({}).expect(200);
    await api().post(`/api/v1/products/${product.body.id}/list`).send({}).expect(200);
    // The order ships from the nearest warehouse, which may be one another factory made: stock them all.
    const warehouses = (await api().get('/api/v1/warehouses').query({ limit: 200 }).expect(200)).body.data;
    for (const { id } of warehouses as Array<{ id: string }>)
      await api()
        .post('/api/v1/stock-adjustments')
        .send({ skuId: sku, warehouseId: id, quantity: 10, reason: '期初' })
        .expect(201);
    const customerId = await FACTORIES.customers(w);
    return created(
      await api()
        .post('/api/v1/orders')
        .send({
          customerId,
          paymentMethod: 'cod',
          shippingAddress: {
            ...GUANGZHOU,
            detail: '测试路 1 号',
            recipientName: '收件人',
            recipientPhone: '13900000000',
          },
          lines: [{ skuId: sku, quantity: 1 }],
        }),
      'an order',
    );
  },
};

const GUANGZHOU = { provinceCode: '440000', cityCode: '440100', districtCode: '440106' };

export function tinyPng(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 64, channels: 3, background: '#1677ff' } })
    .png()
    .toBuffer();
}
