import type { Translation } from '../translation';

/** Sales expense control (费比). */
export const salesExpenseControl: Translation['salesExpenseControl'] = {
  title: 'Sales expense control',
  subtitle:
    'Sales expense budgets per territory and the expense ratio (expenses ÷ net sales): a warning from 80% of the budget, exceeded at 100%.',
  period: 'Month',
  empty: 'No sales territories in your reach',
  noBudget: 'No budget',
  openClaims: 'Expense claims',
  pendingNote: 'incl. {{amount}} in approval',
  attention: '{{count}} territories need attention: {{exceeded}} over budget, {{warnings}} in warning',
  explain:
    'Spent = posted sales expenses (6601) + claims in approval; ratio = spent ÷ net sales; planned ratio = budget ÷ the month’s sales target.',
  kinds: { province: 'Province', region: 'Region', city: 'City' },
  statuses: { ok: 'OK', warning: 'Warning', exceeded: 'Exceeded' },
  fields: {
    territory: 'Territory',
    budget: 'Expense budget',
    spent: 'Spent',
    used: 'Budget used',
    netSales: 'Net sales',
    ratio: 'Ratio / plan',
    status: 'Status',
  },
};
