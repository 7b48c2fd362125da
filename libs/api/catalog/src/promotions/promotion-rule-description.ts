import type { Money } from '@zhanggui/api-platform';
import type { PromotionRule, PromotionTarget } from './promotion-rule';

// Wording for the reasons a quote gives people. Amounts assume two minor digits, true of the currencies we sell in.

const SYMBOLS: Record<string, string> = { CNY: '¥' };

export function formatMoney(money: Money): string {
  const sign = money.amount < 0 ? '-' : '';
  const minor = Math.abs(money.amount);
  const digits = `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
  const symbol = SYMBOLS[money.currency];
  return symbol === undefined ? `${sign}${digits} ${money.currency}` : `${sign}${symbol}${digits}`;
}

/** 1250 → "12.5%", 1000 → "10%", 3333 → "33.33%". */
export function formatPercent(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const hundredths = basisPoints % 100;
  if (hundredths === 0) return `${whole}%`;
  return `${whole}.${String(hundredths).padStart(2, '0').replace(/0$/, '')}%`;
}

export function describeTarget(target: PromotionTarget): string {
  switch (target.scope) {
    case 'order':
      return 'the order';
    case 'products':
      return `products ${target.productIds.join(', ')}`;
    case 'categories':
      return `categories ${target.categoryIds.join(', ')}`;
  }
}

export function describeReward(rule: PromotionRule): string {
  switch (rule.kind) {
    case 'percent_off':
      return `${formatPercent(rule.basisPoints)} off`;
    case 'amount_off':
      return rule.target.scope === 'order'
        ? `${formatMoney(rule.amount)} off`
        : `${formatMoney(rule.amount)} off each unit`;
    case 'spend_save':
      return `${formatMoney(rule.amount)} off ${rule.repeat ? 'every' : 'a spend of'} ${formatMoney(rule.threshold)}`;
    case 'buy_x_get_y':
      return `buy ${rule.buy} get ${rule.get}`;
  }
}
