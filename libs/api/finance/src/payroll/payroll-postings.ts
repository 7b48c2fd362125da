import type { PostingRequest } from '../ledger/journal-rules';

export interface PayslipTotals {
  costAccount: string;
  gross: number;
  net: number;
  tax: number;
  employeeInsurance: number;
  employeeHousingFund: number;
  employerInsurance: number;
  employerHousingFund: number;
}

interface RunRef {
  id: string;
  number: string;
  month: string;
}

/**
 * Approval accrues the month (计提工资): wages and the employer's 五险一金 are expenses of the cost account
 * (销售费用 / 管理费用); the employee's withholdings move to 应交税费-个人所得税 and 其他应付款; what is left in
 * 应付职工薪酬-工资 is the net pay the bank file pays. Keyed by the run id, so it posts once.
 * A month of unpaid absence can leave withholdings (五险一金 on the fixed base) above the pay: nothing is paid,
 * and the difference the company remits for the employee is theirs to repay (其他应收款-员工备用金).
 */
export function payrollAccrual(run: RunRef, slips: PayslipTotals[], date: string): PostingRequest {
  const lines: PostingRequest['lines'] = [];
  for (const s of slips) {
    lines.push({ accountCode: s.costAccount, debit: s.gross + s.employerInsurance + s.employerHousingFund });
    lines.push({ accountCode: '221101', credit: Math.max(s.net, 0) });
    lines.push({ accountCode: '122103', debit: Math.max(-s.net, 0) });
    lines.push({ accountCode: '222103', credit: s.tax });
    lines.push({ accountCode: '224110', credit: s.employeeInsurance + s.employeeHousingFund });
    lines.push({ accountCode: '221102', credit: s.employerInsurance });
    lines.push({ accountCode: '221103', credit: s.employerHousingFund });
  }
  return {
    source: { type: 'payroll_run', id: run.id, number: run.number, purpose: 'accrual' },
    date,
    description: `计提 ${run.month} 工资 ${run.number}`,
    // A journal line must carry a positive amount: no tax under the threshold, no housing fund, or a month of
    // unpaid absence leaves zeros, which the ledger refuses and which used to block the whole run's approval.
    lines: lines.filter((line) => (line.debit ?? line.credit ?? 0) !== 0),
  };
}

/** Paying the net wages from the bank clears 应付职工薪酬-工资. */
export function payrollPayment(run: RunRef, net: number, date: string): PostingRequest {
  return {
    source: { type: 'payroll_run', id: run.id, number: run.number, purpose: 'payment' },
    date,
    description: `发放 ${run.month} 工资 ${run.number}`,
    lines: [
      { accountCode: '221101', debit: net },
      { accountCode: '1002', credit: net },
    ],
  };
}
