import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { TransactionalConnection } from '@zhanggui/api-platform';
import type { BudgetPeriodKind } from './budget-rules';

/** One unit's budgets on an expense account (with its sub-accounts) for a period, and what its subtree used. */
export interface UnitExpenseFigures {
  /** The sum of the budgets set on the unit itself; null when none is set. */
  budget: number | null;
  /** Posted ledger lines of the unit and everything below it: debit − credit. */
  actual: number;
  /** Submitted claims waiting for approval, counted as spent the way the budget check counts them. */
  pending: number;
  /** actual + pending, as BudgetFiguresService counts a budget's use. */
  used: number;
}

export interface ExpensePeriod {
  kind: BudgetPeriodKind;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
}

/**
 * Budgets and spending for many units at once (the sales 费比 page lists every territory): a fixed number of
 * statements whatever the number of units. Subtrees come from identity's org tree, as BudgetFiguresService's do.
 */
@Injectable()
export class UnitExpenseFiguresService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async of(
    unitIds: string[],
    period: ExpensePeriod,
    accountCode: string,
  ): Promise<Map<string, UnitExpenseFigures>> {
    const result = new Map<string, UnitExpenseFigures>(
      unitIds.map((id) => [id, { budget: null, actual: 0, pending: 0, used: 0 }]),
    );
    if (unitIds.length === 0) return result;
    const budgets: Array<{ unit: string; amount: string }> = await this.connection.manager.query(
      `SELECT org_unit_id AS unit, sum(amount)::text AS amount FROM budget
        WHERE org_unit_id = ANY($1) AND period_kind = $2 AND period_start = $3 AND account_code LIKE $4 || '%'
        GROUP BY org_unit_id`,
      [unitIds, period.kind, period.start, accountCode],
    );
    for (const row of budgets) result.get(row.unit)!.budget = Number(row.amount);
    const subtrees = await this.orgUnits.subtreesOf(unitIds);
    const spending: Array<{ unit: string; figure: 'actual' | 'pending'; value: string }> =
      await this.connection.manager.query(
        `WITH units AS (
           SELECT tree.key::uuid AS root_id, member::uuid AS unit_id
             FROM jsonb_each($1::jsonb) tree, jsonb_array_elements_text(tree.value) member)
         SELECT u.root_id AS unit, 'actual' AS figure, sum(jl.debit - jl.credit)::text AS value
           FROM journal_line jl JOIN ledger_account a ON a.id = jl.account_id
           JOIN units u ON u.unit_id = jl.org_unit_id
          WHERE jl.posted AND jl.entry_date BETWEEN $2 AND $3 AND a.code LIKE $4 || '%'
          GROUP BY u.root_id
         UNION ALL
         SELECT u.root_id, 'pending', sum(l.amount)::text
           FROM expense_claim_line l JOIN expense_claim c ON c.id = l.claim_id
           JOIN units u ON u.unit_id = l.org_unit_id
          WHERE c.status = 'submitted' AND l.expense_date BETWEEN $2 AND $3 AND l.account_code LIKE $4 || '%'
          GROUP BY u.root_id`,
        [JSON.stringify(Object.fromEntries(subtrees)), period.start, period.end, accountCode],
      );
    for (const row of spending) result.get(row.unit)![row.figure] = Number(row.value ?? 0);
    for (const figures of result.values()) figures.used = figures.actual + figures.pending;
    return result;
  }
}
