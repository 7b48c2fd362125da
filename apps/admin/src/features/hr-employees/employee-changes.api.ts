import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { Employee, LabourContract } from './employees.api';

export type EmployeeChanges = ApiSchemas['UpdateEmployeeDto'];
export type NewLabourContract = ApiSchemas['CreateContractDto'];
export type ContractRenewal = ApiSchemas['RenewContractDto'];
export type ContractTermination = ApiSchemas['TerminateContractDto'];

const ifMatch = (employee: Employee) => ({ 'If-Match': `"${employee.version}"` });

/** Only the fields in `changes` are touched; If-Match refuses the save when someone changed the file meanwhile. */
export const updateEmployee = (employee: Employee, changes: EmployeeChanges) =>
  unwrap(
    api.PATCH('/api/v1/employees/{id}', {
      params: { path: { id: employee.id }, header: ifMatch(employee) },
      body: changes,
    }),
  );

export const addConcurrentPosition = (employeeId: string, body: ApiSchemas['AddPositionDto']) =>
  unwrap(api.POST('/api/v1/employees/{id}/positions', { params: { path: { id: employeeId } }, body }));

// The API takes its path parameters as one validated class, which its OpenAPI document leaves undeclared.
const heldPath = (id: string, heldId: string) => ({ path: { id, heldId } }) as unknown as { path?: never };

export const endConcurrentPosition = (employeeId: string, heldId: string, endedOn: string) =>
  unwrap(
    api.POST('/api/v1/employees/{id}/positions/{heldId}/end', {
      params: heldPath(employeeId, heldId),
      body: { endedOn },
    }),
  );

export const recordContract = (body: NewLabourContract) =>
  unwrap(api.POST('/api/v1/labour-contracts', { body }));

export const renewContract = (contract: LabourContract, body: ContractRenewal) =>
  unwrap(api.POST('/api/v1/labour-contracts/{id}/renewal', { params: { path: { id: contract.id } }, body }));

export const terminateContract = (contract: LabourContract, body: ContractTermination) =>
  unwrap(
    api.POST('/api/v1/labour-contracts/{id}/termination', { params: { path: { id: contract.id } }, body }),
  );
