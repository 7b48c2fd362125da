import { useMutation, useQueryClient } from '@tanstack/react-query';
import { approvalKeys } from '../approvals/approvals.api';
import {
  contractKeys,
  createContract,
  submitContract,
  terminateContract,
  updateContract,
  type Contract,
  type ContractChanges,
  type NewContract,
} from './contracts.api';

export function useSaveContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, input }: { contract?: Contract; input: NewContract | ContractChanges }) =>
      contract ? updateContract(contract, input) : createContract(input as NewContract),
    onSuccess: (contract) => queryClient.setQueryData(contractKeys.contract(contract.id), contract),
    onSettled: () => queryClient.invalidateQueries({ queryKey: contractKeys.all }),
  });
}

export type ContractStep = { step: 'submit' } | { step: 'terminate'; reason: string };

export function useContractStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contract, step }: { contract: Contract; step: ContractStep }) =>
      step.step === 'submit' ? submitContract(contract) : terminateContract(contract, step.reason),
    onSuccess: (contract) => queryClient.setQueryData(contractKeys.contract(contract.id), contract),
    // After a refusal too: the page then shows where the contract really is, and the inbox follows.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contractKeys.all }),
        queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
      ]),
  });
}
