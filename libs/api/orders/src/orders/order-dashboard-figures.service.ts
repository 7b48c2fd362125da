import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';

/** Orders placed in a period at one org unit (not rolled up), cancelled ones left out. */
export interface UnitSales {
  orgUnitId: string;
  amount: number;
  orders: number;
}

/** How far the orders placed in a period have got, each stage counting orders that reached it. */
export interface OrderFunnel {
  placed: number;
  paid: number;
  shipped: number;
  delivered: number;
  returned: number;
}

/**
 * Order figures for the dashboards (sales owns them). Each is one grouped statement over an index on the
 * filtered column, so it stays cheap with a million orders; `units` null means the whole company.
 */
@Injectable()
export class OrderDashboardFiguresService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Per org unit: what was ordered in [from, to) by placement time, cancelled orders excluded. */
  async salesByUnit(from: Date, to: Date, units: string[] | null): Promise<UnitSales[]> {
    const rows: Array<{ orgUnitId: string; amount: string; orders: string }> =
      await this.connection.manager.query(
        `SELECT o.org_unit_id AS "orgUnitId", sum(o.total)::text AS amount, count(*)::text AS orders
           FROM sales_order o
          WHERE o.created_at >= $1 AND o.created_at < $2 AND o.status <> 'cancelled'
            AND ($3::uuid[] IS NULL OR o.org_unit_id = ANY($3))
          GROUP BY o.org_unit_id`,
        [from, to, units],
      );
    return rows.map((r) => ({ orgUnitId: r.orgUnitId, amount: Number(r.amount), orders: Number(r.orders) }));
  }

  /**
   * Orders placed in [from, to) by the furthest step each reached: paid means confirmed (paid online, or a
   * cash-on-delivery order accepted), returned means a return was requested and not rejected.
   */
  async funnel(from: Date, to: Date, units: string[] | null): Promise<OrderFunnel> {
    const [row]: Array<Record<keyof OrderFunnel, string>> = await this.connection.manager.query(
      `SELECT count(*)::text AS placed,
              count(*) FILTER (WHERE o.confirmed_at IS NOT NULL)::text AS paid,
              count(*) FILTER (WHERE o.shipped_at IS NOT NULL)::text AS shipped,
              count(*) FILTER (WHERE o.delivered_at IS NOT NULL)::text AS delivered,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM return_request r
                                              WHERE r.order_id = o.id AND r.status <> 'rejected'))::text AS returned
         FROM sales_order o
        WHERE o.created_at >= $1 AND o.created_at < $2
          AND ($3::uuid[] IS NULL OR o.org_unit_id = ANY($3))`,
      [from, to, units],
    );
    return {
      placed: Number(row.placed),
      paid: Number(row.paid),
      shipped: Number(row.shipped),
      delivered: Number(row.delivered),
      returned: Number(row.returned),
    };
  }

  /** Cash on delivery couriers collected and have not handed in yet (remittances awaiting cash). */
  async codAwaitingCash(units: string[] | null): Promise<{ amount: number; remittances: number }> {
    const [row]: Array<{ amount: string; remittances: string }> = await this.connection.manager.query(
      `SELECT coalesce(sum(expected_amount), 0)::text AS amount, count(*)::text AS remittances
         FROM cod_remittance
        WHERE status = 'awaiting_cash' AND ($1::uuid[] IS NULL OR org_unit_id = ANY($1))`,
      [units],
    );
    return { amount: Number(row.amount), remittances: Number(row.remittances) };
  }
}
