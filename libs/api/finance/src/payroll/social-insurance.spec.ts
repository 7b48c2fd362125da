import { contributions } from './social-insurance';
import { SEEDED_INSURANCE_RULES } from './social-insurance-rules.seed';

const city = (name: string) => SEEDED_INSURANCE_RULES.find((r) => r.city === name)!;
const yuan = (n: number) => Math.round(n * 100);

describe('social insurance and housing fund (五险一金)', () => {
  it('Beijing, a base inside the limits: 8% + 2% + 0.5% + 12% for the employee', () => {
    const r = contributions(city('北京'), yuan(30000));
    // 2,400 + 600 + 150 + 3,600 = 6,750
    expect(r.employee).toEqual({
      pension: yuan(2400),
      medical: yuan(600),
      unemployment: yuan(150),
      workInjury: 0,
      maternity: 0,
      housingFund: yuan(3600),
    });
    expect(r.employeeTotal).toBe(yuan(6750));
    // Employer: 4,800 + 2,700 + 150 + 120 + 240 + 3,600 = 11,610
    expect(r.employerTotal).toBe(yuan(11610));
  });

  it('caps the base at the ceiling and rounds each part half up to the 分', () => {
    const r = contributions(city('北京'), yuan(50000));
    expect(r.base).toBe(yuan(35811));
    // 35,811 × 8% = 2,864.88; × 2% = 716.22; × 0.5% = 179.055 → 179.06; × 12% = 4,297.32
    expect(r.employee.pension).toBe(286_488);
    expect(r.employee.medical).toBe(71_622);
    expect(r.employee.unemployment).toBe(17_906);
    expect(r.employee.housingFund).toBe(429_732);
  });

  it('raises a low base to the floor, the housing fund to its own floor', () => {
    const r = contributions(city('上海'), yuan(3000));
    expect(r.base).toBe(yuan(7460));
    expect(r.housingFundBase).toBe(yuan(3000));
    // 7,460 × 8% = 596.80; housing fund 3,000 × 7% = 210
    expect(r.employee.pension).toBe(yuan(596.8));
    expect(r.employee.housingFund).toBe(yuan(210));
  });

  it('seeds 2026 rules for five cities, each with the employer paying more than the employee', () => {
    expect(SEEDED_INSURANCE_RULES.map((r) => r.city)).toEqual(['北京', '上海', '广州', '深圳', '杭州']);
    for (const rule of SEEDED_INSURANCE_RULES) {
      const r = contributions(rule, yuan(10000));
      expect(r.employerTotal).toBeGreaterThan(r.employeeTotal);
    }
    expect(() => contributions(city('杭州'), -1)).toThrow(RangeError);
  });
});
