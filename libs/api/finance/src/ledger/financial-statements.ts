/**
 * The lines of 利润表 and 资产负债表 (一般企业财务报表格式, simplified for a trading company), each the sum of
 * some first-level accounts. Pure: the reports service feeds it nets per first-level code.
 */

/** Net per first-level account code, debit-positive, in 分. */
export type NetsByCode = Map<string, number>;

export interface StatementLine {
  key: string;
  nameZh: string;
  nameEn: string;
  /** Accounts added (+) or subtracted (−), on the line's natural side. */
  accounts: Array<[code: string, sign: 1 | -1]>;
}

export const INCOME_STATEMENT: StatementLine[] = [
  {
    key: 'revenue',
    nameZh: '一、营业收入',
    nameEn: 'Operating revenue',
    accounts: [
      ['6001', 1],
      ['6051', 1],
    ],
  },
  {
    key: 'costOfSales',
    nameZh: '减：营业成本',
    nameEn: 'Cost of sales',
    accounts: [
      ['6401', 1],
      ['6402', 1],
    ],
  },
  {
    key: 'taxesAndSurcharges',
    nameZh: '税金及附加',
    nameEn: 'Taxes and surcharges',
    accounts: [['6403', 1]],
  },
  { key: 'sellingExpenses', nameZh: '销售费用', nameEn: 'Selling expenses', accounts: [['6601', 1]] },
  {
    key: 'administrativeExpenses',
    nameZh: '管理费用',
    nameEn: 'Administrative expenses',
    accounts: [['6602', 1]],
  },
  { key: 'financialExpenses', nameZh: '财务费用', nameEn: 'Financial expenses', accounts: [['6603', 1]] },
  {
    key: 'nonOperatingIncome',
    nameZh: '加：营业外收入',
    nameEn: 'Non-operating income',
    accounts: [['6301', 1]],
  },
  {
    key: 'nonOperatingExpenses',
    nameZh: '减：营业外支出',
    nameEn: 'Non-operating expenses',
    accounts: [['6711', 1]],
  },
  { key: 'incomeTax', nameZh: '减：所得税费用', nameEn: 'Income tax expense', accounts: [['6801', 1]] },
];

export interface IncomeStatementAmounts {
  lines: Array<{ key: string; nameZh: string; nameEn: string; amount: number }>;
  operatingProfit: number;
  totalProfit: number;
  netProfit: number;
}

/** Revenue lines read credit-positive, the others debit-positive; profits follow the 利润表's arithmetic. */
export function incomeStatement(nets: NetsByCode): IncomeStatementAmounts {
  const amountOf = (line: StatementLine) => {
    const revenue = line.key === 'revenue' || line.key === 'nonOperatingIncome';
    return line.accounts.reduce(
      (sum, [code, sign]) => sum + sign * (nets.get(code) ?? 0) * (revenue ? -1 : 1),
      0,
    );
  };
  const lines = INCOME_STATEMENT.map((line) => ({
    key: line.key,
    nameZh: line.nameZh,
    nameEn: line.nameEn,
    amount: amountOf(line),
  }));
  const by = (key: string) => lines.find((line) => line.key === key)!.amount;
  const operatingProfit =
    by('revenue') -
    by('costOfSales') -
    by('taxesAndSurcharges') -
    by('sellingExpenses') -
    by('administrativeExpenses') -
    by('financialExpenses');
  const totalProfit = operatingProfit + by('nonOperatingIncome') - by('nonOperatingExpenses');
  return { lines, operatingProfit, totalProfit, netProfit: totalProfit - by('incomeTax') };
}

export const BALANCE_SHEET_ASSETS: StatementLine[] = [
  {
    key: 'cash',
    nameZh: '货币资金',
    nameEn: 'Cash and cash equivalents',
    accounts: [
      ['1001', 1],
      ['1002', 1],
      ['1012', 1],
    ],
  },
  { key: 'receivables', nameZh: '应收账款', nameEn: 'Accounts receivable', accounts: [['1122', 1]] },
  { key: 'prepayments', nameZh: '预付款项', nameEn: 'Prepayments', accounts: [['1123', 1]] },
  { key: 'otherReceivables', nameZh: '其他应收款', nameEn: 'Other receivables', accounts: [['1221', 1]] },
  {
    key: 'inventories',
    nameZh: '存货',
    nameEn: 'Inventories',
    accounts: [
      ['1405', 1],
      ['1406', 1],
    ],
  },
  {
    key: 'fixedAssets',
    nameZh: '固定资产',
    nameEn: 'Fixed assets (net)',
    accounts: [
      ['1601', 1],
      ['1602', 1],
    ],
  },
];

