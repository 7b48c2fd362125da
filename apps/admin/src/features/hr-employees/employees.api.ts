import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile, uploadFile } from '../../shared/transfer/authorized-transfer';

export type EmployeeSummary = ApiSchemas['EmployeeSummaryResponse'];
export type Employee = ApiSchemas['EmployeeResponse'];
export type EmployeeDocument = ApiSchemas['EmployeeDocumentResponse'];
export type LabourContract = ApiSchemas['ContractResponse'];
export type HrHistoryEntry = ApiSchemas['HrHistoryEntryResponse'];
export type EmployeeQuery = NonNullable<operations['Employees_list']['parameters']['query']>;
export type EmployeeStatus = NonNullable<EmployeeQuery['status']>;
export type Confidentiality = EmployeeDocument['confidentiality'];

export const EMPLOYEE_STATUSES = [
  'probation',
  'regular',
  'leaving',
  'left',
] as const satisfies readonly EmployeeStatus[];
export const CONFIDENTIALITY_LEVELS = [
  'internal',
  'confidential',
  'secret',
] as const satisfies readonly Confidentiality[];
export const DOCUMENT_KINDS = ['contract', 'diploma', 'id-copy', 'certificate', 'other'] as const;

export const employeeKeys = {
  all: ['hr-employees'] as const,
  list: (query: EmployeeQuery) => [...employeeKeys.all, 'list', query] as const,
  employee: (id: string) => [...employeeKeys.all, 'detail', id] as const,
  history: (id: string) => [...employeeKeys.all, 'history', id] as const,
  documents: (id: string) => [...employeeKeys.all, 'documents', id] as const,
  contracts: (id: string) => [...employeeKeys.all, 'contracts', id] as const,
};

export function employeeListQuery(query: EmployeeQuery) {
  return queryOptions({
    queryKey: employeeKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/employees', { params: { query }, signal })),
  });
}

/** The file as the API returns it: ID number and bank account already masked for callers without the right. */
export function employeeQuery(id: string) {
  return queryOptions({
    queryKey: employeeKeys.employee(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/employees/{id}', { params: { path: { id } }, signal })),
  });
}

export function employeeHistoryQuery(id: string) {
  return queryOptions({
    queryKey: employeeKeys.history(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/employees/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function employeeDocumentsQuery(id: string) {
  return queryOptions({
    queryKey: employeeKeys.documents(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/employees/{id}/documents', { params: { path: { id } }, signal })),
  });
}

/** The employee's labour contracts, newest first; an employee has a few over the years. */
export function employeeContractsQuery(employeeId: string) {
  return queryOptions({
    queryKey: employeeKeys.contracts(employeeId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/labour-contracts', { params: { query: { employeeId, limit: 50 } }, signal })),
  });
}

export interface DocumentMeta {
  kind: string;
  title: string;
  confidentiality: Confidentiality;
}

export function uploadEmployeeDocument(employeeId: string, meta: DocumentMeta, file: File) {
  const query = new URLSearchParams({ ...meta });
  return uploadFile<EmployeeDocument>(
    `/api/v1/employees/${encodeURIComponent(employeeId)}/documents?${query.toString()}`,
    file,
  );
}

export function downloadEmployeeDocument(document: EmployeeDocument): Promise<string> {
  return downloadFile(
    `/api/v1/employees/${encodeURIComponent(document.employeeId)}/documents/${encodeURIComponent(document.id)}/file`,
    document.fileName,
  );
}
