import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** One Beijing day of orders that used a promotion; amounts in 分. */
export interface PromotionOrdersDay {
  date: string;
  orders: number;
  revenue: number;
}

/**
 * Orders that used some promotions (a line's discounts name one of them), placed in a period within some
 * territories (each covering its subtree), cancelled ones left out — the effect of a sales campaign. Grouped
 * by Beijing day in one statement that starts from the created_at index.
 */
@Injectable()
export class PromotionOrderFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  async byDay(input: {
    promotionIds: string[];
    territoryIds: string[];
    currency: string;
    from: Date;
    to: Date;
  }): Promise<PromotionOrdersDay[]> {
    if (input.promotionIds.length === 0 || input.territoryIds.length === 0) return [];
    const rows: Array<{ date: string; orders: string; revenue: string }> =
      await this.connection.manager.query(
        `SELECT to_char(o.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS date,
              count(*)::text AS orders, sum(o.total)::text AS revenue
         FROM sales_order o
        WHERE o.created_at >= $3 AND o.created_at < $4 AND o.status <> 'cancelled' AND o.currency = $5
          AND o.org_unit_id IN (SELECT d.id FROM org_unit r JOIN org_unit d ON d.path LIKE r.path || '%'
                                 WHERE r.id = ANY($2::uuid[]))
          AND EXISTS (SELECT 1 FROM sales_order_line l CROSS JOIN jsonb_array_elements(l.discounts) AS d(x)
                       WHERE l.order_id = o.id AND d.x->>'promotionId' = ANY($1::text[]))
        GROUP BY 1 ORDER BY 1`,
        [input.promotionIds, input.territoryIds, input.from, input.to, input.currency],
      );
    return rows.map((r) => ({ date: r.date, orders: Number(r.orders), revenue: Number(r.revenue) }));
  }
}
