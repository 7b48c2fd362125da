import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

export interface UnitHeadcount {
  orgUnitId: string;
  name: string;
  planned: number;
  inPost: number;
}

/** Hiring requests still open: waiting for approval, or approved and not yet filled. */
export const OPEN_HIRING_REQUESTS = ['pending_approval', 'approved'] as const;

/**
 * The HR dashboard's figures (sales owns the dashboards). Each is one statement over an index made for it
 * (see the HrDashboardIndexes migration), so none grows with the history of leave or employees who left.
 */
@Injectable()
export class HrDashboardFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * Per org unit with a plan or people: heads planned for the year and employees in post (not left). The
   * unit's name is read off the org tree HR builds on, so the chart needs no second call per unit.
   */
  async headcountByUnit(year: string): Promise<UnitHeadcount[]> {
    const rows: Array<{ orgUnitId: string; name: string; planned: string; inPost: string }> =
      await this.connection.manager.query(
        `WITH plan AS (SELECT org_unit_id, sum(planned) AS planned FROM headcount_plan
                        WHERE period = $1 GROUP BY org_unit_id),
              post AS (SELECT org_unit_id, count(*) AS in_post FROM employee
                        WHERE status <> 'left' GROUP BY org_unit_id)
         SELECT u.id AS "orgUnitId", u.name, coalesce(plan.planned, 0)::text AS planned,
                coalesce(post.in_post, 0)::text AS "inPost"
           FROM plan FULL JOIN post ON post.org_unit_id = plan.org_unit_id
           JOIN org_unit u ON u.id = coalesce(plan.org_unit_id, post.org_unit_id)
          ORDER BY u.name, u.id`,
        [year],
      );
    return rows.map((r) => ({ ...r, planned: Number(r.planned), inPost: Number(r.inPost) }));
  }

  /** Hiring requests waiting for approval or for people, and the heads they still want. */
  async openHiringRequests(): Promise<{ requests: number; heads: number }> {
    const [row]: Array<{ requests: string; heads: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS requests, coalesce(sum(headcount - hired), 0)::text AS heads
         FROM hiring_request WHERE status = ANY($1)`,
      [[...OPEN_HIRING_REQUESTS]],
    );
    return { requests: Number(row.requests), heads: Number(row.heads) };
  }

  /** Employees on probation whose probation ends in [from, to] (days, inclusive). */
  async probationEnding(from: string, to: string): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(*)::text AS count FROM employee
        WHERE status = 'probation' AND probation_end_date BETWEEN $1 AND $2`,
      [from, to],
    );
    return Number(row.count);
  }

  /** People on approved leave on `day`. */
  async onLeave(day: string): Promise<number> {
    const [row]: Array<{ count: string }> = await this.connection.manager.query(
      `SELECT count(DISTINCT employee_id)::text AS count FROM leave_request
        WHERE status = 'approved' AND starts_on <= $1 AND ends_on >= $1`,
      [day],
    );
    return Number(row.count);
  }
}
