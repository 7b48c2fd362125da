import type { PolicyLimit } from './expense-policy';

/**
 * The starting policy (报销标准), in 分, seeded by the migration; finance changes it through the API. Hotel per
 * night and meals per day by grade, the usual shape of a Chinese company's 差旅费管理办法.
 */
export const DEFAULT_POLICY_LIMITS: PolicyLimit[] = [
  { category: 'accommodation', grade: 'staff', basis: 'per_line', limit: 40_000 },
  { category: 'accommodation', grade: 'manager', basis: 'per_line', limit: 60_000 },
  { category: 'accommodation', grade: 'executive', basis: 'per_line', limit: 100_000 },
  { category: 'meals', grade: 'staff', basis: 'per_day', limit: 10_000 },
  { category: 'meals', grade: 'manager', basis: 'per_day', limit: 20_000 },
  { category: 'meals', grade: 'executive', basis: 'per_day', limit: 50_000 },
  { category: 'transport', grade: 'staff', basis: 'per_line', limit: 20_000 },
  { category: 'transport', grade: 'manager', basis: 'per_line', limit: 30_000 },
  { category: 'communication', grade: 'staff', basis: 'per_line', limit: 20_000 },
  { category: 'communication', grade: 'manager', basis: 'per_line', limit: 40_000 },
];
