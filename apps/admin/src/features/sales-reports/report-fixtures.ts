import type { LogisticsPartner } from './logistics.api';
import type { OperatingReport, ReportPreview, Territory } from './reports.api';

export const REPORT_ID = '0190a0b0-0000-7000-8000-0000000d0001';
export const REGION_REPORT_ID = '0190a0b0-0000-7000-8000-0000000d0002';
export const PRD_ID = '0190a0b0-0000-7000-8000-0000000d0101';
export const GUANGZHOU_ID = '0190a0b0-0000-7000-8000-0000000d0102';
export const SHENZHEN_ID = '0190a0b0-0000-7000-8000-0000000d0103';
export const PARTNER_ID = '0190a0b0-0000-7000-8000-0000000d0201';
export const CITY_MANAGER_PERMISSIONS = [
  'operating-reports:read',
  'operating-reports:submit',
  'sales-territories:read',
  'logistics-partners:read',
];

const territory = (
  id: string,
  name: string,
  kind: Territory['kind'],
  parentId: string | null,
): Territory => ({
  id,
  code: name,
  name,
  kind,
  parentId,
  status: 'active',
  managers: [],
  logisticsPartners: [],
});

export const prdTerritory = territory(PRD_ID, '珠三角区域', 'region', null);
export const guangzhouTerritory = territory(GUANGZHOU_ID, '广州市', 'city', PRD_ID);
export const shenzhenTerritory = territory(SHENZHEN_ID, '深圳市', 'city', PRD_ID);

export function fakeReport(overrides: Partial<OperatingReport> = {}): OperatingReport {
  return {
    id: REPORT_ID,
    number: 'OR-20261128-0001',
    level: 'city',
    orgUnitId: GUANGZHOU_ID,
    period: '2026-11',
    currency: 'CNY',
    netSales: 2_000_000,
    orderCount: 12,
    returnCount: 1,
    codOutstanding: 350_000,
    newMembers: 7,
    expenses: null,
    expenseBudget: null,
    commentary: '广州：配送时效改善',
    sourceReportIds: [],
    submittedBy: '0190a0b0-0000-7000-8000-0000000000aa',
    submittedAt: '2026-11-28T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function fakePreview(overrides: Partial<ReportPreview> = {}): ReportPreview {
  return {
    level: 'city',
    orgUnitId: GUANGZHOU_ID,
    period: '2026-11',
    currency: 'CNY',
    netSales: 2_000_000,
    orderCount: 12,
    returnCount: 1,
    codOutstanding: 350_000,
    newMembers: 7,
    expenses: null,
    expenseBudget: null,
    sourceReportIds: [],
    submittedReportId: null,
    cities: [],
    ...overrides,
  };
}

export function fakePartner(overrides: Partial<LogisticsPartner> = {}): LogisticsPartner {
  return {
    id: PARTNER_ID,
    code: 'SF-PRD',
    name: '顺丰速运珠三角',
    regionId: PRD_ID,
    contacts: [{ name: '李调度', phone: '13800138000', role: '调度' }],
    cityIds: [GUANGZHOU_ID],
    terms: '次日达；月结',
    status: 'active',
    version: 2,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}
