import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile, uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type Contract = ApiSchemas['EconomicContractResponse'];
export type ContractStatus = Contract['status'];
export type ContractKind = Contract['kind'];
export type NewContract = ApiSchemas['CreateEconomicContractDto'];
export type ContractChanges = ApiSchemas['UpdateEconomicContractDto'];
export type ContractHistoryEntry = ApiSchemas['EconomicContractHistoryResponse'];
export type ContractFile = ApiSchemas['EconomicContractAttachmentResponse'];
export type ContractQuery = NonNullable<operations['Contracts_list']['parameters']['query']>;

export const CONTRACT_STATUSES = [
  'draft',
  'pending_approval',
  'active',
  'expired',
  'terminated',
] as const satisfies readonly ContractStatus[];

export const CONTRACT_KINDS = [
  'purchase',
  'sales',
  'franchise',
  'lease',
  'service',
  'other',
] as const satisfies readonly ContractKind[];

export const contractKeys = {
  all: ['contracts'] as const,
  lists: () => [...contractKeys.all, 'list'] as const,
  list: (query: ContractQuery) => [...contractKeys.lists(), query] as const,
  contract: (id: string) => [...contractKeys.all, 'detail', id] as const,
  part: (id: string, part: 'history' | 'files') => [...contractKeys.contract(id), part] as const,
};

const ifMatch = (contract: { version: number }) => ({ 'If-Match': `"${contract.version}"` });

export function contractListQuery(query: ContractQuery) {
  return queryOptions({
    queryKey: contractKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/contracts', { params: { query }, signal })),
  });
}

export function contractQuery(id: string) {
  return queryOptions({
    queryKey: contractKeys.contract(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/contracts/{id}', { params: { path: { id } }, signal })),
  });
}

export function contractHistoryQuery(id: string) {
  return queryOptions({
    queryKey: contractKeys.part(id, 'history'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/contracts/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function contractFilesQuery(id: string) {
  return queryOptions({
    queryKey: contractKeys.part(id, 'files'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/contracts/{id}/attachments', { params: { path: { id } }, signal })),
  });
}

export function createContract(input: NewContract): Promise<Contract> {
  return unwrap(api.POST('/api/v1/contracts', { body: input }));
}

export function updateContract(contract: Contract, changes: ContractChanges): Promise<Contract> {
  return unwrap(
    api.PATCH('/api/v1/contracts/{id}', {
      params: { path: { id: contract.id }, header: ifMatch(contract) },
      body: changes,
    }),
  );
}

export function submitContract(contract: Contract): Promise<Contract> {
  return unwrap(
    api.POST('/api/v1/contracts/{id}/submit', {
      params: { path: { id: contract.id }, header: ifMatch(contract) },
    }),
  );
}

export function terminateContract(contract: Contract, reason: string): Promise<Contract> {
  return unwrap(
    api.POST('/api/v1/contracts/{id}/terminate', {
      params: { path: { id: contract.id }, header: ifMatch(contract) },
      body: { reason },
    }),
  );
}

export function uploadContractFile(contractId: string, file: File, options?: UploadOptions) {
  return uploadFile<ContractFile>(
    `/api/v1/contracts/${encodeURIComponent(contractId)}/attachments`,
    file,
    options,
  );
}

export function downloadContractFile(file: ContractFile): Promise<string> {
  return downloadFile(`/api/v1/contract-attachments/${encodeURIComponent(file.id)}/file`, file.fileName);
}
