import { Injectable } from '@nestjs/common';
import { OrgUnitsService } from '@zhanggui/api-identity';
import { TransactionalConnection } from '@zhanggui/api-platform';
import type { Budget } from './budget.entity';

export interface BudgetFigures {
  /** Posted ledger lines on the account (and its sub-accounts) for the unit's subtree in the period: debit − credit. */
  actual: number;
  /** Approved claims not yet paid: already in `actual` (expenses post on approval), shown as what is still owed. */
  committed: number;
  /** Submitted claims waiting for approval: not in the ledger yet, but as good as spent for the 费比 check. */
  pending: number;
  /** actual + pending: what the alerts and the approval check compare with the budget. */
  used: number;
}

/**
 * Computes a budget's figures from the ledger and the open claims, in one statement for any number of budgets.
 * The unit subtrees come from identity (one call per distinct unit).
 */
@Injectable()
export class BudgetFiguresService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  async of(budgets: Budget[], excludeClaimId?: string): Promise<Map<string, BudgetFigures>> {
    const result = new Map<string, BudgetFigures>();
    if (budgets.length === 0) return result;
    // One statement for every budget's unit: the dashboards and the alerts list read many budgets at once.
    const subtrees = Object.fromEntries(await this.orgUnits.subtreesOf(budgets.map((b) => b.orgUnitId)));
    const rows: Array<{ id: string; actual: string; committed: string; pending: string }> =
      await this.connection.manager.query(
        `SELECT b.id,
                COALESCE((SELECT SUM(jl.debit - jl.credit) FROM journal_line jl
                            JOIN ledger_account a ON a.id = jl.account_id
                           WHERE jl.posted AND jl.entry_date BETWEEN b.period_start AND b.period_end
                             AND a.code LIKE b.account_code || '%'
                             AND jl.org_unit_id::text IN (SELECT jsonb_array_elements_text($2::jsonb -> b.org_unit_id::text))), 0) AS actual,
                COALESCE((SELECT SUM(l.amount) FROM expense_claim_line l JOIN expense_claim c ON c.id = l.claim_id
                           WHERE c.status = 'approved' AND l.expense_date BETWEEN b.period_start AND b.period_end
                             AND l.account_code LIKE b.account_code || '%'
                             AND l.org_unit_id::text IN (SELECT jsonb_array_elements_text($2::jsonb -> b.org_unit_id::text))), 0) AS committed,
                COALESCE((SELECT SUM(l.amount) FROM expense_claim_line l JOIN expense_claim c ON c.id = l.claim_id
                           WHERE c.status = 'submitted' AND c.id IS DISTINCT FROM $3::uuid
                             AND l.expense_date BETWEEN b.period_start AND b.period_end
                             AND l.account_code LIKE b.account_code || '%'
                             AND l.org_unit_id::text IN (SELECT jsonb_array_elements_text($2::jsonb -> b.org_unit_id::text))), 0) AS pending
           FROM budget b WHERE b.id = ANY($1)`,
        [budgets.map((b) => b.id), JSON.stringify(subtrees), excludeClaimId ?? null],
      );
    for (const row of rows) {
      const actual = Number(row.actual);
      const pending = Number(row.pending);
      result.set(row.id, { actual, committed: Number(row.committed), pending, used: actual + pending });
    }
    return result;
  }
}
