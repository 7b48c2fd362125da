import { calculatePayslip, PayslipInput } from './payslip-rules';
import { SEEDED_INSURANCE_RULES } from './social-insurance-rules.seed';

const yuan = (n: number) => Math.round(n * 100);
const beijing = SEEDED_INSURANCE_RULES[0];
const input = (over: Partial<PayslipInput> = {}): PayslipInput => ({
  structure: {
    baseSalary: yuan(20000),
    positionAllowance: yuan(1750),
    otherAllowances: yuan(500),
    insuranceBase: null,
    monthlyAdditionalDeductions: 0,
  },
  attendance: { expectedDays: 21, monthWorkingDays: 21, absenceDays: 0, overtimeHours: {} },
  bonusCoefficientX100: null,
  bonusRatioBp: 1000,
  otherLines: [],
  insurance: beijing,
  prior: { months: 0, income: 0, special: 0, additional: 0, withheld: 0 },
  ...over,
});

describe('a payslip from its inputs', () => {
  it('pays a full month: gross, 五险一金 on base + position allowance, tax, net', () => {
    const p = calculatePayslip(input());
    // gross 20,000 + 1,750 + 500 = 22,250; insurance base 21,750 × (8+2+0.5+12)% = 4,893.75
    // taxable 22,250 − 5,000 − 4,893.75 = 12,356.25 × 3% = 370.6875 → 370.69; net 22,250 − 4,893.75 − 370.69
    expect(p.gross).toBe(yuan(22250));
    expect(p.insurance.employeeTotal).toBe(yuan(4893.75));
    expect(p.tax).toBe(yuan(370.69));
    expect(p.net).toBe(yuan(16985.56));
  });

  it('deducts absence, pays overtime at 1.5×/2×/3×, the bonus by coefficient, commissions and fines', () => {
    const p = calculatePayslip(
      input({
        attendance: {
          expectedDays: 21,
          monthWorkingDays: 21,
          absenceDays: 1,
          overtimeHours: { weekday: 2, rest_day: 8, public_holiday: 0 },
        },
        bonusCoefficientX100: 120,
        otherLines: [
          { kind: 'commission', amount: yuan(3000) },
          { kind: 'deduction', amount: -yuan(200) },
        ],
      }),
    );
    // a day: 21,750 / 21.75 = 1,000; an hour 125: 2h × 1.5 = 375, 8h × 2 = 2,000
    expect(p.absenceDeduction).toBe(yuan(1000));
    expect(p.overtimePay).toBe(yuan(2375));
    // bonus 20,000 × 1.2 × 10% = 2,400
    expect(p.bonus).toBe(yuan(2400));
    expect(p.commission).toBe(yuan(3000));
    expect(p.otherIncome).toBe(-yuan(200));
    expect(p.gross).toBe(yuan(22250 - 1000 + 2375 + 2400 + 3000 - 200));
  });

  it('pays a mid-month hire pro rata to the working days employed', () => {
    const p = calculatePayslip(
      input({ attendance: { expectedDays: 7, monthWorkingDays: 21, absenceDays: 0, overtimeHours: {} } }),
    );
    // 20,000 × 7/21 = 6,666.67; 1,750 × 7/21 = 583.33; 500 × 7/21 = 166.67
    expect([p.baseSalary, p.positionAllowance, p.otherAllowances]).toEqual([666_667, 58_333, 16_667]);
  });
});
