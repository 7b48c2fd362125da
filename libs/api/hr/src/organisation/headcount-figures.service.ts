import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** Company-wide headcount against the year's plan, for the dashboards (sales owns them). */
@Injectable()
export class HeadcountFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Planned heads of the year's plans, and employees in post now (everyone who has not left). */
  async totals(year: string): Promise<{ planned: number; inPost: number }> {
    const [row]: Array<{ planned: string; inPost: string }> = await this.connection.manager.query(
      `SELECT (SELECT coalesce(sum(planned), 0) FROM headcount_plan WHERE period = $1)::text AS planned,
              (SELECT count(*) FROM employee WHERE status <> 'left')::text AS "inPost"`,
      [year],
    );
    return { planned: Number(row.planned), inPost: Number(row.inPost) };
  }
}
