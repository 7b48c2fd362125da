import { BusinessRuleError } from '@zhanggui/api-platform';

export class RebateBalanceInsufficientError extends BusinessRuleError {
  constructor(balance: number, wanted: number) {
    super(
      'REBATE_BALANCE_INSUFFICIENT',
      `The rebate balance is ${balance} 分; ${wanted} 分 cannot be redeemed.`,
      [{ field: 'amount', message: `at most ${balance}` }],
    );
  }
}

export class RebateExceedsAmountDueError extends BusinessRuleError {
  constructor(due: number) {
    super('REBATE_EXCEEDS_AMOUNT_DUE', `Only ${due} 分 of the order are still to pay.`, [
      { field: 'amount', message: `at most ${due}` },
    ]);
  }
}

export class RebateOrderNotPayableError extends BusinessRuleError {
  constructor(number: string, status: string) {
    super('REBATE_ORDER_NOT_PAYABLE', `${number} is ${status}: rebates pay toward orders before they ship.`, [
      { field: 'status', message: `${status} orders cannot take a rebate` },
    ]);
  }
}
