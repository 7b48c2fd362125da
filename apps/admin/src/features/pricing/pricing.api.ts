import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import { ApiProblem } from '../../api/problem';

export type PriceRecord = ApiSchemas['PriceRecordResponse'];
export type SalesChannel = PriceRecord['channel'];
export type PriceStatus = PriceRecord['status'];
export type NewPrice = ApiSchemas['SetPriceDto'];
export type Cost = ApiSchemas['CostResponse'];
export type CompetitorPrice = ApiSchemas['CompetitorPriceResponse'];
export type NewCompetitorPrice = ApiSchemas['CompetitorPriceDto'];
export type SuggestedPrice = ApiSchemas['SuggestedPriceResponse'];
export type PricingPolicy = ApiSchemas['PricingPolicyResponse'];

export const SALES_CHANNELS = ['website', 'offline', 'wholesale'] as const satisfies readonly SalesChannel[];

export const pricingKeys = {
  all: ['pricing'] as const,
  sku: (skuId: string) => [...pricingKeys.all, 'sku', skuId] as const,
  history: (skuId: string) => [...pricingKeys.sku(skuId), 'history'] as const,
  cost: (skuId: string) => [...pricingKeys.sku(skuId), 'cost'] as const,
  competitors: (skuId: string) => [...pricingKeys.sku(skuId), 'competitors'] as const,
  suggestion: (skuId: string) => [...pricingKeys.sku(skuId), 'suggestion'] as const,
  policy: () => [...pricingKeys.all, 'policy'] as const,
};

/** Every price of the SKU ever set, newest first, pending and rejected ones included (the last 200). */
export function priceHistoryQuery(skuId: string) {
  return queryOptions({
    queryKey: pricingKeys.history(skuId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/skus/{id}/prices', {
          params: { path: { id: skuId }, query: { limit: 200 } },
          signal,
        }),
      ),
  });
}

/** The moving-average cost, or null while none is known (COST_UNKNOWN is an answer here, not a failure). */
export function costQuery(skuId: string) {
  return queryOptions({
    queryKey: pricingKeys.cost(skuId),
    queryFn: async ({ signal }): Promise<Cost | null> => {
      try {
        return await unwrap(api.GET('/api/v1/skus/{id}/cost', { params: { path: { id: skuId } }, signal }));
      } catch (error) {
        if (error instanceof ApiProblem && error.code === 'COST_UNKNOWN') return null;
        throw error;
      }
    },
  });
}

export function competitorPricesQuery(skuId: string) {
  return queryOptions({
    queryKey: pricingKeys.competitors(skuId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/skus/{id}/competitor-prices', {
          params: { path: { id: skuId }, query: { limit: 50 } },
          signal,
        }),
      ),
  });
}

export function suggestedPriceQuery(skuId: string) {
  return queryOptions({
    queryKey: pricingKeys.suggestion(skuId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/skus/{id}/suggested-price', { params: { path: { id: skuId } }, signal })),
  });
}

export function pricingPolicyQuery() {
  return queryOptions({
    queryKey: pricingKeys.policy(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/pricing-policy', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function setPrice(skuId: string, input: NewPrice): Promise<PriceRecord> {
  return unwrap(api.POST('/api/v1/skus/{id}/prices', { params: { path: { id: skuId } }, body: input }));
}

export function setCost(skuId: string, amount: number, reason: string): Promise<Cost> {
  return unwrap(
    api.PUT('/api/v1/skus/{id}/cost', { params: { path: { id: skuId } }, body: { amount, reason } }),
  );
}

export function addCompetitorPrice(skuId: string, input: NewCompetitorPrice): Promise<CompetitorPrice> {
  return unwrap(
    api.POST('/api/v1/skus/{id}/competitor-prices', { params: { path: { id: skuId } }, body: input }),
  );
}
