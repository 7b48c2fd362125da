import type { FranchisePartner } from './franchise.api';

export const PARTNER_ID = '0190a0b0-0000-7000-8000-000000000f01';
export const FOSHAN_ID = '0190a0b0-0000-7000-8000-000000000f91';
export const CONTRACT_ID = '0190a0b0-0000-7000-8000-000000000f71';

export const SALES_MANAGER_PERMISSIONS = [
  'franchise-partners:read',
  'franchise-partners:write',
  'sales-territories:read',
  'sales-expenses:read',
];

export const foshanTerritory = {
  id: FOSHAN_ID,
  code: 'GD-FS',
  name: '佛山市',
  kind: 'city',
  parentId: null,
  status: 'active',
  managers: [],
  logisticsPartners: [],
};

export function fakePartner(overrides: Partial<FranchisePartner> = {}): FranchisePartner {
  return {
    id: PARTNER_ID,
    number: 'FP-20261128-0001',
    name: '佛山优品连锁',
    kind: 'enterprise',
    orgUnitId: FOSHAN_ID,
    stage: 'lead',
    nextStages: ['talks', 'lost'],
    contacts: [{ name: '赵总', phone: '13600136000', title: '总经理' }],
    contractNumber: null,
    note: null,
    version: 1,
    updatedAt: '2026-11-28T02:00:00.000Z',
    ...overrides,
  };
}
