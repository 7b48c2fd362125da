import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { PayrollInput } from './payroll.entities';
import { PayrollMonthClosedError } from './payroll.errors';

export interface CommissionInputLine {
  employeeId: string;
  /** 分, not negative. */
  amount: number;
  description: string;
  /** Names the commission line it comes from: recording the same line twice keeps one input. */
  sourceRef: string;
}

/**
 * How sales' monthly commissions reach payroll (sales sits above finance and calls this in the commission run's
 * own transaction, so a run either reaches payroll whole or not at all). Each line becomes a `commission` input
 * of the month, once per source line.
 */
@Injectable()
export class CommissionInputsService {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(month: string, lines: CommissionInputLine[]): Promise<number> {
    const [closed] = await this.connection.manager.query(
      `SELECT 1 FROM payroll_run WHERE month = $1 AND status IN ('approved', 'paid') LIMIT 1`,
      [month],
    );
    if (closed) throw new PayrollMonthClosedError(month);
    const payable = lines.filter((line) => line.amount > 0);
    if (payable.length === 0) return 0;
    const inserted = await this.connection
      .getRepository(PayrollInput)
      .createQueryBuilder()
      .insert()
      .values(
        payable.map((line) => ({
          employeeId: line.employeeId,
          month,
          kind: 'commission' as const,
          amount: line.amount,
          currency: 'CNY',
          description: line.description,
          source: 'sales',
          sourceRef: line.sourceRef,
        })),
      )
      .orIgnore()
      .execute();
    return inserted.identifiers.filter(Boolean).length;
  }
}
