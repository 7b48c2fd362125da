import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** What a territory sold in a period, everything in 分 of the orders' currency. */
export interface TerritoryFigures {
  /** Delivered or completed orders' totals, by delivery time. */
  deliveredTotal: number;
  deliveredOrders: number;
  /** Refunds paid in the period for orders of the territory. */
  refunded: number;
  /** Return requests opened in the period (rejected ones excluded). */
  returns: number;
  /** Delivered cash-on-delivery orders whose cash is not yet confirmed remitted, now (not per period). */
  codOutstanding: number;
  /** Members who joined in the period, by their customer's territory. */
  newMembers: number;
}

/**
 * Figures of orders per sales territory and period, for the sales department (targets, operating reports).
 * Each figure of each root unit covers the unit and everything below it (a region's sum is its cities'), in a
 * fixed number of grouped queries served by indexes on (org_unit_id, time).
 */
@Injectable()
export class TerritoryFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  async figures(unitIds: string[], from: Date, to: Date): Promise<Map<string, TerritoryFigures>> {
    const result = new Map<string, TerritoryFigures>(
      unitIds.map((id) => [
        id,
        { deliveredTotal: 0, deliveredOrders: 0, refunded: 0, returns: 0, codOutstanding: 0, newMembers: 0 },
      ]),
    );
    if (unitIds.length === 0) return result;
    const units = `WITH units AS (
        SELECT root.id AS root_id, d.id AS unit_id
          FROM org_unit root JOIN org_unit d ON d.path LIKE root.path || '%'
         WHERE root.id = ANY($1))`;
    const params = [unitIds, from, to];
    const rows: Array<{ root: string; figure: keyof TerritoryFigures; value: string }> =
      await this.connection.manager.query(
        `${units}
         SELECT u.root_id AS root, 'deliveredTotal' AS figure, sum(o.total)::text AS value
           FROM units u JOIN sales_order o ON o.org_unit_id = u.unit_id
          WHERE o.status IN ('delivered', 'completed') AND o.delivered_at >= $2 AND o.delivered_at < $3
          GROUP BY u.root_id
         UNION ALL
         SELECT u.root_id, 'deliveredOrders', count(*)::text
           FROM units u JOIN sales_order o ON o.org_unit_id = u.unit_id
          WHERE o.status IN ('delivered', 'completed') AND o.delivered_at >= $2 AND o.delivered_at < $3
          GROUP BY u.root_id
         UNION ALL
         SELECT u.root_id, 'refunded', sum(r.amount)::text
           FROM refund r JOIN sales_order o ON o.id = r.order_id JOIN units u ON u.unit_id = o.org_unit_id
          WHERE r.status = 'paid' AND r.paid_at >= $2 AND r.paid_at < $3
          GROUP BY u.root_id
         UNION ALL
         SELECT u.root_id, 'returns', count(*)::text
           FROM units u JOIN return_request rr ON rr.org_unit_id = u.unit_id
          WHERE rr.status <> 'rejected' AND rr.created_at >= $2 AND rr.created_at < $3
          GROUP BY u.root_id
         UNION ALL
         SELECT u.root_id, 'codOutstanding', sum(o.total)::text
           FROM units u JOIN sales_order o ON o.org_unit_id = u.unit_id
          WHERE o.status IN ('delivered', 'completed') AND o.payment_method = 'cod'
            AND NOT EXISTS (
                  SELECT 1 FROM cod_remittance_line l JOIN cod_remittance m ON m.id = l.remittance_id
                   WHERE l.order_id = o.id AND m.status IN ('confirmed', 'resolved'))
          GROUP BY u.root_id
         UNION ALL
         SELECT u.root_id, 'newMembers', count(*)::text
           FROM member m JOIN customer c ON c.id = m.customer_id JOIN units u ON u.unit_id = c.territory_id
          WHERE m.status = 'active' AND m.joined_at >= $2 AND m.joined_at < $3
          GROUP BY u.root_id`,
        params,
      );
    for (const row of rows) {
      const figures = result.get(row.root);
      if (figures) figures[row.figure] = Number(row.value ?? 0);
    }
    return result;
  }
}
