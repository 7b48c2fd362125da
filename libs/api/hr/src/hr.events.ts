/** Events HR publishes (after commit, through the outbox) for payroll, finance and others to act on. */

export const EMPLOYEE_HIRED = 'EmployeeHired';
export interface EmployeeHiredPayload extends Record<string, unknown> {
  employeeId: string;
  employeeNumber: string;
  orgUnitId: string;
  positionId: string;
  hireDate: string;
  probationEndDate: string | null;
  /** Monthly base salary in minor units (分), when agreed. */
  salary: number | null;
  currency: string;
  candidateId: string | null;
  hiringRequestId: string | null;
}

export const PERSONNEL_ACTION_EFFECTIVE = 'PersonnelActionEffective';
export interface PersonnelActionEffectivePayload extends Record<string, unknown> {
  actionId: string;
  number: string;
  type: string;
  employeeId: string;
  effectiveOn: string;
  orgUnitId: string;
  positionId: string | null;
  grade: string | null;
  status: string;
  /** The new monthly base salary in minor units when the action changed it (payroll takes it from here). */
  salary: number | null;
  /** A one-off amount (a reward or a fine) in minor units, when the action carries one. */
  amount: number | null;
  currency: string;
}

export const CONTRACT_EXPIRING = 'LabourContractExpiring';
export interface ContractExpiringPayload extends Record<string, unknown> {
  contractId: string;
  number: string;
  employeeId: string;
  endsOn: string;
  daysLeft: number;
}

export const EMPLOYEE_STATUS_CHANGED = 'EmployeeStatusChanged';
export interface EmployeeStatusChangedPayload extends Record<string, unknown> {
  employeeId: string;
  from: string;
  to: string;
  reason: string;
}
