import { currentActor } from '@zhanggui/api-platform';
import { mask } from '../shared/pii-cipher';
import type { EmployeeResponse, EmployeeSummaryResponse } from './dto/employee.dto';
import type { Employee } from './employee.entity';
import type { EmployeesService, HeldPosition } from './employees.service';

/** Whether this caller may see personal data unmasked; decided per request, never by the client. */
export function canReadPii(): boolean {
  return currentActor()?.permissions.has('employees:pii-read') ?? false;
}

export function employeeSummary(e: Employee, positionTitle: string | null): EmployeeSummaryResponse {
  return {
    id: e.id,
    number: e.number,
    name: e.name,
    status: e.status,
    orgUnitId: e.orgUnitId,
    positionId: e.positionId,
    positionTitle,
    hireDate: e.hireDate,
    probationEndDate: e.probationEndDate,
    phone: e.phone,
    version: e.version,
  };
}

/**
 * The file as this caller may see it. Without employees:pii-read the ID number and bank account are built from
 * their last four digits only (the sealed values are not even opened) and the salary is left out.
 */
export async function employeeDetail(
  e: Employee,
  held: HeldPosition[],
  employees: EmployeesService,
): Promise<EmployeeResponse> {
  const pii = canReadPii();
  const revealed = pii ? await employees.reveal(e) : undefined;
  const primary = held.find((h) => h.isPrimary && h.endedOn === null);
  return {
    ...employeeSummary(e, primary?.positionTitle ?? null),
    gender: e.gender,
    birthDate: e.birthDate,
    idNumber: revealed ? revealed.idNumber : mask(e.idNumberLast4, 18),
    bankName: e.bankName,
    bankAccount: revealed ? revealed.bankAccount : mask(e.bankAccountLast4, 16),
    piiMasked: !pii,
    email: e.email,
    address: e.address,
    education: e.education,
    emergencyContact: e.emergencyContact,
    leaveDate: e.leaveDate,
    grade: e.grade,
    salary: pii ? e.salary : null,
    currency: e.currency,
    userId: e.userId,
    positions: held.map((h) => ({
      id: h.id,
      positionId: h.positionId,
      positionCode: h.positionCode,
      positionTitle: h.positionTitle,
      orgUnitId: h.orgUnitId,
      isPrimary: h.isPrimary,
      startedOn: h.startedOn,
      endedOn: h.endedOn,
    })),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
