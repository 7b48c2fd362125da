import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type Promotion = ApiSchemas['PromotionResponse'];
export type PromotionInput = ApiSchemas['CreatePromotionDto'];
export type PromotionKind = Promotion['kind'];
export type PromotionScope = Promotion['targetScope'];
export type PromotionStatus = Promotion['status'];
export type PromotionListQuery = NonNullable<operations['Promotions_list']['parameters']['query']>;
export type PriceQuoteRequest = ApiSchemas['PriceQuoteRequestDto'];
export type PriceQuote = ApiSchemas['PriceQuoteResponse'];
export type QuotedLine = ApiSchemas['QuotedLineView'];

export const PROMOTION_KINDS = [
  'percent_off',
  'amount_off',
  'spend_save',
  'buy_x_get_y',
] as const satisfies readonly PromotionKind[];
export const PROMOTION_SCOPES = [
  'order',
  'products',
  'categories',
] as const satisfies readonly PromotionScope[];
export const PROMOTION_STATUSES = [
  'draft',
  'active',
  'paused',
  'archived',
] as const satisfies readonly PromotionStatus[];
export type StatusAction = 'activate' | 'pause' | 'archive';

export const promotionKeys = {
  all: ['promotions'] as const,
  lists: () => [...promotionKeys.all, 'list'] as const,
  list: (query: PromotionListQuery) => [...promotionKeys.lists(), query] as const,
  detail: (id: string) => [...promotionKeys.all, 'detail', id] as const,
};

export function promotionListQuery(query: PromotionListQuery) {
  return queryOptions({
    queryKey: promotionKeys.list(query),
    queryFn: async ({ signal, client }) => {
      const page = await unwrap(api.GET('/api/v1/promotions', { params: { query }, signal }));
      for (const promotion of page.data) client.setQueryData(promotionKeys.detail(promotion.id), promotion);
      return page;
    },
  });
}

export function promotionQuery(id: string) {
  return queryOptions({
    queryKey: promotionKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/promotions/{id}', { params: { path: { id } }, signal })),
  });
}

export function createPromotion(input: PromotionInput): Promise<Promotion> {
  return unwrap(api.POST('/api/v1/promotions', { body: input }));
}

/** A whole replacement of the terms, with If-Match. */
export function updatePromotion(promotion: Pick<Promotion, 'id' | 'version'>, input: PromotionInput) {
  return unwrap(
    api.PUT('/api/v1/promotions/{id}', {
      params: { path: { id: promotion.id }, header: { 'If-Match': `"${promotion.version}"` } },
      body: input,
    }),
  );
}

const STATUS_PATHS = {
  activate: '/api/v1/promotions/{id}/activate',
  pause: '/api/v1/promotions/{id}/pause',
  archive: '/api/v1/promotions/{id}/archive',
} as const;

export function changePromotionStatus(id: string, action: StatusAction): Promise<Promotion> {
  return unwrap(api.POST(STATUS_PATHS[action], { params: { path: { id } } }));
}

export function quoteCart(request: PriceQuoteRequest): Promise<PriceQuote> {
  return unwrap(api.POST('/api/v1/price-quotes', { body: request }));
}
