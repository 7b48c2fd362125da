import { cumulativeWithholding, monthlyAdditionalDeductions } from './income-tax';

/** Runs a year month by month the way payroll does: cumulative figures, tax withheld carried forward. */
function year(months: Array<{ income: number; special: number; additional: number }>): number[] {
  let income = 0;
  let special = 0;
  let additional = 0;
  let withheld = 0;
  return months.map((m, index) => {
    income += m.income;
    special += m.special;
    additional += m.additional;
    const { tax } = cumulativeWithholding({
      months: index + 1,
      cumulativeIncome: income,
      cumulativeSpecialDeductions: special,
      cumulativeAdditionalDeductions: additional,
      taxWithheld: withheld,
    });
    withheld += tax;
    return tax;
  });
}
const yuan = (n: number) => Math.round(n * 100);

describe('individual income tax, cumulative withholding (累计预扣法)', () => {
  it('¥30,000 a month crossing the ¥36,000 and ¥144,000 thresholds', () => {
    // Each month: 30,000 − 5,000 basic − 4,500 insurance − 2,000 子女教育 = 18,500 taxable.
    // M1 18,500 × 3% = 555.                         M2 37,000 × 10% − 2,520 = 1,180 → 1,180 − 555 = 625
    // M3 55,500 → 3,030 → 1,850.  M4–M7 each 1,850 (10% band, +1,850 a month: M7 129,500 → 10,430).
    // M8 148,000 × 20% − 16,920 = 12,680 → 12,680 − 10,430 = 2,250.  M9–M12 each 18,500 × 20% = 3,700.
    const taxes = year(
      Array.from({ length: 12 }, () => ({
        income: yuan(30000),
        special: yuan(4500),
        additional: yuan(2000),
      })),
    );
    expect(taxes).toEqual([555, 625, 1850, 1850, 1850, 1850, 1850, 2250, 3700, 3700, 3700, 3700].map(yuan));
    // The year's withholding equals the annual table on the year's 222,000: 222,000 × 20% − 16,920 = 27,480.
    expect(taxes.reduce((a, b) => a + b, 0)).toBe(yuan(27480));
  });

  it('a month with a bonus is taxed at the band the cumulative income reaches', () => {
    // 15,000 − 5,000 − 1,500 = 8,500 a month. M1 255; M2 17,000 → 510 → 255.
    // M3 with a 20,000 bonus: 45,500 × 10% − 2,520 = 2,030 → 2,030 − 510 = 1,520.
    // M4: 54,000 × 10% − 2,520 = 2,880 → 850.
    const m = { income: yuan(15000), special: yuan(1500), additional: 0 };
    expect(year([m, m, { ...m, income: yuan(35000) }, m])).toEqual([255, 255, 1520, 850].map(yuan));
  });

  it('a mid-year hire gets the basic deduction only for months employed here', () => {
    // Hired in July: July is month 1 at this employer. 12,000 − 5,000 − 1,200 = 5,800 → 174; August 174.
    const m = { income: yuan(12000), special: yuan(1200), additional: 0 };
    expect(year([m, m])).toEqual([174, 174].map(yuan));
  });

  it('never withholds a negative amount, and low wages pay nothing', () => {
    expect(
      cumulativeWithholding({
        months: 3,
        cumulativeIncome: yuan(30000),
        cumulativeSpecialDeductions: yuan(3000),
        cumulativeAdditionalDeductions: 0,
        taxWithheld: yuan(500),
      }),
    ).toMatchObject({ cumulativeTaxableIncome: yuan(12000), cumulativeTax: yuan(360), tax: 0 });
    expect(year([{ income: yuan(4800), special: yuan(480), additional: 0 }])).toEqual([0]);
  });

  it('rounds the cumulative tax once, half up to the 分', () => {
    // 12,345.67 × 3% = 370.3701 → 370.37
    expect(
      cumulativeWithholding({
        months: 1,
        cumulativeIncome: 1_734_567,
        cumulativeSpecialDeductions: 0,
        cumulativeAdditionalDeductions: 0,
        taxWithheld: 0,
      }).tax,
    ).toBe(37_037);
    // 12,345.50 × 3% = 370.365 → 370.37
    expect(
      cumulativeWithholding({
        months: 1,
        cumulativeIncome: 1_734_550,
        cumulativeSpecialDeductions: 0,
        cumulativeAdditionalDeductions: 0,
        taxWithheld: 0,
      }).tax,
    ).toBe(37_037);
  });

  it('adds up special additional deductions by kind and count', () => {
    expect(monthlyAdditionalDeductions({ childEducation: 2, elderlySupport: 1, housingRent: 1 })).toBe(
      yuan(2000 * 2 + 3000 + 1500),
    );
    expect(() => monthlyAdditionalDeductions({ lottery: 1 } as never)).toThrow(RangeError);
    expect(() =>
      cumulativeWithholding({
        months: 1,
        cumulativeIncome: 1.5,
        cumulativeSpecialDeductions: 0,
        cumulativeAdditionalDeductions: 0,
        taxWithheld: 0,
      }),
    ).toThrow(RangeError);
  });
});