export const BALANCE_SHEET_LIABILITIES: StatementLine[] = [
  { key: 'payables', nameZh: '应付账款', nameEn: 'Accounts payable', accounts: [['2202', 1]] },
  { key: 'contractLiabilities', nameZh: '合同负债', nameEn: 'Contract liabilities', accounts: [['2203', 1]] },
  {
    key: 'employeeBenefits',
    nameZh: '应付职工薪酬',
    nameEn: 'Employee benefits payable',
    accounts: [['2211', 1]],
  },
  { key: 'taxesPayable', nameZh: '应交税费', nameEn: 'Taxes payable', accounts: [['2221', 1]] },
  { key: 'otherPayables', nameZh: '其他应付款', nameEn: 'Other payables', accounts: [['2241', 1]] },
];

export const BALANCE_SHEET_EQUITY: StatementLine[] = [
  { key: 'paidInCapital', nameZh: '实收资本', nameEn: 'Paid-in capital', accounts: [['4001', 1]] },
  { key: 'capitalReserve', nameZh: '资本公积', nameEn: 'Capital reserve', accounts: [['4002', 1]] },
  { key: 'surplusReserve', nameZh: '盈余公积', nameEn: 'Surplus reserve', accounts: [['4101', 1]] },
];

export interface BalanceSheetSection {
  lines: Array<{ key: string; nameZh: string; nameEn: string; amount: number }>;
  total: number;
}

export interface BalanceSheetAmounts {
  assets: BalanceSheetSection;
  liabilities: BalanceSheetSection;
  equity: BalanceSheetSection;
  liabilitiesAndEquity: number;
}

/**
 * Assets debit-positive; liabilities and equity credit-positive. 未分配利润 takes 本年利润, 利润分配 and the
 * profit not yet carried over from the 损益类 accounts, so the sheet balances whether or not the month's
 * 结转损益 has been posted. Every account of a type lands in its section (an account missing from the named
 * lines shows as 其他), so assets = liabilities + equity always.
 */
export function balanceSheet(
  nets: NetsByCode,
  typeOf: (code: string) => string | undefined,
): BalanceSheetAmounts {
  const section = (
    lines: StatementLine[],
    types: string[],
    sign: 1 | -1,
    other: { key: string; nameZh: string; nameEn: string },
  ): BalanceSheetSection => {
    const named = new Set(lines.flatMap((line) => line.accounts.map(([code]) => code)));
    const rows = lines.map((line) => ({
      key: line.key,
      nameZh: line.nameZh,
      nameEn: line.nameEn,
      amount: line.accounts.reduce((sum, [code, s]) => sum + s * sign * (nets.get(code) ?? 0), 0),
    }));
    let rest = 0;
    for (const [code, net] of nets) {
      if (!named.has(code) && types.includes(typeOf(code) ?? '')) rest += sign * net;
    }
    if (rest !== 0) rows.push({ ...other, amount: rest });
    return { lines: rows, total: rows.reduce((sum, row) => sum + row.amount, 0) };
  };
  const assets = section(BALANCE_SHEET_ASSETS, ['asset'], 1, {
    key: 'otherAssets',
    nameZh: '其他资产',
    nameEn: 'Other assets',
  });
  const liabilities = section(BALANCE_SHEET_LIABILITIES, ['liability'], -1, {
    key: 'otherLiabilities',
    nameZh: '其他负债',
    nameEn: 'Other liabilities',
  });
  const equity = section(BALANCE_SHEET_EQUITY, ['equity', 'revenue', 'expense', 'cost'], -1, {
    key: 'retainedEarnings',
    nameZh: '未分配利润',
    nameEn: 'Retained earnings (incl. profit not yet carried over)',
  });
  return { assets, liabilities, equity, liabilitiesAndEquity: liabilities.total + equity.total };
}
