import { Money, type FieldProblem } from '@zhanggui/api-platform';
import { PromotionCurrencyMismatchError, PromotionInputInvalidError } from './promotion-engine.errors';
import type { CartLine, PromotionRule } from './promotion-rule';

/**
 * Refuses, all problems at once, what the engine cannot quote deterministically: mixed currencies, duplicate
 * ids (ties are broken by id), fractional quantities, percentages outside 0.01%–99.99%.
 */
export function assertQuotable(
  lines: readonly CartLine[],
  promotions: readonly PromotionRule[],
  currency: string,
): void {
  Money.zero(currency); // throws a MoneyError for anything but an ISO 4217 code
  const currencyProblems: FieldProblem[] = [];
  const problems: FieldProblem[] = [];
  const checkMoney = (field: string, money: Money, minimum: 0 | 1): void => {
    if (money.currency !== currency) currencyProblems.push({ field, message: `is in ${money.currency}` });
    else if (money.amount < minimum)
      problems.push({ field, message: minimum === 0 ? 'is negative' : 'is not positive' });
  };

  const lineIds = lines.map((line) => line.lineId);
  problems.push(...duplicates(lineIds, 'lines', 'lineId'));
  lines.forEach((line, i) => {
    if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
      problems.push({ field: `lines.${i}.quantity`, message: 'is not a whole number of at least 1' });
    }
    checkMoney(`lines.${i}.unitPrice`, line.unitPrice, 0);
  });

  const promotionIds = promotions.map((rule) => rule.id);
  problems.push(...duplicates(promotionIds, 'promotions', 'id'));
  promotions.forEach((rule, i) => {
    const field = `promotions.${i}`;
    if (!Number.isFinite(rule.priority)) {
      problems.push({ field: `${field}.priority`, message: 'is not a number' });
    }
    if (rule.stacking !== 'exclusive' && rule.stacking !== 'combinable') {
      problems.push({ field: `${field}.stacking`, message: "is neither 'exclusive' nor 'combinable'" });
    }
    const targetIds =
      rule.target.scope === 'products'
        ? rule.target.productIds
        : rule.target.scope === 'categories'
          ? rule.target.categoryIds
          : ['order'];
    if (targetIds.length === 0) problems.push({ field: `${field}.target`, message: 'names nothing' });
    switch (rule.kind) {
      case 'percent_off':
        if (!Number.isInteger(rule.basisPoints) || rule.basisPoints < 1 || rule.basisPoints > 9999) {
          problems.push({ field: `${field}.basisPoints`, message: 'is not a whole number from 1 to 9999' });
        }
        break;
      case 'amount_off':
        checkMoney(`${field}.amount`, rule.amount, 1);
        break;
      case 'spend_save':
        checkMoney(`${field}.threshold`, rule.threshold, 1);
        checkMoney(`${field}.amount`, rule.amount, 1);
        break;
      case 'buy_x_get_y':
        for (const key of ['buy', 'get'] as const) {
          if (!Number.isSafeInteger(rule[key]) || rule[key] < 1) {
            problems.push({ field: `${field}.${key}`, message: 'is not a whole number of at least 1' });
          }
        }
        break;
      default:
        problems.push({ field: `${field}.kind`, message: 'is not a kind of promotion the engine knows' });
    }
  });

  if (currencyProblems.length > 0) throw new PromotionCurrencyMismatchError(currency, currencyProblems);
  if (problems.length > 0) throw new PromotionInputInvalidError(problems);
}

function duplicates(ids: string[], list: string, key: string): FieldProblem[] {
  return ids.flatMap((id, i) =>
    ids.indexOf(id) < i ? [{ field: `${list}.${i}.${key}`, message: `repeats "${id}"` }] : [],
  );
}
