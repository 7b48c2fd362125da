import type { OrgUnitKind } from '@zhanggui/api-identity';

export const EXPENSE_CATEGORIES = [
  'travel',
  'accommodation',
  'meals',
  'transport',
  'office_supplies',
  'communication',
  'marketing',
  'training',
  'other',
] as const;
export type ExpenseCategory = (typeof EXPENSE_CATEGORIES)[number];

export const CATEGORY_NAMES: Record<ExpenseCategory, { zh: string; en: string }> = {
  travel: { zh: '差旅费', en: 'Travel' },
  accommodation: { zh: '住宿费', en: 'Accommodation' },
  meals: { zh: '业务招待费/餐费', en: 'Meals and entertainment' },
  transport: { zh: '交通费', en: 'Local transport' },
  office_supplies: { zh: '办公用品', en: 'Office supplies' },
  communication: { zh: '通讯费', en: 'Communication' },
  marketing: { zh: '广告宣传费', en: 'Marketing' },
  training: { zh: '培训费', en: 'Training' },
  other: { zh: '其他', en: 'Other' },
};

/** 销售费用 and 管理费用: the chart has no per-category sub-accounts, so a line posts to the first-level account. */
export const SELLING_EXPENSES = '6601';
export const ADMINISTRATIVE_EXPENSES = '6602';
/** 其他应付款-应付报销款: what the company owes the employee between approval and payment (seeded by our migration). */
export const REIMBURSEMENTS_PAYABLE = '224120';
export const BANK = '1002';

const SALES_TERRITORIES: readonly OrgUnitKind[] = ['province', 'region', 'city'];

/**
 * Which expense account a line is booked to (企业会计准则): costs of selling — anything spent by a sales
 * territory, and marketing wherever it is spent — are 销售费用; everything else a department spends is 管理费用.
 */
export function expenseAccountFor(category: ExpenseCategory, unitKind: OrgUnitKind): string {
  if (category === 'marketing' || SALES_TERRITORIES.includes(unitKind)) return SELLING_EXPENSES;
  return ADMINISTRATIVE_EXPENSES;
}
