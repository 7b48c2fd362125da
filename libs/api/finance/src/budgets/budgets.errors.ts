import { BusinessRuleError, ConflictError, FieldProblem, NotFoundError } from '@zhanggui/api-platform';

export class BudgetNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('BUDGET_NOT_FOUND', `There is no budget ${id}.`);
  }
}

export class BudgetTakenError extends ConflictError {
  constructor(label: string, accountCode: string) {
    super(
      'BUDGET_TAKEN',
      `The unit already has a ${label} budget for account ${accountCode}: change that one.`,
      [{ field: 'accountCode', message: 'already budgeted for this unit and period' }],
    );
  }
}

export class BudgetAccountError extends BusinessRuleError {
  constructor(accountCode: string) {
    super('BUDGET_ACCOUNT_INVALID', `Account ${accountCode} is not an expense account of the chart.`, [
      { field: 'accountCode', message: 'must be an expense account such as 6601 or 6602' },
    ]);
  }
}

export class BudgetUnitError extends BusinessRuleError {
  constructor(orgUnitId: string) {
    super('BUDGET_UNIT_UNKNOWN', `There is no org unit ${orgUnitId}.`, [
      { field: 'orgUnitId', message: 'no such org unit' },
    ]);
  }
}

export interface BudgetOverrun {
  budgetId: string;
  unitName: string;
  accountCode: string;
  period: string;
  amount: number;
  used: number;
  claim: number;
}

/** 费比 control: approving would take a budget past its amount. Names each budget and its figures. */
export class BudgetExceededError extends ConflictError {
  constructor(overruns: BudgetOverrun[], describe: (n: number) => string) {
    const problems: FieldProblem[] = overruns.map((o) => ({
      field: `budgets.${o.budgetId}`,
      message:
        `${o.unitName} ${o.period} ${o.accountCode}: budget ${describe(o.amount)}, used ${describe(o.used)}, ` +
        `this claim ${describe(o.claim)}, over by ${describe(o.used + o.claim - o.amount)}`,
    }));
    super(
      'BUDGET_EXCEEDED',
      `Approving would exceed the budget: ${problems[0].message}. A finance manager may override with a reason.`,
      problems,
    );
  }
}
