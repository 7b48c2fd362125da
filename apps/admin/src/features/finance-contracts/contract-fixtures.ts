import { TERRITORY_ID } from '../orders/order-fixtures';
import type { Contract, ContractFile, ContractHistoryEntry } from './contracts.api';

export const CONTRACT_ID = '0190a0b0-0000-7000-8000-000000000c01';
export const CONTRACTS_FINANCE = ['contracts:read', 'contracts:write', 'org-units:read'];
export const CONTRACTS_READER = ['contracts:read', 'org-units:read'];

export function fakeContract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: CONTRACT_ID,
    number: 'CT-20261129-0001',
    title: '广州仓库租赁合同',
    kind: 'lease',
    counterpartyName: '广州市白云物流园有限公司',
    supplierId: null,
    orgUnitId: TERRITORY_ID,
    amount: 36_000_000,
    currency: 'CNY',
    signedOn: '2026-11-20',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
    status: 'draft',
    ownerId: '0190a0b0-0000-7000-8000-0000000000aa',
    note: null,
    approvalRequestId: null,
    submittedAt: null,
    approvedAt: null,
    terminatedOn: null,
    decisionNote: null,
    version: 1,
    createdAt: '2026-11-29T02:00:00.000Z',
    ...overrides,
  };
}

export const fakeContractFile: ContractFile = {
  id: '0190a0b0-0000-7000-8000-000000000c11',
  fileName: '租赁合同扫描件.pdf',
  contentType: 'application/pdf',
  bytes: 204_800,
  createdAt: '2026-11-29T02:10:00.000Z',
};

export const fakeContractHistory = (): ContractHistoryEntry[] => [
  {
    id: '0190a0b0-0000-7000-8000-000000000c21',
    action: 'created',
    fromStatus: null,
    toStatus: 'draft',
    note: null,
    actorKind: 'user',
    actorLabel: '财务 王会计',
    occurredAt: '2026-11-29T02:00:00.000Z',
  },
];
