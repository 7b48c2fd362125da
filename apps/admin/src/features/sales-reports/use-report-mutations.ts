import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  createLogisticsPartner,
  logisticsKeys,
  updateLogisticsPartner,
  type LogisticsPartner,
  type NewLogisticsPartner,
} from './logistics.api';
import { reportKeys, submitReport } from './reports.api';

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportKeys.all }),
  });
}

export function useSaveLogisticsPartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ partner, input }: { partner?: LogisticsPartner; input: NewLogisticsPartner }) =>
      partner ? updateLogisticsPartner(partner, input) : createLogisticsPartner(input),
    // The territories view lists each unit's partners too.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: logisticsKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['sales-territories'] }),
      ]),
  });
}
