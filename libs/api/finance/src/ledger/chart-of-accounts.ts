/** Account types of 企业会计准则; `cost` is 成本类 (production cost), distinct from 损益类 expenses. */
export const ACCOUNT_TYPES = ['asset', 'liability', 'equity', 'cost', 'revenue', 'expense'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
export type NormalBalance = 'debit' | 'credit';

export interface AccountSeed {
  code: string;
  nameZh: string;
  nameEn: string;
  type: AccountType;
  /** Defaults to the type's usual side; contra accounts (累计折旧) state theirs. */
  normalBalance?: NormalBalance;
}

export function normalBalanceOf(type: AccountType): NormalBalance {
  return type === 'asset' || type === 'cost' || type === 'expense' ? 'debit' : 'credit';
}

/**
 * The seeded chart of accounts (会计科目表), codes and names of 企业会计准则—应用指南 附录. Four-digit codes are
 * first-level accounts (一级科目); six-digit codes are sub-accounts (明细科目) under the account whose code
 * they extend. Finance adds more sub-accounts through the API; entries post only to leaf accounts (末级科目).
 */
export const CHART_OF_ACCOUNTS: AccountSeed[] = [
  { code: '1001', nameZh: '库存现金', nameEn: 'Cash on hand', type: 'asset' },
  { code: '1002', nameZh: '银行存款', nameEn: 'Bank deposits', type: 'asset' },
  { code: '1012', nameZh: '其他货币资金', nameEn: 'Other monetary funds', type: 'asset' },
  { code: '101201', nameZh: '其他货币资金-支付平台', nameEn: 'Payment provider balances', type: 'asset' },
  { code: '1122', nameZh: '应收账款', nameEn: 'Accounts receivable', type: 'asset' },
  { code: '1123', nameZh: '预付账款', nameEn: 'Prepayments', type: 'asset' },
  { code: '1221', nameZh: '其他应收款', nameEn: 'Other receivables', type: 'asset' },
  { code: '122101', nameZh: '其他应收款-快递员代收货款', nameEn: 'COD cash held by couriers', type: 'asset' },
  {
    code: '122102',
    nameZh: '其他应收款-待处理现金短缺',
    nameEn: 'COD cash shortages pending',
    type: 'asset',
  },
  { code: '122103', nameZh: '其他应收款-员工备用金', nameEn: 'Employee advances', type: 'asset' },
  { code: '1405', nameZh: '库存商品', nameEn: 'Merchandise inventory', type: 'asset' },
  { code: '1406', nameZh: '发出商品', nameEn: 'Goods shipped, not yet delivered', type: 'asset' },
  { code: '1601', nameZh: '固定资产', nameEn: 'Fixed assets', type: 'asset' },
  {
    code: '1602',
    nameZh: '累计折旧',
    nameEn: 'Accumulated depreciation',
    type: 'asset',
    normalBalance: 'credit',
  },
  { code: '2202', nameZh: '应付账款', nameEn: 'Accounts payable', type: 'liability' },
  { code: '220201', nameZh: '应付账款-暂估', nameEn: 'Goods received, not invoiced', type: 'liability' },
  { code: '220202', nameZh: '应付账款-供应商', nameEn: 'Supplier invoices payable', type: 'liability' },
  {
    code: '2203',
    nameZh: '合同负债',
    nameEn: 'Contract liabilities (advances from customers)',
    type: 'liability',
  },
  { code: '2211', nameZh: '应付职工薪酬', nameEn: 'Employee benefits payable', type: 'liability' },
  { code: '221101', nameZh: '应付职工薪酬-工资', nameEn: 'Salaries payable', type: 'liability' },
  {
    code: '221102',
    nameZh: '应付职工薪酬-社会保险费',
    nameEn: 'Social insurance payable',
    type: 'liability',
  },
  { code: '221103', nameZh: '应付职工薪酬-住房公积金', nameEn: 'Housing fund payable', type: 'liability' },
  { code: '2221', nameZh: '应交税费', nameEn: 'Taxes payable', type: 'liability' },
  { code: '222101', nameZh: '应交税费-应交增值税(销项税额)', nameEn: 'VAT output', type: 'liability' },
  { code: '222102', nameZh: '应交税费-应交增值税(进项税额)', nameEn: 'VAT input', type: 'liability' },
  {
    code: '222103',
    nameZh: '应交税费-应交个人所得税',
    nameEn: 'Individual income tax withheld',
    type: 'liability',
  },
  {
    code: '222104',
    nameZh: '应交税费-应交企业所得税',
    nameEn: 'Corporate income tax payable',
    type: 'liability',
  },
  { code: '2241', nameZh: '其他应付款', nameEn: 'Other payables', type: 'liability' },
  {
    code: '224101',
    nameZh: '其他应付款-现金长款待处理',
    nameEn: 'COD cash surpluses pending',
    type: 'liability',
  },
  { code: '224102', nameZh: '其他应付款-待退客户款', nameEn: 'Refunds owed to customers', type: 'liability' },
  { code: '4001', nameZh: '实收资本', nameEn: 'Paid-in capital', type: 'equity' },
  { code: '4002', nameZh: '资本公积', nameEn: 'Capital reserve', type: 'equity' },
  { code: '4101', nameZh: '盈余公积', nameEn: 'Surplus reserve', type: 'equity' },
  { code: '4103', nameZh: '本年利润', nameEn: 'Current year profit', type: 'equity' },
  { code: '4104', nameZh: '利润分配', nameEn: 'Profit distribution (retained earnings)', type: 'equity' },
  { code: '6001', nameZh: '主营业务收入', nameEn: 'Revenue from main operations', type: 'revenue' },
  { code: '6051', nameZh: '其他业务收入', nameEn: 'Other operating revenue', type: 'revenue' },
  { code: '6301', nameZh: '营业外收入', nameEn: 'Non-operating income', type: 'revenue' },
  { code: '6401', nameZh: '主营业务成本', nameEn: 'Cost of main operations', type: 'expense' },
  { code: '6402', nameZh: '其他业务成本', nameEn: 'Other operating costs', type: 'expense' },
  { code: '6403', nameZh: '税金及附加', nameEn: 'Taxes and surcharges', type: 'expense' },
  { code: '6601', nameZh: '销售费用', nameEn: 'Selling expenses', type: 'expense' },
  { code: '6602', nameZh: '管理费用', nameEn: 'Administrative expenses', type: 'expense' },
  { code: '6603', nameZh: '财务费用', nameEn: 'Financial expenses', type: 'expense' },
  { code: '6711', nameZh: '营业外支出', nameEn: 'Non-operating expenses', type: 'expense' },
  { code: '6801', nameZh: '所得税费用', nameEn: 'Income tax expense', type: 'expense' },
];

/** The parent's code of a sub-account (`222101` → `2221`), or null for a first-level account. */
export function parentCodeOf(code: string): string | null {
  return code.length > 4 ? code.slice(0, code.length - 2) : null;
}
