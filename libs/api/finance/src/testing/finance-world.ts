import { CatalogModule } from '@zhanggui/api-catalog';
import { IdentityModule, RoleCode } from '@zhanggui/api-identity';
import {
  createOrgTree,
  OrgTree,
  signInAsAdmin,
  SignedInUser,
  userWithRoles,
} from '@zhanggui/api-identity/testing';
import { InventoryModule } from '@zhanggui/api-inventory';
import { OrdersModule } from '@zhanggui/api-orders';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { FinanceModule } from '../finance.module';

export type FinancePerson =
  'finance' | 'auditor' | 'generalManager' | 'agent' | 'hr' | 'productManager' | 'salesManager' | 'sysadmin';

export interface FinanceWorld {
  t: TestApp;
  admin: SignedInUser;
  tree: OrgTree;
  people: Record<FinancePerson, SignedInUser>;
}

/** A test app with the ledger (and the domains whose events it books), and a person of each role it tests. */
export async function createFinanceWorld(
  imports: Array<new (...args: never[]) => unknown> = [],
): Promise<FinanceWorld> {
  const t = await createTestApp({
    imports: [IdentityModule, CatalogModule, InventoryModule, OrdersModule, FinanceModule, ...imports],
  });
  const admin = await signInAsAdmin(t);
  const tree = await createOrgTree(t, admin);
  const as = (role: RoleCode) => userWithRoles(t, admin, [{ role }]);
  const people: FinanceWorld['people'] = {
    finance: await as('finance'),
    auditor: await as('auditor'),
    generalManager: await as('general-manager'),
    agent: await as('customer-service-agent'),
    hr: await as('hr'),
    productManager: await as('product-manager'),
    salesManager: await as('sales-manager'),
    sysadmin: await as('system-administrator'),
  };
  return { t, admin, tree, people };
}

export async function eventually<T>(
  check: () => Promise<T | undefined | false | null>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Today in Beijing, `YYYY-MM-DD`. */
export function beijingToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
