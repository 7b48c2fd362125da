import type { TFunction } from 'i18next';
import { formatBasisPoints, formatMoney } from '../../shared/money/money';
import type { Promotion } from './promotions.api';

/** What the promotion gives, in a few words: "满 ¥300.00 减 ¥30.00", "12.5% off", "买 2 送 1". */
export function promotionTerms(t: TFunction, promotion: Pick<Promotion, 'kind' | 'parameters'>): string {
  const { parameters } = promotion;
  switch (promotion.kind) {
    case 'percent_off':
      return t('promotions.terms.percent_off', { percent: formatBasisPoints(parameters.basisPoints ?? 0) });
    case 'amount_off':
      return t('promotions.terms.amount_off', { amount: formatMoney(parameters.amount ?? 0) });
    case 'spend_save':
      return t(parameters.repeat ? 'promotions.terms.spend_save_repeat' : 'promotions.terms.spend_save', {
        threshold: formatMoney(parameters.threshold ?? 0),
        amount: formatMoney(parameters.amount ?? 0),
      });
    case 'buy_x_get_y':
      return t('promotions.terms.buy_x_get_y', { buy: parameters.buy ?? 0, get: parameters.get ?? 0 });
  }
}
