import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { InventoryModule } from '../inventory.module';

export interface InventoryWorld {
  t: TestApp;
  admin: SignedInUser;
  org: OrgTree;
  people: Record<
    'productManager' | 'csAgent' | 'finance' | 'editor' | 'hr' | 'regionalManagerPrd' | 'cityManagerHz',
    SignedInUser
  >;
  /** `Authorization` of the website's API key (stock:read). */
  website: string;
}

/** A test app with identity, catalog and inventory, a small org tree and the people who touch stock. */
export async function createInventoryWorld(): Promise<InventoryWorld> {
  const t = await createTestApp({ imports: [IdentityModule, CatalogModule, InventoryModule] });
  const admin = await signInAsAdmin(t);
  const org = await createOrgTree(t, admin);
  const as = (role: RoleCode, orgUnitId?: string) => userWithRoles(t, admin, [{ role, orgUnitId }]);
  const people: InventoryWorld['people'] = {
    productManager: await as('product-manager'),
    csAgent: await as('customer-service-agent'),
    finance: await as('finance'),
    editor: await as('editor'),
    hr: await as('hr'),
    regionalManagerPrd: await as('regional-manager', org.pearlRiverDelta),
    cityManagerHz: await as('city-manager', org.hangzhou),
  };
  const key = await t
    .http(admin.auth)
    .post('/api/v1/api-keys')
    .send({ name: '官网', permissions: ['stock:read'] })
    .expect(201);
  return { t, admin, org, people, website: `Bearer ${key.body.secret}` };
}

let counter = 0;

/** A product with `count` SKUs, as the product manager; answers the SKU ids. */
export async function createSkus(world: InventoryWorld, count = 1): Promise<string[]> {
  const skus = Array.from({ length: count }, () => ({
    code: `INV-${process.pid}-${++counter}`,
    name: `规格${counter}`,
  }));
  const response = await world.t
    .http(world.people.productManager.auth)
    .post('/api/v1/products')
    .send({ name: `库存测试商品 ${counter}`, skus });
  if (response.status !== 201) throw new Error(`Creating a product failed: ${JSON.stringify(response.body)}`);
  return (response.body.skus as Array<{ id: string; code: string }>)
    .sort((a, b) => skus.findIndex((s) => s.code === a.code) - skus.findIndex((s) => s.code === b.code))
    .map((sku) => sku.id);
}

/** A warehouse through the API, as the product manager. */
export async function createWarehouse(world: InventoryWorld, regionId?: string) {
  const code = `WH-${process.pid}-${++counter}`;
  const response = await world.t
    .http(world.people.productManager.auth)
    .post('/api/v1/warehouses')
    .send({ code, name: `仓库 ${counter}`, regionId });
  if (response.status !== 201)
    throw new Error(`Creating a warehouse failed: ${JSON.stringify(response.body)}`);
  return response.body as { id: string; code: string; version: number };
}

/** Adds stock by a positive adjustment (what a keeper does for opening stock). */
export async function stockUp(world: InventoryWorld, skuId: string, warehouseId: string, quantity: number) {
  const response = await world.t
    .http(world.people.productManager.auth)
    .post('/api/v1/stock-adjustments')
    .send({ skuId, warehouseId, quantity, reason: '期初' });
  if (response.status !== 201) throw new Error(`Stocking up failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The balance of one SKU in one warehouse, as the product manager sees it. */
export async function levelOf(world: InventoryWorld, skuId: string, warehouseId: string) {
  const response = await world.t
    .http(world.people.productManager.auth)
    .get(`/api/v1/stock-levels?skuId=${skuId}&warehouseId=${warehouseId}`)
    .expect(200);
  return response.body.data[0] as
    | {
        onHand: number;
        reserved: number;
        available: number;
        inTransit: number;
        low: boolean;
        version: number;
      }
    | undefined;
}
