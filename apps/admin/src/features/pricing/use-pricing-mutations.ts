import { useMutation, useQueryClient } from '@tanstack/react-query';
import { approvalKeys } from '../approvals/approvals.api';
import { productKeys } from '../products/products.api';
import {
  addCompetitorPrice,
  pricingKeys,
  setCost,
  setPrice,
  type NewCompetitorPrice,
  type NewPrice,
} from './pricing.api';

/**
 * Any pricing change can move the suggestion, the product's current prices (and so its readiness to list) and,
 * for a price below the margin, the approvals: all of those are refetched.
 */
function usePricingRefresh(skuId: string, productId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: pricingKeys.sku(skuId) }),
      queryClient.invalidateQueries({ queryKey: productKeys.detail(productId) }),
      queryClient.invalidateQueries({ queryKey: productKeys.lists() }),
      queryClient.invalidateQueries({ queryKey: approvalKeys.all }),
    ]);
}

export function useSetPrice(skuId: string, productId: string) {
  const refresh = usePricingRefresh(skuId, productId);
  return useMutation({ mutationFn: (input: NewPrice) => setPrice(skuId, input), onSuccess: refresh });
}

export function useSetCost(skuId: string, productId: string) {
  const refresh = usePricingRefresh(skuId, productId);
  return useMutation({
    mutationFn: ({ amount, reason }: { amount: number; reason: string }) => setCost(skuId, amount, reason),
    onSuccess: refresh,
  });
}

export function useAddCompetitorPrice(skuId: string, productId: string) {
  const refresh = usePricingRefresh(skuId, productId);
  return useMutation({
    mutationFn: (input: NewCompetitorPrice) => addCompetitorPrice(skuId, input),
    onSuccess: refresh,
  });
}
