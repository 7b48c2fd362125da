import type { InsuranceRule } from './social-insurance';

/**
 * 2026 contribution rules for the cities the company employs people in, from each city's published 2025
 * bases (the 2026 bases are announced mid-year; finance updates them through the API when they are). Work
 * injury is the lowest industry class (一类行业); maternity is shown apart where the city merged it into medical.
 */
const yuan = (amount: number) => amount * 100;
const rule = (
  city: string,
  employee: [number, number, number, number],
  employer: [number, number, number, number, number, number],
  base: [number, number],
  housingFund: [number, number],
): InsuranceRule => ({
  city,
  year: 2026,
  employeeRates: {
    pension: employee[0],
    medical: employee[1],
    unemployment: employee[2],
    workInjury: 0,
    maternity: 0,
    housingFund: employee[3],
  },
  employerRates: {
    pension: employer[0],
    medical: employer[1],
    unemployment: employer[2],
    workInjury: employer[3],
    maternity: employer[4],
    housingFund: employer[5],
  },
  baseFloor: yuan(base[0]),
  baseCeiling: yuan(base[1]),
  housingFundFloor: yuan(housingFund[0]),
  housingFundCeiling: yuan(housingFund[1]),
});

export const SEEDED_INSURANCE_RULES: InsuranceRule[] = [
  rule('北京', [800, 200, 50, 1200], [1600, 900, 50, 40, 80, 1200], [7162, 35811], [2540, 35811]),
  rule('上海', [800, 200, 50, 700], [1600, 900, 50, 20, 100, 700], [7460, 37302], [2690, 37302]),
  rule('广州', [800, 200, 20, 500], [1600, 550, 80, 20, 85, 500], [5284, 29283], [2500, 38082]),
  rule('深圳', [800, 200, 30, 500], [1600, 500, 80, 20, 50, 500], [4775, 27501], [2520, 41190]),
  rule('杭州', [800, 200, 50, 1200], [1600, 900, 50, 20, 50, 1200], [4812, 25257], [2490, 38390]),
];
