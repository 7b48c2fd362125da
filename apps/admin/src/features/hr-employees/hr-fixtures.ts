import type { Permission } from '../../auth/permissions';
import type { OrgChart } from '../hr-organisation/organisation.api';
import type { Candidate, HiringRequest } from '../hr-recruitment/recruitment.api';
import type { Employee, EmployeeSummary } from './employees.api';

export const page = (...data: unknown[]) => ({ data, nextCursor: null, total: data.length });

export const SALES_ID = '0190a0b0-0000-7000-8000-00000000a001';
export const REP_POSITION_ID = '0190a0b0-0000-7000-8000-00000000b001';
export const EMPLOYEE_ID = '0190a0b0-0000-7000-8000-00000000c001';
export const REQUEST_ID = '0190a0b0-0000-7000-8000-00000000d001';
export const CANDIDATE_ID = '0190a0b0-0000-7000-8000-00000000e001';

export const HR_PERMISSIONS: Permission[] = [
  'positions:read',
  'positions:write',
  'employees:read',
  'employees:write',
  'employees:pii-read',
  'labour-contracts:read',
  'hiring-requests:read',
  'hiring-requests:write',
  'candidates:read',
  'candidates:write',
];

/** A unit manager: reads their unit's files (personal data masked), asks to hire, moves no candidates. */
export const MANAGER_PERMISSIONS: Permission[] = [
  'positions:read',
  'employees:read',
  'hiring-requests:read',
  'hiring-requests:write',
  'candidates:read',
];

export function fakeOrgChart(): OrgChart {
  return {
    period: '2026',
    units: [
      {
        id: SALES_ID,
        code: 'SALES',
        name: '销售部',
        kind: 'department',
        parentId: null,
        planned: 8,
        filled: 5,
        positions: [
          {
            id: REP_POSITION_ID,
            code: 'DEMO-SALES-REP',
            title: '销售代表',
            grade: 'P2',
            planned: 8,
            filled: 5,
            open: 1,
          },
        ],
      },
    ],
  };
}

export function fakeEmployeeSummary(overrides: Partial<EmployeeSummary> = {}): EmployeeSummary {
  return {
    id: EMPLOYEE_ID,
    number: 'E00042',
    name: '王伟',
    status: 'probation',
    orgUnitId: SALES_ID,
    positionId: REP_POSITION_ID,
    positionTitle: '销售代表',
    hireDate: '2026-11-01',
    probationEndDate: '2027-02-01',
    phone: '138****8000',
    version: 1,
    ...overrides,
  };
}

export function fakeEmployee(overrides: Partial<Employee> = {}): Employee {
  return {
    ...fakeEmployeeSummary(),
    gender: 'male',
    birthDate: '1995-05-01',
    idNumber: '4401**********1234',
    bankName: '招商银行',
    bankAccount: '6225 **** **** 1234',
    piiMasked: true,
    email: null,
    address: null,
    education: [
      { school: '华南理工大学', degree: '本科', major: '市场营销', from: '2013-09', to: '2017-06' },
    ],
    emergencyContact: { name: '王母', relation: '母亲', phone: '13800138000' },
    leaveDate: null,
    grade: 'P2',
    salary: null,
    currency: 'CNY',
    userId: null,
    positions: [
      {
        id: '0190a0b0-0000-7000-8000-00000000f001',
        positionId: REP_POSITION_ID,
        positionCode: 'DEMO-SALES-REP',
        positionTitle: '销售代表',
        orgUnitId: SALES_ID,
        isPrimary: true,
        startedOn: '2026-11-01',
        endedOn: null,
      },
    ],
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  } as Employee;
}

export function fakeHiringRequest(overrides: Partial<HiringRequest> = {}): HiringRequest {
  return {
    id: REQUEST_ID,
    number: 'HQ-20261128-0001',
    orgUnitId: SALES_ID,
    positionId: REP_POSITION_ID,
    positionTitle: '销售代表',
    period: '2026',
    headcount: 2,
    hired: 0,
    reason: '华南区业务扩张',
    wantedBy: null,
    status: 'approved',
    approvalRequestId: null,
    version: 1,
    createdAt: '2026-11-28T02:00:00.000Z',
    ...overrides,
  } as HiringRequest;
}

export function fakeCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    id: CANDIDATE_ID,
    hiringRequestId: REQUEST_ID,
    orgUnitId: SALES_ID,
    name: '李四',
    phone: null,
    email: null,
    source: '招聘网站',
    stage: 'interview',
    offeredSalary: null,
    employeeId: null,
    version: 1,
    createdAt: '2026-11-28T03:00:00.000Z',
    ...overrides,
  } as Candidate;
}
