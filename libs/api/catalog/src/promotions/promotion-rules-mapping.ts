import { Money } from '@zhanggui/api-platform';
import type { Promotion } from './promotion.entity';
import type { PromotionRule, PromotionTarget } from './promotion-rule';

/** A stored promotion as the pure engine sees it. */
export function toRule(promotion: Promotion): PromotionRule {
  const money = (amount: number | undefined) => Money.of(amount ?? 0, promotion.currency);
  const target: PromotionTarget =
    promotion.targetScope === 'order'
      ? { scope: 'order' }
      : promotion.targetScope === 'products'
        ? { scope: 'products', productIds: promotion.targetIds }
        : { scope: 'categories', categoryIds: promotion.targetIds };
  const base = {
    id: promotion.id,
    name: promotion.name,
    priority: promotion.priority,
    stacking: promotion.stacking,
    ...(promotion.exclusionGroup ? { exclusionGroup: promotion.exclusionGroup } : {}),
    target,
  };
  const p = promotion.parameters;
  switch (promotion.kind) {
    case 'percent_off':
      return { ...base, kind: 'percent_off', basisPoints: p.basisPoints ?? 0 };
    case 'amount_off':
      return { ...base, kind: 'amount_off', amount: money(p.amount) };
    case 'spend_save':
      return {
        ...base,
        kind: 'spend_save',
        threshold: money(p.threshold),
        amount: money(p.amount),
        repeat: p.repeat ?? false,
      };
    case 'buy_x_get_y':
      return { ...base, kind: 'buy_x_get_y', buy: p.buy ?? 1, get: p.get ?? 1 };
  }
}
