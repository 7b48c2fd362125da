import sharp from 'sharp';
import type { AppConfig } from '@zhanggui/api-platform';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { CatalogModule } from '../catalog.module';

export interface CatalogWorld {
  t: TestApp;
  admin: SignedInUser;
  people: Record<'productManager' | 'editor' | 'generalManager' | 'cityManager' | 'hr', SignedInUser>;
  /** `Authorization` of the website's API key: storefront:read and price-quotes:create. */
  website: string;
}

const ROLES: Record<keyof CatalogWorld['people'], RoleCode> = {
  productManager: 'product-manager',
  editor: 'editor',
  generalManager: 'general-manager',
  cityManager: 'city-manager',
  hr: 'hr',
};

/** A test app with the catalog and the people who work with it. */
export async function createCatalogWorld(config: Partial<AppConfig> = {}): Promise<CatalogWorld> {
  const t = await createTestApp({ imports: [IdentityModule, CatalogModule], config });
  const admin = await signInAsAdmin(t);
  const people = {} as CatalogWorld['people'];
  for (const [name, role] of Object.entries(ROLES))
    people[name as keyof typeof ROLES] = await userWithRoles(t, admin, [{ role }]);
  const key = await t
    .http(admin.auth)
    .post('/api/v1/api-keys')
    .send({ name: '官网', permissions: ['storefront:read', 'price-quotes:create'] })
    .expect(201);
  return { t, admin, people, website: `Bearer ${key.body.secret}` };
}

let skuCounter = 0;

/** A product through the minimal contract, as a product manager. */
export async function createProduct(world: CatalogWorld, name: string, skuCount = 1, extra: object = {}) {
  const skus = Array.from({ length: skuCount }, () => ({ code: `T-${process.pid}-${++skuCounter}` }));
  const response = await world.t
    .http(world.people.productManager.auth)
    .post('/api/v1/products')
    .send({ name, skus, ...extra });
  if (response.status !== 201) throw new Error(`Creating ${name} failed: ${JSON.stringify(response.body)}`);
  return response.body as { id: string; version: number; skus: Array<{ id: string; code: string }> };
}

export async function pngImage(width = 640, height = 480): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#1677ff' } })
    .png()
    .toBuffer();
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
