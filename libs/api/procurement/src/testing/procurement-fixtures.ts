import { countQueries, createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ApprovalsModule } from '@zhanggui/api-approvals';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import { InventoryModule } from '@zhanggui/api-inventory';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { ProcurementModule } from '../procurement.module';

type Person = 'productManager' | 'finance' | 'generalManager' | 'auditor' | 'editor' | 'hr';

export interface ProcurementWorld {
  t: TestApp;
  admin: SignedInUser;
  org: OrgTree;
  people: Record<Person, SignedInUser>;
}

const ROLES: Record<Person, RoleCode> = {
  productManager: 'product-manager',
  finance: 'finance',
  generalManager: 'general-manager',
  auditor: 'auditor',
  editor: 'editor',
  hr: 'hr',
};

/** A test app with every domain procurement stands on, an org tree and the people who buy and pay. */
export async function createProcurementWorld(): Promise<ProcurementWorld> {
  const t = await createTestApp({
    imports: [IdentityModule, ApprovalsModule, CatalogModule, InventoryModule, ProcurementModule],
  });
  const admin = await signInAsAdmin(t);
  const org = await createOrgTree(t, admin);
  const people = {} as ProcurementWorld['people'];
  for (const [name, role] of Object.entries(ROLES))
    people[name as Person] = await userWithRoles(t, admin, [{ role }]);
  return { t, admin, org, people };
}

let counter = 0;
const unique = () => `${process.pid}-${++counter}`;

async function created<T>(what: string, response: { status: number; body: unknown }): Promise<T> {
  if (response.status !== 201) throw new Error(`Creating ${what} failed: ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** SKUs of a new product, as the product manager. */
export async function createSkus(w: ProcurementWorld, count = 1): Promise<string[]> {
  const skus = Array.from({ length: count }, (_, i) => ({ code: `PR-${unique()}-${i}` }));
  const body = await created<{ skus: Array<{ id: string; code: string }> }>(
    'a product',
    await w.t
      .http(w.people.productManager.auth)
      .post('/api/v1/products')
      .send({ name: `采购测试商品 ${unique()}`, skus }),
  );
  return skus.map((sku) => body.skus.find((s) => s.code === sku.code)!.id);
}

export async function createWarehouse(w: ProcurementWorld, regionId?: string): Promise<string> {
  const body = await created<{ id: string }>(
    'a warehouse',
    await w.t
      .http(w.people.productManager.auth)
      .post('/api/v1/warehouses')
      .send({ code: `WH-${unique()}`, name: `采购仓 ${unique()}`, regionId }),
  );
  return body.id;
}

export async function createSupplier(
  w: ProcurementWorld,
  extra: object = {},
): Promise<{ id: string; code: string }> {
  const code = `SUP-${unique()}`;
  return created(
    'a supplier',
    await w.t
      .http(w.people.productManager.auth)
      .post('/api/v1/suppliers')
      .send({ code, name: `供应商 ${code}`, ...extra }),
  );
}

export interface OrderBody {
  id: string;
  number: string;
  status: string;
  version: number;
  totalAmount: number;
  approvalRequestId: string | null;
  lines: Array<{ id: string; skuId: string; quantity: number; receivedQuantity: number; unitPrice: number }>;
}

export async function createOrder(
  w: ProcurementWorld,
  input: {
    supplierId: string;
    warehouseId: string;
    lines: Array<{ skuId: string; quantity: number; unitPrice: number }>;
    expectedDate?: string;
  },
): Promise<OrderBody> {
  return created(
    'a purchase order',
    await w.t.http(w.people.productManager.auth).post('/api/v1/purchase-orders').send(input),
  );
}

/** An order submitted (below the threshold: approved at once) and sent, ready to receive against. */
export async function sentOrder(
  w: ProcurementWorld,
  input: Parameters<typeof createOrder>[1],
): Promise<OrderBody> {
  const order = await createOrder(w, input);
  const pm = w.t.http(w.people.productManager.auth);
  const submitted = await pm.post(`/api/v1/purchase-orders/${order.id}/submit`).expect(200);
  if (submitted.body.status !== 'approved')
    throw new Error(`Expected approval at once, got ${submitted.body.status}`);
  return (
    await w.t.http(w.people.productManager.auth).post(`/api/v1/purchase-orders/${order.id}/send`).expect(200)
  ).body;
}

export async function stockOf(w: ProcurementWorld, skuId: string, warehouseId: string): Promise<number> {
  const response = await w.t
    .http(w.people.productManager.auth)
    .get(`/api/v1/stock-levels?skuId=${skuId}&warehouseId=${warehouseId}`)
    .expect(200);
  return response.body.data[0]?.onHand ?? 0;
}

export async function costOf(w: ProcurementWorld, skuId: string): Promise<number | undefined> {
  const response = await w.t.http(w.people.productManager.auth).get(`/api/v1/skus/${skuId}/cost`);
  return response.status === 200 ? response.body.amount : undefined;
}

export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The outbox rows of an event type about a record (the event itself, as finance will receive it). */
export async function outboxEvents(w: ProcurementWorld, type: string, key: string, id: string) {
  return (await w.t.dataSource.query(
    `SELECT payload FROM outbox_event WHERE type = $1 AND payload->>$2 = $3 ORDER BY id`,
    [type, key, id],
  )) as Array<{ payload: Record<string, unknown> }>;
}

/**
 * Lists `path` 2 rows and then 25 rows at a time and expects both pages to cost the same number of SQL
 * statements: a list builds its items from the page plus a fixed number of batched queries, never per row.
 * Needs at least 25 rows behind `path`.
 */
export async function expectFlatListQueries(w: ProcurementWorld, auth: string, path: string): Promise<void> {
  const page = (limit: number) =>
    countQueries(w.t, (http) =>
      http(auth)
        .get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}`)
        .expect(200),
    );
  const few = await page(2);
  const many = await page(25);
  expect(few.result.body.data).toHaveLength(2);
  expect(many.result.body.data).toHaveLength(25);
  // On failure Jest prints the statements of the longer page: the repeated ones are the culprits.
  expect(many.statements).toHaveLength(few.count);
}
