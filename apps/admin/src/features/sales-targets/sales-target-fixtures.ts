import { within } from '@testing-library/react';
import { fakeUser, signIn } from '../../test/fake-api';
import { page } from '../orders/order-fixtures';
import type { CommissionPlan, CommissionRun } from './commissions.api';
import type { SalesTarget, TargetNode, Territory } from './sales-targets.api';

export const TARGET_ID = '0190a0b0-0000-7000-8000-0000000d0001';
export const GUANGDONG = '0190a0b0-0000-7000-8000-0000000d0101';
export const PEARL_RIVER = '0190a0b0-0000-7000-8000-0000000d0102';
export const EAST_GD = '0190a0b0-0000-7000-8000-0000000d0103';
export const GUANGZHOU = '0190a0b0-0000-7000-8000-0000000d0104';
export const SALESPERSON = '0190a0b0-0000-7000-8000-0000000d0201';
export const SALESPERSON_2 = '0190a0b0-0000-7000-8000-0000000d0202';
export const PLAN_ID = '0190a0b0-0000-7000-8000-0000000d0301';
export const RUN_ID = '0190a0b0-0000-7000-8000-0000000d0401';

export const SALES_MANAGER_PERMISSIONS = [
  'sales-territories:read',
  'sales-targets:read',
  'sales-targets:write',
  'sales-targets:allocate',
  'commission-plans:read',
  'commission-plans:write',
  'commission-runs:read',
  'commission-runs:calculate',
];
export const FINANCE_PERMISSIONS = ['sales-targets:read', 'commission-plans:read', 'commission-runs:read'];

function node(overrides: Partial<TargetNode> & Pick<TargetNode, 'level' | 'orgUnitId' | 'name' | 'amount'>) {
  return {
    userId: null,
    parentUnitId: null,
    allocated: 0,
    difference: overrides.amount,
    balanced: false,
    actual: null,
    attainmentBp: null,
    ...overrides,
  } satisfies TargetNode;
}

/** 广东省 ¥3,000,000, of which only ¥2,500,000 reached the regions; 珠三角 passed all of its share to 广州. */
export const NODES: TargetNode[] = [
  node({
    level: 'province',
    orgUnitId: GUANGDONG,
    name: '广东省',
    amount: 300_000_000,
    allocated: 250_000_000,
    difference: 50_000_000,
    actual: 240_000_000,
    attainmentBp: 8_000,
  }),
  node({
    level: 'region',
    orgUnitId: PEARL_RIVER,
    parentUnitId: GUANGDONG,
    name: '珠三角区域',
    amount: 150_000_000,
    allocated: 150_000_000,
    difference: 0,
    balanced: true,
    actual: 165_000_000,
    attainmentBp: 11_000,
  }),
  node({
    level: 'city',
    orgUnitId: GUANGZHOU,
    parentUnitId: PEARL_RIVER,
    name: '广州市',
    amount: 150_000_000,
    allocated: 150_000_000,
    difference: 0,
    balanced: true,
    actual: 165_000_000,
    attainmentBp: 11_000,
  }),
  node({
    level: 'person',
    orgUnitId: GUANGZHOU,
    userId: SALESPERSON,
    parentUnitId: GUANGZHOU,
    name: '李销售',
    amount: 150_000_000,
    difference: 150_000_000,
  }),
  node({
    level: 'region',
    orgUnitId: EAST_GD,
    parentUnitId: GUANGDONG,
    name: '粤东区域',
    amount: 100_000_000,
    actual: 75_000_000,
    attainmentBp: 7_500,
  }),
];

export function fakeTarget(overrides: Partial<SalesTarget> = {}): SalesTarget {
  return {
    id: TARGET_ID,
    number: 'ST-20261128-0001',
    periodKind: 'quarter',
    period: '2026-Q4',
    orgUnitId: GUANGDONG,
    amount: 300_000_000,
    currency: 'CNY',
    note: null,
    version: 4,
    updatedAt: '2026-11-28T00:00:00.000Z',
    from: '2026-09-30T16:00:00.000Z',
    to: '2026-12-31T16:00:00.000Z',
    nodes: NODES,
    ...overrides,
  };
}

function territory(id: string, name: string, kind: Territory['kind'], parentId: string | null): Territory {
  return {
    id,
    code: id.slice(-4),
    name,
    kind,
    parentId,
    status: 'active',
    managers: [],
    logisticsPartners: [],
  };
}

export const TERRITORIES: Territory[] = [
  territory(GUANGDONG, '广东省', 'province', null),
  territory(PEARL_RIVER, '珠三角区域', 'region', GUANGDONG),
  territory(EAST_GD, '粤东区域', 'region', GUANGDONG),
  territory(GUANGZHOU, '广州市', 'city', PEARL_RIVER),
];

export const PLAN: CommissionPlan = {
  id: PLAN_ID,
  code: 'STD-2026',
  name: '2026 标准提成',
  tiers: [
    { fromAttainmentBp: 10_000, rateBp: 300 },
    { fromAttainmentBp: 0, rateBp: 100 },
  ],
  active: true,
  version: 1,
  updatedAt: '2026-11-01T00:00:00.000Z',
};

export const RUN: CommissionRun = {
  id: RUN_ID,
  number: 'SC-20261201-0001',
  period: '2026-11',
  planId: PLAN_ID,
  currency: 'CNY',
  total: 495_000,
  createdAt: '2026-12-01T02:00:00.000Z',
  lines: [
    {
      userId: SALESPERSON,
      displayName: '李销售',
      orgUnitId: GUANGZHOU,
      targetAmount: 15_000_000,
      actualAmount: 16_500_000,
      attainmentBp: 11_000,
      rateBp: 300,
      amount: 495_000,
    },
  ],
};

/** Signs a sales manager in over one target of the territories above, plus `routes`. */
export function signInOverTarget(routes = {}) {
  return signIn(fakeUser({ permissions: SALES_MANAGER_PERMISSIONS }), {
    'GET /api/v1/sales-targets': page(fakeTarget()),
    [`GET /api/v1/sales-targets/${TARGET_ID}`]: fakeTarget(),
    'GET /api/v1/sales-territories': { data: TERRITORIES },
    ...routes,
  });
}

/** The table row that names `name`. */
export const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByText(name).closest('tr') as HTMLElement;
