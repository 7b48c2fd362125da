import { checkBalanced } from '../ledger/journal-rules';
import { payrollAccrual, payrollPayment } from './payroll-postings';

const run = { id: '0195f000-0000-7000-8000-000000000001', number: 'PR-20261101-0001', month: '2026-10' };

describe('payroll postings', () => {
  it('accrues wages and the employer’s 五险一金 to the cost account, withholdings to tax and other payables', () => {
    const accrual = payrollAccrual(
      run,
      [
        {
          costAccount: '6601',
          gross: 2_225_000,
          net: 1_698_556,
          tax: 37_069,
          employeeInsurance: 228_375,
          employeeHousingFund: 261_000,
          employerInsurance: 600_000,
          employerHousingFund: 261_000,
        },
        {
          costAccount: '6602',
          gross: 1_000_000,
          net: 810_000,
          tax: 15_000,
          employeeInsurance: 105_000,
          employeeHousingFund: 70_000,
          employerInsurance: 300_000,
          employerHousingFund: 70_000,
        },
      ],
      '2026-10-31',
    );
    expect(accrual.source).toEqual({
      type: 'payroll_run',
      id: run.id,
      number: run.number,
      purpose: 'accrual',
    });
    expect(checkBalanced(accrual.lines).problems).toEqual([]);
    const sum = (code: string, side: 'debit' | 'credit') =>
      accrual.lines.filter((l) => l.accountCode === code).reduce((t, l) => t + (l[side] ?? 0), 0);
    expect(sum('6601', 'debit')).toBe(2_225_000 + 600_000 + 261_000);
    expect(sum('221101', 'credit')).toBe(1_698_556 + 810_000);
    expect(sum('222103', 'credit')).toBe(37_069 + 15_000);
    expect(sum('224110', 'credit')).toBe(228_375 + 261_000 + 105_000 + 70_000);
  });

  it('leaves out zero amounts (no tax under the threshold, nothing paid for a month away) so approval posts', () => {
    const zero = {
      employeeInsurance: 0,
      employeeHousingFund: 0,
      employerInsurance: 0,
      employerHousingFund: 0,
    };
    const accrual = payrollAccrual(
      run,
      [
        { costAccount: '6601', gross: 400_000, net: 400_000, tax: 0, ...zero },
        { costAccount: '6601', gross: 0, net: 0, tax: 0, ...zero },
      ],
      '2026-10-31',
    );
    expect(accrual.lines).toEqual([
      { accountCode: '6601', debit: 400_000 },
      { accountCode: '221101', credit: 400_000 },
    ]);
    expect(checkBalanced(accrual.lines).problems).toEqual([]);
    expect(
      payrollAccrual(run, [{ costAccount: '6601', gross: 0, net: 0, tax: 0, ...zero }], '2026-10-31').lines,
    ).toEqual([]);
  });

  it('pays net wages from the bank, keyed apart from the accrual', () => {
    const payment = payrollPayment(run, 2_508_556, '2026-11-10');
    expect(payment.source.purpose).toBe('payment');
    expect(payment.lines).toEqual([
      { accountCode: '221101', debit: 2_508_556 },
      { accountCode: '1002', credit: 2_508_556 },
    ]);
  });

  it('books withholdings above a month’s pay as the employee’s debt, so the accrual balances and nothing is paid', () => {
    const away = {
      costAccount: '6602',
      gross: 0,
      net: -105_000 - 70_000,
      tax: 0,
      employeeInsurance: 105_000,
      employeeHousingFund: 70_000,
      employerInsurance: 300_000,
      employerHousingFund: 70_000,
    };
    const accrual = payrollAccrual(run, [away], '2026-10-31');
    expect(checkBalanced(accrual.lines).problems).toEqual([]);
    expect(accrual.lines).toEqual(
      expect.arrayContaining([
        { accountCode: '122103', debit: 175_000 },
        { accountCode: '224110', credit: 175_000 },
      ]),
    );
    expect(accrual.lines.some((l) => l.accountCode === '221101')).toBe(false);
  });
});
