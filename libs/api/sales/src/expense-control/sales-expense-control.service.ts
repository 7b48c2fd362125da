import { Injectable } from '@nestjs/common';
import { UnitExpenseFiguresService } from '@zhanggui/api-finance';
import { TerritoryFiguresService } from '@zhanggui/api-orders';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { parsePeriod } from '../shared/periods';
import { salesScope, scopeParam } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import type {
  SalesExpenseControlResponse,
  SalesExpenseTerritoryResponse,
} from './dto/sales-expense-control.dto';
import { basisPoints, expenseStatus, SALES_EXPENSE_ACCOUNT, usedBasisPoints } from './expense-ratio';

/**
 * Sales expense control (费比) per territory in the caller's reach: budget and spending from finance, net sales
 * from orders, the plan from sales targets. One statement per kind of figure, whatever the number of territories.
 */
@Injectable()
export class SalesExpenseControlService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: TerritoryDirectory,
    private readonly expenses: UnitExpenseFiguresService,
    private readonly sales: TerritoryFiguresService,
  ) {}

  async month(month: string): Promise<SalesExpenseControlResponse> {
    const period = parsePeriod(month)!;
    const units = await this.directory.units(scopeParam(await salesScope('sales-expenses:read')));
    const ids = units.map((u) => u.id);
    const start = `${month}-01`;
    const end = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
      .toISOString()
      .slice(0, 10);
    const expenses = await this.expenses.of(ids, { kind: 'month', start, end }, SALES_EXPENSE_ACCOUNT);
    const sales = await this.sales.figures(ids, period.from, period.to);
    const targets = await this.targets(ids, month);
    const territories = units.map((unit): SalesExpenseTerritoryResponse => {
      const e = expenses.get(unit.id)!;
      const s = sales.get(unit.id)!;
      const netSales = s.deliveredTotal - s.refunded;
      const target = targets.get(unit.id) ?? null;
      const usedBp = usedBasisPoints(e.used, e.budget);
      const ratioBp = basisPoints(e.used, netSales);
      const plannedRatioBp = e.budget !== null && target !== null ? basisPoints(e.budget, target) : null;
      return {
        orgUnitId: unit.id,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
        parentId: unit.parentId,
        budget: e.budget,
        actual: e.actual,
        pending: e.pending,
        spent: e.used,
        netSales,
        usedBp,
        ratioBp,
        plannedRatioBp,
        target,
        status: expenseStatus(usedBp, ratioBp, plannedRatioBp),
      };
    });
    return {
      period: month,
      currency: 'CNY',
      territories,
      warnings: territories.filter((t) => t.status === 'warning').length,
      exceeded: territories.filter((t) => t.status === 'exceeded').length,
    };
  }

  /** Each territory's sales target for the month: a province's own target, a region's or city's allocation. */
  private async targets(unitIds: string[], month: string): Promise<Map<string, number>> {
    if (unitIds.length === 0) return new Map();
    const rows: Array<{ unit: string; amount: string }> = await this.connection.manager.query(
      `SELECT unit, sum(amount)::text AS amount FROM (
         SELECT t.org_unit_id AS unit, t.amount FROM sales_target t
          WHERE t.period = $1 AND t.org_unit_id = ANY($2)
         UNION ALL
         SELECT a.org_unit_id, a.amount FROM sales_target_allocation a JOIN sales_target t ON t.id = a.target_id
          WHERE t.period = $1 AND a.user_id IS NULL AND a.org_unit_id = ANY($2)) nodes
        GROUP BY unit`,
      [month, unitIds],
    );
    return new Map(rows.map((row) => [row.unit, Number(row.amount)]));
  }
}
