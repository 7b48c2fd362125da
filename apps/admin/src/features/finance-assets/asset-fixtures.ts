import type { AssetCustodian, FixedAsset, FixedAssetTransfer } from './assets.api';

export const ASSET_ID = '0190a0b0-0000-7000-8000-000000000fa1';
export const EMPLOYEE_ID = '0190a0b0-0000-7000-8000-00000000e001';
export const NEW_CUSTODIAN_ID = '0190a0b0-0000-7000-8000-00000000e002';

// Finance's own: no employees:read, custodians are named by the register's endpoint.
export const ASSET_PERMISSIONS = ['fixed-assets:read', 'fixed-assets:write', 'depreciation:run'];

export const custodian: AssetCustodian = { id: EMPLOYEE_ID, number: 'E00042', name: '王小明' };
export const newCustodian: AssetCustodian = { id: NEW_CUSTODIAN_ID, number: 'E00043', name: '李娜' };

export function fakeAsset(overrides: Partial<FixedAsset> = {}): FixedAsset {
  return {
    id: ASSET_ID,
    number: 'FA-20261128-0001',
    name: '联想 ThinkPad X1',
    category: 'electronics',
    currency: 'CNY',
    cost: 1_000_000,
    residualValue: 40_000,
    usefulLifeMonths: 36,
    inServiceDate: '2026-10-15',
    custodianEmployeeId: EMPLOYEE_ID,
    location: '上海总部 3F',
    status: 'in_service',
    accumulatedDepreciation: 26_667,
    netBookValue: 973_333,
    monthsDepreciated: 1,
    disposedOn: null,
    disposalProceeds: null,
    disposalReason: null,
    version: 2,
    createdAt: '2026-10-15T02:00:00.000Z',
    ...overrides,
  };
}

export function fakeTransfer(overrides: Partial<FixedAssetTransfer> = {}): FixedAssetTransfer {
  return {
    id: '0190a0b0-0000-7000-8000-000000000fb1',
    fromEmployeeId: NEW_CUSTODIAN_ID,
    toEmployeeId: EMPLOYEE_ID,
    fromLocation: '广州分公司',
    toLocation: '上海总部 3F',
    transferredOn: '2026-11-01',
    reason: '岗位调动',
    createdBy: null,
    createdAt: '2026-11-01T02:00:00.000Z',
    ...overrides,
  };
}
