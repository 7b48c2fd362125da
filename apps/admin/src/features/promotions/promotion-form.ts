import dayjs, { type Dayjs } from 'dayjs';
import { ApiProblem } from '../../api/problem';
import {
  formatBasisPoints,
  minorUnitsToYuanText,
  percentToBasisPoints,
  yuanToMinorUnits,
} from '../../shared/money/money';
import type { SalesChannel } from '../pricing/pricing.api';
import type { Promotion, PromotionInput, PromotionKind, PromotionScope } from './promotions.api';

/**
 * A promotion as its form holds it: money as the yuan text typed, the discount as a percentage text, the window
 * as two dates. `promotionInputOf` turns it into what the API takes (分 and basis points, by integer math).
 */
export interface PromotionFormValues {
  name: string;
  kind: PromotionKind;
  targetScope: PromotionScope;
  productIds?: string[];
  categoryIds?: string[];
  /** percent_off: "12.5" means 12.5% off. */
  percent?: string;
  /** amount_off, spend_save: yuan off. */
  amount?: string;
  /** spend_save: yuan to reach. */
  threshold?: string;
  repeat?: boolean;
  buy?: number | null;
  get?: number | null;
  window: [Dayjs, Dayjs] | null;
  channels: SalesChannel[];
  regionIds?: string[];
  perCustomerLimit?: number | null;
  totalLimit?: number | null;
  priority?: number | null;
  stacking: 'exclusive' | 'combinable';
  exclusionGroup?: string;
}

export function blankPromotionForm(now: Dayjs = dayjs()): PromotionFormValues {
  const start = now.startOf('day');
  return {
    name: '',
    kind: 'spend_save',
    targetScope: 'order',
    productIds: [],
    categoryIds: [],
    repeat: false,
    window: [start, start.add(7, 'day').endOf('day')],
    channels: ['website'],
    regionIds: [],
    priority: 100,
    stacking: 'combinable',
  };
}

export function promotionFormValuesOf(promotion: Promotion): PromotionFormValues {
  const { parameters } = promotion;
  return {
    name: promotion.name,
    kind: promotion.kind,
    targetScope: promotion.targetScope,
    productIds: promotion.targetScope === 'products' ? promotion.targetIds : [],
    categoryIds: promotion.targetScope === 'categories' ? promotion.targetIds : [],
    percent:
      parameters.basisPoints === undefined
        ? undefined
        : formatBasisPoints(parameters.basisPoints).replace('%', ''),
    amount: parameters.amount === undefined ? undefined : minorUnitsToYuanText(parameters.amount),
    threshold: parameters.threshold === undefined ? undefined : minorUnitsToYuanText(parameters.threshold),
    repeat: parameters.repeat ?? false,
    buy: parameters.buy ?? null,
    get: parameters.get ?? null,
    window: [dayjs(promotion.startsAt), dayjs(promotion.endsAt)],
    channels: promotion.channels,
    regionIds: promotion.regionIds,
    perCustomerLimit: promotion.perCustomerLimit,
    totalLimit: promotion.totalLimit,
    priority: promotion.priority,
    stacking: promotion.stacking === 'exclusive' ? 'exclusive' : 'combinable',
    exclusionGroup: promotion.exclusionGroup ?? undefined,
  };
}

/** Only the parameters the kind uses: the API refuses any other (percent off has no threshold). */
function parametersOf(values: PromotionFormValues): PromotionInput['parameters'] {
  const money = (text: string | undefined) => (text ? yuanToMinorUnits(text) : undefined);
  switch (values.kind) {
    case 'percent_off':
      return { basisPoints: values.percent ? percentToBasisPoints(values.percent) : undefined };
    case 'amount_off':
      return { amount: money(values.amount) };
    case 'spend_save':
      return {
        threshold: money(values.threshold),
        amount: money(values.amount),
        repeat: values.repeat ?? false,
      };
    case 'buy_x_get_y':
      return { buy: values.buy ?? undefined, get: values.get ?? undefined };
  }
}

function targetIdsOf(values: PromotionFormValues): string[] {
  if (values.targetScope === 'products') return values.productIds ?? [];
  if (values.targetScope === 'categories') return values.categoryIds ?? [];
  return [];
}

export function promotionInputOf(values: PromotionFormValues): PromotionInput {
  const [startsAt, endsAt] = values.window ?? [dayjs(), dayjs()];
  return {
    name: values.name.trim(),
    kind: values.kind,
    targetScope: values.targetScope,
    targetIds: targetIdsOf(values),
    parameters: parametersOf(values),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    channels: values.channels,
    regionIds: values.regionIds ?? [],
    perCustomerLimit: values.perCustomerLimit ?? null,
    totalLimit: values.totalLimit ?? null,
    priority: values.priority ?? 100,
    stacking: values.stacking,
    exclusionGroup: values.stacking === 'combinable' ? values.exclusionGroup?.trim() || null : null,
  };
}

/** API field paths (parameters.amount, targetIds, endsAt) → the form field that shows them. */
export function formFieldOf(apiField: string, scope: PromotionScope): string {
  switch (apiField) {
    case 'parameters.basisPoints':
      return 'percent';
    case 'parameters.amount':
      return 'amount';
    case 'parameters.threshold':
      return 'threshold';
    case 'parameters.buy':
      return 'buy';
    case 'parameters.get':
      return 'get';
    case 'targetIds':
      return scope === 'categories' ? 'categoryIds' : 'productIds';
    case 'startsAt':
    case 'endsAt':
      return 'window';
    default:
      return apiField;
  }
}

/** The problem with its field errors renamed to the form's fields, so they show under the right inputs. */
export function problemForForm(error: unknown, scope: PromotionScope): unknown {
  if (!(error instanceof ApiProblem)) return error;
  return new ApiProblem(
    {
      type: 'about:blank',
      title: error.title,
      status: error.status,
      code: error.code,
      detail: error.detail,
      requestId: error.requestId,
      errors: error.errors.map((fieldError) => ({
        ...fieldError,
        field: formFieldOf(fieldError.field, scope),
      })),
    },
    error.retryAfterSeconds,
  );
}
