import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  blankPromotionForm,
  formFieldOf,
  promotionFormValuesOf,
  promotionInputOf,
  type PromotionFormValues,
} from './promotion-form';
import type { Promotion } from './promotions.api';

const base: PromotionFormValues = {
  ...blankPromotionForm(dayjs('2026-11-01T00:00:00')),
  name: ' 双十一 满300减30 ',
};

describe('promotionInputOf', () => {
  it('sends 满减 in 分, with only the parameters of its kind', () => {
    const input = promotionInputOf({
      ...base,
      kind: 'spend_save',
      threshold: '300',
      amount: '30',
      percent: '12',
      repeat: true,
    });
    expect(input.name).toBe('双十一 满300减30');
    expect(input.parameters).toEqual({ threshold: 30000, amount: 3000, repeat: true });
    expect(input.targetIds).toEqual([]);
  });

  it('sends a percentage as basis points, exactly', () => {
    expect(
      promotionInputOf({ ...base, kind: 'percent_off', percent: '12.5', amount: '9' }).parameters,
    ).toEqual({
      basisPoints: 1250,
    });
  });

  it('sends yuan with cents without floating-point error', () => {
    expect(promotionInputOf({ ...base, kind: 'amount_off', amount: '19.99' }).parameters).toEqual({
      amount: 1999,
    });
  });

  it('targets what the scope names, and nothing for the whole order', () => {
    const both = { productIds: ['p1'], categoryIds: ['c1'] };
    expect(promotionInputOf({ ...base, ...both, targetScope: 'products' }).targetIds).toEqual(['p1']);
    expect(promotionInputOf({ ...base, ...both, targetScope: 'categories' }).targetIds).toEqual(['c1']);
    expect(promotionInputOf({ ...base, ...both, targetScope: 'order' }).targetIds).toEqual([]);
  });

  it('drops the exclusion group of an exclusive promotion, and empty limits become null', () => {
    const input = promotionInputOf({
      ...base,
      stacking: 'exclusive',
      exclusionGroup: 'double11',
      totalLimit: undefined,
    });
    expect(input.exclusionGroup).toBeNull();
    expect(input.totalLimit).toBeNull();
  });
});

describe('promotionFormValuesOf', () => {
  it('round-trips a promotion through the form', () => {
    const promotion: Promotion = {
      id: 'x',
      number: 'PR-20261101-0001',
      name: '手机壳 88 折',
      kind: 'percent_off',
      targetScope: 'categories',
      targetIds: ['c1'],
      parameters: { basisPoints: 1200 },
      currency: 'CNY',
      startsAt: '2026-11-01T00:00:00.000Z',
      endsAt: '2026-11-12T00:00:00.000Z',
      channels: ['website', 'offline'],
      regionIds: [],
      perCustomerLimit: 1,
      totalLimit: null,
      timesUsed: 0,
      priority: 50,
      stacking: 'combinable',
      exclusionGroup: 'double11',
      status: 'draft',
      version: 1,
      createdAt: '2026-10-20T00:00:00.000Z',
    };
    const input = promotionInputOf(promotionFormValuesOf(promotion));
    expect(input).toMatchObject({
      kind: 'percent_off',
      targetScope: 'categories',
      targetIds: ['c1'],
      parameters: { basisPoints: 1200 },
      startsAt: promotion.startsAt,
      endsAt: promotion.endsAt,
      perCustomerLimit: 1,
      totalLimit: null,
      priority: 50,
      exclusionGroup: 'double11',
    });
  });
});

describe('formFieldOf', () => {
  it('puts the API’s field errors under the form’s fields', () => {
    expect(formFieldOf('parameters.amount', 'order')).toBe('amount');
    expect(formFieldOf('targetIds', 'categories')).toBe('categoryIds');
    expect(formFieldOf('endsAt', 'order')).toBe('window');
  });
});
