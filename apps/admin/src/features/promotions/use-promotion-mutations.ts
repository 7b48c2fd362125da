import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  changePromotionStatus,
  createPromotion,
  promotionKeys,
  updatePromotion,
  type Promotion,
  type PromotionInput,
  type StatusAction,
} from './promotions.api';

export function useSavePromotion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ promotion, input }: { promotion?: Promotion; input: PromotionInput }) =>
      promotion ? updatePromotion(promotion, input) : createPromotion(input),
    onSuccess: (saved) => {
      queryClient.setQueryData(promotionKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: promotionKeys.lists() });
    },
  });
}

export function useChangePromotionStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: StatusAction) => changePromotionStatus(id, action),
    onSuccess: (saved) => {
      queryClient.setQueryData(promotionKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: promotionKeys.lists() });
    },
  });
}
